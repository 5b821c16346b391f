// What only the PDFs say, in Spanish: footers, bookmarks, document details
// and the portfolio PDF's cover.
import type { Catalogue } from '../words.js';

export const pdf = {
  'pdf.page': 'Página {page} de {pages}',
  'pdf.kicker': '{kicker} · a {date}',
  'pdf.overdue': 'atrasado',
  'pdf.footer': '{title} · {owner}',
  'pdf.creator': 'Planfolio',
  'pdf.goalBookmark': '{number}. {title}',
  'pdf.planBookmark': '{owner}: {title}',
  'pdf.progress': '{steps} · {percent}',
  'pdf.tag': '#{tag}',
  'pdf.comma': ', ',

  // El PDF del portafolio: sus datos y su portada.
  'pdf.portfolio.subject': { one: '{count} plan de acción profesional', other: '{count} planes de acción profesional' },
  'pdf.portfolio.authors': '{names} y {count} más',
  'pdf.cover.kicker': 'Portafolio',
  'pdf.cover.bookmark': 'Resumen de todos los planes',
  'pdf.cover.summary': '{plans} de {people}',
  'pdf.cover.activePlans': 'Planes activos',
  'pdf.cover.stepsDone': 'Pasos hechos',
  'pdf.cover.overdue': 'Elementos atrasados',
  'pdf.cover.reviewsDue': 'Revisiones pendientes',
  'pdf.cover.owner': 'Titular',
  'pdf.cover.plan': 'Plan',
  'pdf.cover.nextDue': 'Próximo plazo',
  'pdf.cover.review': 'Próxima revisión',
} as const satisfies Partial<Catalogue>;
