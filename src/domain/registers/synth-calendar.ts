/**
 * The calendar of a synthetic register extract: the months it covers and the
 * ISO weeks that belong to them. A week belongs to the month that holds its
 * Thursday (the shared rule of the monitoring), so every covered week falls
 * in exactly one covered month and each month has four or five weeks.
 */
import { fromDay, toDay } from '../rules/days.ts';

export interface SynthWeek {
  /** ISO week label, '2018-W07'. */
  label: string;
  /** Day number of the week's Monday. */
  monday: number;
  /** Index of the covered month the week belongs to (0 = the first month). */
  month: number;
}

export interface SynthCalendar {
  /** 'YYYY-MM' of each covered month, oldest first. */
  months: string[];
  weeks: SynthWeek[];
  /** For each month, the index of its first week and the number of its weeks. */
  monthWeeks: { first: number; count: number }[];
}

/** 'YYYY-MM' → [year, month 1-12]; throws on anything else. */
export function parseMonthKey(value: string): [number, number] {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12 || year < 1900 || year > 2100) {
    throw new RangeError(`'${value}' is not a month (YYYY-MM).`);
  }
  return [year, month];
}

function monthKey(year: number, month: number): string {
  return `${year}-${month < 10 ? '0' : ''}${month}`;
}

/** ISO week label of the week whose Thursday is day number `thursday`. */
export function isoWeekLabel(thursday: number): string {
  const date = fromDay(thursday);
  const year = Number(date.slice(0, 4));
  const week = Math.floor((thursday - toDay(`${date.slice(0, 4)}-01-01`)) / 7) + 1;
  return `${year}-W${week < 10 ? '0' : ''}${week}`;
}

/** The `months` months ending with `endMonth` ('YYYY-MM'), and their weeks. */
export function synthCalendar(endMonth: string, months: number): SynthCalendar {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`months must be a positive whole number, got ${months}.`);
  const [endYear, endMon] = parseMonthKey(endMonth);
  const endIndex = endYear * 12 + endMon - 1;
  const keys: string[] = [];
  for (let i = endIndex - months + 1; i <= endIndex; i++) keys.push(monthKey(Math.floor(i / 12), (i % 12) + 1));
  const firstDay = toDay(`${keys[0]}-01`);
  const [ly, lm] = parseMonthKey(keys[keys.length - 1]!);
  const lastDay = toDay(lm === 12 ? `${ly + 1}-01-01` : `${monthKey(ly, lm + 1)}-01`) - 1;
  // Day 0 (1970-01-01) was a Thursday: the Thursday on or after firstDay.
  let thursday = firstDay + (((-firstDay % 7) + 7) % 7);
  const weeks: SynthWeek[] = [];
  const monthWeeks = keys.map(() => ({ first: -1, count: 0 }));
  for (; thursday <= lastDay; thursday += 7) {
    const month = keys.indexOf(fromDay(thursday).slice(0, 7));
    const slot = monthWeeks[month]!;
    if (slot.first < 0) slot.first = weeks.length;
    slot.count++;
    weeks.push({ label: isoWeekLabel(thursday), monday: thursday - 3, month });
  }
  return { months: keys, weeks, monthWeeks };
}
