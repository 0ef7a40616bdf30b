/**
 * CSV for Excel in a Danish locale: ';' between fields (Excel's list
 * separator when the decimal separator is a comma), CRLF line ends and a
 * UTF-8 byte-order mark so æ, ø and å survive the opening.
 */

export type CsvValue = string | number | boolean | null | undefined;

const bom = '\uFEFF';

/**
 * One field: quoted when it holds the separator, a quote or a line break.
 * A field starting with =, +, - or @ is prefixed with ' so Excel shows it as
 * text instead of running it as a formula (names come from user input).
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? String(value).replace('.', ',') : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file, BOM included. */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [headers, ...rows].map((row) => row.map(csvField).join(';'));
  return `${bom}${lines.join('\r\n')}\r\n`;
}

/** Lets the browser save `text` as a file (no server round trip; the data is already on screen). */
export function downloadCsv(filename: string, text: string): void {
  const blob = new Blob([text], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the URL is released.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
