// The German words every part of Planfolio shares: dates, distances in time,
// counts and the labels of the plan format's own values.
import type { Catalogue } from '../words.js';

export const common = {
  // Dates: "31. Jan. 2027", "Jan. 2027".
  'date.day': '{day}. {month} {year}',
  'date.month': '{month} {year}',
  'date.range': '{start} – {end}',
  'date.due': 'Fällig am {date}',

  // Distances in time and where a day stands from today.
  'unit.day': { one: '{count} Tag', other: '{count} Tage' },
  'unit.week': { one: '{count} Woche', other: '{count} Wochen' },
  'unit.month': { one: '{count} Monat', other: '{count} Monate' },
  'unit.year': { one: '{count} Jahr', other: '{count} Jahre' },
  'relative.today': 'heute',
  'relative.in': 'in {distance}',
  'relative.ago': 'vor {distance}',
  'relative.dueToday': 'heute fällig',
  'relative.dueTomorrow': 'morgen fällig',
  'relative.overdueBy': 'seit {distance} überfällig',

  // Horizons of a vision.
  'horizon.retirement': 'Ruhestand',
  'horizon.by': 'Bis {date}',
  'horizon.span': '{distance} (bis {date})',

  // Counts of things.
  'count.plans': { one: '{count} Plan', other: '{count} Pläne' },
  'count.people': { one: '{count} Person', other: '{count} Personen' },
  'count.goals': { one: '{count} Ziel', other: '{count} Ziele' },
  'count.steps': { one: '{count} Schritt', other: '{count} Schritte' },
  'count.skills': { one: '{count} Kompetenz', other: '{count} Kompetenzen' },
  'count.items': { one: '{count} Punkt', other: '{count} Punkte' },
  'count.revisions': { one: '{count} Version', other: '{count} Versionen' },
  'count.reviews': { one: '{count} Überprüfung', other: '{count} Überprüfungen' },
  'count.stepsOverdue': { one: '{count} Schritt', other: '{count} Schritte' },
  'count.goalsOverdue': { one: '{count} Ziel', other: '{count} Ziele' },
  'count.pages': { one: '{count} Seite', other: '{count} Seiten' },

  // The plan format's values as readers see them.
  'value.draft': 'Entwurf',
  'value.active': 'Aktiv',
  'value.achieved': 'Erreicht',
  'value.archived': 'Archiviert',
  'value.planned': 'Geplant',
  'value.in-progress': 'In Arbeit',
  'value.done': 'Erledigt',
  'value.dropped': 'Aufgegeben',
  'value.overdue': 'Überfällig',
  'value.open': 'Offen',
  'value.professional': 'Beruflich',
  'value.personal': 'Persönlich',
  'value.technical': 'Fachlich-technisch',
  'value.people': 'Zwischenmenschlich',
  'value.leadership': 'Führung',
  'value.domain': 'Branchenwissen',
  'value.other': 'Sonstiges',
  'value.considering': 'In Erwägung',
  'value.applied': 'Beworben',
  'value.accepted': 'Angenommen',
  'value.declined': 'Abgelehnt',
  'value.missed': 'Verpasst',
  'value.yes': 'Ja',
  'value.partly': 'Teilweise',
  'value.no': 'Nein',
  'value.goal': 'Ziel',
  'value.step': 'Schritt',
  'value.review': 'Überprüfung',
  'worth.yes': 'Hat sich gelohnt',
  'worth.partly': 'Hat sich teilweise gelohnt',
  'worth.no': 'Hat sich nicht gelohnt',

  // Small words.
  'none': 'Keine',
  'nothing': 'Nichts',
  'notSet': 'Nicht festgelegt',
  'notYet': 'Noch nicht',
  'dash': '—',
  'list.separator': ' · ',
} as const satisfies Partial<Catalogue>;
