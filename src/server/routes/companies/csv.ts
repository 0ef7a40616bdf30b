/**
 * CSV downloads for Excel in a Danish locale: the shared CSV rules
 * (domain/csv.ts: ';' between fields, CRLF line ends, a UTF-8 byte-order
 * mark, decimal commas, a ' before a text Excel would run as a formula) with
 * booleans as Ja/Nej, dates as DD.MM.ÅÅÅÅ, and the reply that sends a file.
 */
import type { FastifyReply } from 'fastify';
import { toCsv as csvText, type CsvValue } from '../../../domain/csv.ts';

/** The whole file, BOM included; booleans as Ja/Nej. */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return csvText(headers, rows, { danishBooleans: true });
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
