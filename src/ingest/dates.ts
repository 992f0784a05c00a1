import type { DatePrecision } from '../db/schema.ts';

export interface DateRange {
  /** First calendar day the date can mean, YYYY-MM-DD. */
  start: string;
  /** Last calendar day the date can mean, YYYY-MM-DD. */
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The days a partial ISO date covers: "2024" is all of 2024, "2024-06" all of June. */
export function partialDateRange(date: string): DateRange {
  const [y, m, d] = date.split('-');
  if (m === undefined) return { start: `${y}-01-01`, end: `${y}-12-31` };
  if (d === undefined) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return { start: `${y}-${m}-01`, end: `${y}-${m}-${pad(last)}` };
  }
  return { start: date, end: date };
}

export function precisionOf(date: string): Exclude<DatePrecision, 'time'> {
  const parts = date.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}
