/** Numbers as typed in Danish forms: a decimal comma or point, spaces ignored. */

/** A number with at most one decimal ("7,5", "7.5", "30"), or null. */
export function parseHours(text: string): number | null {
  const cleaned = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^[0-9]{1,3}(\.[0-9])?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** A whole number ("12"), or null. */
export function parseWhole(text: string): number | null {
  const cleaned = text.trim().replace(/\s/g, '');
  if (!/^[0-9]{1,6}$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** A number written back for a form field, with the locale's decimal mark. */
export function numberText(locale: string, value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return locale.startsWith('da') ? text.replace('.', ',') : text;
}
