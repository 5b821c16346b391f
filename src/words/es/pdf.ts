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
  // Un portafolio demasiado grande para dibujar cada plan entero: una página por plan.
  'pdf.cover.summaryNote': 'Sigue una página por plan, cada una con un enlace al PDF del plan con todos sus objetivos y pasos.',
  'pdf.summary.fullPlan': 'Plan completo',
  'pdf.summary.goal': 'Objetivo',
  'pdf.summary.due': 'Plazo',
  'pdf.summary.moreGoals': { one: '{count} objetivo más en el plan completo', other: '{count} objetivos más en el plan completo' },
} as const satisfies Partial<Catalogue>;
