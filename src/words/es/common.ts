// The Spanish words every part of Planfolio shares: dates, distances in time,
// counts and the labels of the plan format's own values.
import type { Catalogue } from '../words.js';

export const common = {
  // Fechas: "31 ene 2027", "ene 2027".
  'date.day': '{day} {month} {year}',
  'date.month': '{month} {year}',
  'date.range': '{start} – {end}',
  'date.due': 'Vence el {date}',

  // Distancias en el tiempo y dónde queda un día respecto de hoy.
  'unit.day': { one: '{count} día', other: '{count} días' },
  'unit.week': { one: '{count} semana', other: '{count} semanas' },
  'unit.month': { one: '{count} mes', other: '{count} meses' },
  'unit.year': { one: '{count} año', other: '{count} años' },
  'relative.today': 'hoy',
  'relative.in': 'dentro de {distance}',
  'relative.ago': 'hace {distance}',
  'relative.dueToday': 'vence hoy',
  'relative.dueTomorrow': 'vence mañana',
  'relative.overdueBy': 'con {distance} de retraso',

  // Horizontes de una visión.
  'horizon.retirement': 'Jubilación',
  'horizon.by': 'Para {date}',
  'horizon.span': '{distance} (hasta {date})',

  // Recuentos.
  'count.plans': { one: '{count} plan', other: '{count} planes' },
  'count.people': { one: '{count} persona', other: '{count} personas' },
  'count.goals': { one: '{count} objetivo', other: '{count} objetivos' },
  'count.steps': { one: '{count} paso', other: '{count} pasos' },
  'count.skills': { one: '{count} competencia', other: '{count} competencias' },
  'count.items': { one: '{count} elemento', other: '{count} elementos' },
  'count.revisions': { one: '{count} versión', other: '{count} versiones' },
  'count.reviews': { one: '{count} revisión', other: '{count} revisiones' },
  'count.stepsOverdue': { one: '{count} paso', other: '{count} pasos' },
  'count.goalsOverdue': { one: '{count} objetivo', other: '{count} objetivos' },
  'count.pages': { one: '{count} página', other: '{count} páginas' },

  // Los valores del formato de plan tal como los ve el lector.
  'value.draft': 'Borrador',
  'value.active': 'Activo',
  'value.achieved': 'Logrado',
  'value.archived': 'Archivado',
  'value.planned': 'Previsto',
  'value.in-progress': 'En curso',
  'value.done': 'Hecho',
  'value.dropped': 'Abandonado',
  'value.overdue': 'Atrasado',
  'value.open': 'Pendiente',
  'value.professional': 'Profesional',
  'value.personal': 'Personal',
  'value.technical': 'Técnica',
  'value.people': 'Trato con personas',
  'value.leadership': 'Liderazgo',
  'value.domain': 'Del sector',
  'value.other': 'Otra',
  'value.considering': 'En estudio',
  'value.applied': 'Solicitada',
  'value.accepted': 'Aceptada',
  'value.declined': 'Rechazada',
  'value.missed': 'Perdida',
  'value.yes': 'Sí',
  'value.partly': 'En parte',
  'value.no': 'No',
  'value.goal': 'Objetivo',
  'value.step': 'Paso',
  'value.review': 'Revisión',
  'worth.yes': 'Valió la pena',
  'worth.partly': 'Valió la pena en parte',
  'worth.no': 'No valió la pena',

  // Palabras pequeñas.
  'none': 'Ninguno',
  'nothing': 'Nada',
  'notSet': 'Sin definir',
  'notYet': 'Todavía no',
  'dash': '—',
  'list.separator': ' · ',
} as const satisfies Partial<Catalogue>;
