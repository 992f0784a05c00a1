import type { DatePrecision } from '../db/schema.ts';

export interface DateRange {
  /** First calendar day the date can mean, YYYY-MM-DD. */
  start: string;
  /** Last calendar day the date can mean, YYYY-MM-DD. */
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Days in a month of the proleptic Gregorian calendar (JavaScript's Date reads years 0-99 as 1900-1999). */
export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** The days a partial ISO date covers: "2024" is all of 2024, "2024-06" all of June. */
export function partialDateRange(date: string): DateRange {
  const [y, m, d] = date.split('-');
  if (m === undefined) return { start: `${y}-01-01`, end: `${y}-12-31` };
  if (d === undefined) {
    return { start: `${y}-${m}-01`, end: `${y}-${m}-${pad(daysInMonth(Number(y), Number(m)))}` };
  }
  return { start: date, end: date };
}

export function precisionOf(date: string): Exclude<DatePrecision, 'time'> {
  const parts = date.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/** Whether a YYYY, YYYY-MM or YYYY-MM-DD string names a real calendar year, month or day. */
export function isRealPartialDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return false;
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  return day >= 1 && day <= daysInMonth(year, month);
}
