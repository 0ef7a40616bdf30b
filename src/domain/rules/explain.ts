/** Danish wording helpers for rule explanations. */
import { toCivil, toDay } from './days.ts';

const monthNames = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** '3. marts 2025' */
export function danishDate(day: number): string {
  const { year, month, day: d } = toCivil(day);
  return `${d}. ${monthNames[month - 1]} ${year}`;
}

/** danishDate of an ISO date: '2025-03-03' -> '3. marts 2025'; throws when it is not a real date. */
export function danishDateOf(iso: string): string {
  return danishDate(toDay(iso));
}

/** '1 dag', '14 dage' */
export function days(n: number): string {
  return n === 1 ? '1 dag' : `${n} dage`;
}

/** '1 uge', '12 uger' */
export function weeks(n: number): string {
  return n === 1 ? '1 uge' : `${n} uger`;
}

/** 'i dag', 'om 3 dage' or '2 dage for sent' relative to `asOf`. */
export function relative(due: number, asOf: number): string {
  if (due === asOf) return 'i dag';
  return due > asOf ? `om ${days(due - asOf)}` : `${days(asOf - due)} for sent`;
}

/** 'a, b og c' (or 'a, b eller c') */
export function list(items: readonly string[], conjunction: 'og' | 'eller' = 'og'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
