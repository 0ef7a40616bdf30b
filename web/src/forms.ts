/** Helpers for mapping API validation errors onto form fields. */
import { ApiError } from './api/client.ts';
import type { SummaryItem } from './components/ErrorSummary.tsx';

export type FieldErrors = Record<string, string>;

/**
 * Splits an API error into per-field messages (for the known fields) and
 * summary items. `idFor` maps an API field name to the control's id.
 */
export function apiFieldErrors(
  error: unknown,
  known: readonly string[],
  idFor: (field: string) => string,
  fallback: string,
): { fields: FieldErrors; summary: SummaryItem[] } {
  const fields: FieldErrors = {};
  const summary: SummaryItem[] = [];
  if (error instanceof ApiError) {
    for (const [field, message] of Object.entries(error.fields)) {
      if (known.includes(field)) {
        fields[field] = message;
        summary.push({ fieldId: idFor(field), message });
      } else {
        summary.push({ fieldId: '', message: `${field}: ${message}` });
      }
    }
    if (!summary.length) summary.push({ fieldId: '', message: fallback });
  } else {
    summary.push({ fieldId: '', message: fallback });
  }
  return { fields, summary };
}

export function summaryFrom(fields: FieldErrors, idFor: (field: string) => string): SummaryItem[] {
  return Object.entries(fields).map(([field, message]) => ({ fieldId: idFor(field), message }));
}
