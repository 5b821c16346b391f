// What only the PDFs say, in German: footers, bookmarks, document details
// and the portfolio PDF's cover.
import type { Catalogue } from '../words.js';

export const pdf = {
  'pdf.page': 'Seite {page} von {pages}',
  'pdf.kicker': '{kicker} · Stand: {date}',
  'pdf.overdue': 'überfällig',
  'pdf.footer': '{title} · {owner}',
  'pdf.creator': 'Planfolio',
  'pdf.goalBookmark': '{number}. {title}',
  'pdf.planBookmark': '{owner}: {title}',
  'pdf.progress': '{steps} · {percent}',
  'pdf.tag': '#{tag}',
  'pdf.comma': ', ',

  // The portfolio PDF: its details and its cover.
  'pdf.portfolio.subject': { one: '{count} Karriere-Aktionsplan', other: '{count} Karriere-Aktionspläne' },
  'pdf.portfolio.authors': '{names} und {count} weitere',
  'pdf.cover.kicker': 'Portfolio',
  'pdf.cover.bookmark': 'Überblick über alle Pläne',
  'pdf.cover.summary': '{plans} von {people}',
  'pdf.cover.activePlans': 'Aktive Pläne',
  'pdf.cover.stepsDone': 'Erledigte Schritte',
  'pdf.cover.overdue': 'Überfällige Punkte',
  'pdf.cover.reviewsDue': 'Fällige Überprüfungen',
  'pdf.cover.owner': 'Inhaber',
  'pdf.cover.plan': 'Plan',
  'pdf.cover.nextDue': 'Nächste Frist',
  'pdf.cover.review': 'Nächste Überprüfung',
  // Ein Portfolio, zu groß, um jeden Plan ganz zu zeichnen: eine Seite je Plan.
  'pdf.cover.summaryNote': 'Es folgt eine Seite je Plan, jede mit einem Link zum PDF des Plans mit allen Zielen und Schritten.',
  'pdf.summary.fullPlan': 'Ganzer Plan',
  'pdf.summary.goal': 'Ziel',
  'pdf.summary.due': 'Fällig',
  'pdf.summary.moreGoals': { one: '{count} weiteres Ziel im ganzen Plan', other: '{count} weitere Ziele im ganzen Plan' },
} as const satisfies Partial<Catalogue>;
