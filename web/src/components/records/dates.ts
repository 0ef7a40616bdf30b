/** Date helpers for the records forms (dates travel as 'YYYY-MM-DD'). */

/** Today in the browser's time zone. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** 'YYYY-MM' with a real month. */
export function isYearMonth(value: string): boolean {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  return month >= 1 && month <= 12;
}

let counter = 0;
/** A fresh id for a new plan goal (crypto.randomUUID needs a secure context). */
export function newId(prefix: string): string {
  counter += 1;
  const random = typeof crypto !== 'undefined' && 'randomUUID' in crypto && window.isSecureContext ? crypto.randomUUID() : `${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
  return `${prefix}-${random}`;
}
