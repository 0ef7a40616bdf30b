/**
 * CSV downloads for Excel in a Danish locale, with the conventions of the web
 * app's caseload export (web/src/components/caseload/csv.ts): ';' between
 * fields, CRLF line ends, a UTF-8 byte-order mark so æ, ø and å survive,
 * decimal commas, dates as DD.MM.ÅÅÅÅ, and a ' before a text starting with
 * =, +, - or @ so Excel shows it instead of running it as a formula (names
 * come from user input and imported files).
 */
import type { FastifyReply } from 'fastify';

export type CsvValue = string | number | boolean | null | undefined;

/** One field, quoted when it holds the separator, a quote or a line break. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? String(value).replace('.', ',') : typeof value === 'boolean' ? (value ? 'Ja' : 'Nej') : value;
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file, BOM included. */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [headers, ...rows].map((row) => row.map(csvField).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** 'YYYY-MM-DD' as DD.MM.ÅÅÅÅ, the Danish way; empty for none. */
export function csvDate(value: string | null | undefined): string {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  return match ? `${match[3]}.${match[2]}.${match[1]}` : '';
}

/** Sends a CSV file as a download named `filename`. */
export function sendCsv(reply: FastifyReply, filename: string, text: string) {
  return reply.type('text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="${filename}"`).send(text);
}
