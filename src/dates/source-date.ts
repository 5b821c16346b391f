// The one reading of SOURCE_DATE_EPOCH, the reproducible-builds convention
// for "when this was made". Every date stamped into an output (a PDF's
// CreationDate, a calendar's DTSTAMP) comes through here, so the same plans
// give the same bytes.

/** A `YYYY-MM-DD` day as midnight UTC. */
export function dayToDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * The date to stamp on an output: SOURCE_DATE_EPOCH when set, else the
 * latest of the given days (`YYYY-MM-DD`: a plan's last commit, review or
 * creation), else the Unix epoch.
 */
export function pinOutputDate(days: readonly (string | undefined)[], env: NodeJS.ProcessEnv = process.env): Date {
  // SOURCE_DATE_EPOCH counts only when set to whole seconds.
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  const latest = days.filter((d): d is string => typeof d === 'string' && d.length >= 10).sort().at(-1);
  return dayToDate(latest?.slice(0, 10) ?? '1970-01-01');
}
