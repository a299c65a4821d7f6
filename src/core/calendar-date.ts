/*
 * Dates typed into forms as YYYY-MM-DD must name a day that exists: JavaScript's
 * Date would roll 2030-13-01 over to January 2031 and 2030-02-30 to March.
 */

/** Year, month and day of an ISO date if that day exists in the (proleptic Gregorian) calendar. */
export function parseCalendarDate(iso: string): { y: number; m: number; d: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (y < 1 || m < 1 || m > 12 || d < 1) return null;
  const daysInMonth = new Date(Date.UTC(2000, m, 0)).getUTCDate();
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const last = m === 2 ? (leap ? 29 : 28) : daysInMonth;
  return d <= last ? { y, m, d } : null;
}

/** Whether `iso` (YYYY-MM-DD) is a day that exists. */
export const isCalendarDate = (iso: string) => parseCalendarDate(iso) !== null;
