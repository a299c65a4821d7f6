/*
 * Civil-calendar arithmetic on plain numbers. No Date objects: they carry the host
 * time zone and the clock, and the bank must not depend on either.
 */

/** A calendar date, possibly partial: a month without day, or a year alone. */
export type CalendarDate = { year: number; month?: number; day?: number };

/** Precision of a calendar date: the finest component it states. */
export type Precision = "day" | "month" | "year";

/** Rank of a precision, larger is finer: to compare or pick the finer of two. */
export const PRECISION_RANK: Readonly<Record<Precision, number>> = { day: 3, month: 2, year: 1 };

/** Whether a year is a Gregorian leap year. */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 30;
}

/** Days since 1970-01-01 of a civil date. */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number. */
export function fromDayNumber(n: number): Required<CalendarDate> {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Weekday of a civil date, 0 = Sunday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return (((dayNumber(year, month, day) + 4) % 7) + 7) % 7;
}

/** Add days to a full date. */
export function addDays(d: Required<CalendarDate>, days: number): Required<CalendarDate> {
  return fromDayNumber(dayNumber(d.year, d.month, d.day) + days);
}

/** Add months to a year-month, keeping the day when given and clamping it to the month. */
export function addMonths(d: CalendarDate, months: number): CalendarDate {
  const index = d.year * 12 + ((d.month ?? 1) - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  if (d.day === undefined) return { year, month };
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** Whether a day exists in the calendar. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Precision of a partial date. */
export function precisionOf(d: Pick<CalendarDate, "month" | "day">): Precision {
  if (d.day !== undefined) return "day";
  if (d.month !== undefined) return "month";
  return "year";
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** ISO form at the date's own precision: "2015", "2015-03" or "2015-03-28". */
export function toIso(d: CalendarDate): string {
  let out = pad(d.year, 4);
  if (d.month !== undefined) out += `-${pad(d.month, 2)}`;
  if (d.month !== undefined && d.day !== undefined) out += `-${pad(d.day, 2)}`;
  return out;
}

/** The ISO date (YYYY-MM-DD) of a day number (days since 1970-01-01). */
export function dayToIso(day: number): string {
  return toIso(fromDayNumber(day));
}

/** Parse "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export function fromIso(iso: string): CalendarDate {
  const [y, m, d] = iso.split("-").map(Number);
  const out: CalendarDate = { year: y ?? 0 };
  if (m !== undefined) out.month = m;
  if (d !== undefined) out.day = d;
  return out;
}

/** First and last day numbers a partial date can denote. */
export function dayBounds(d: CalendarDate): [number, number] {
  const m1 = d.month ?? 1;
  const m2 = d.month ?? 12;
  return [
    dayNumber(d.year, m1, d.day ?? 1),
    dayNumber(d.year, m2, d.day ?? daysInMonth(d.year, m2)),
  ];
}

/** Reduce a date to a coarser precision. */
export function truncate(d: CalendarDate, precision: Precision): CalendarDate {
  if (precision === "year") return { year: d.year };
  if (precision === "month" && d.month !== undefined) return { year: d.year, month: d.month };
  return { ...d };
}

/**
 * Whether "the Ns" written with this year names a hundred years: "the 1800s" is the
 * nineteenth century, while "the 1960s", and "the 2000s" as mostly said, are decades.
 */
export function namesHundred(year: number): boolean {
  return year >= 1000 && year < 2000 && year % 100 === 0;
}

/** The last year of "the Ns" written with this year: 1899 for the 1800s, 1969 for the 1960s. */
export function lastYearOfThe(year: number): number {
  return year + (namesHundred(year) ? 99 : 9);
}
