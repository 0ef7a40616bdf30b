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

/** What a text control (TextField, TextAreaField, SelectField, RadioGroup) needs to show one field of a form. */
export interface FieldBinding {
  id: string;
  value: string;
  onValue: (value: string) => void;
  error: string | undefined;
}

/** The keys of a draft whose values are plain strings: the fields a text control edits as they are. */
export type TextKey<V> = { [K in keyof V]-?: V[K] extends string ? (string extends V[K] ? K : never) : never }[keyof V] & string;

/**
 * `bind('field')` for a form whose draft is one object: the control's id and
 * error come from the form, its value from the draft, and a change goes to
 * `set`. Fields that need more (a cast, a second field to reset) keep their
 * own props.
 */
export function fieldBinder<V>(
  id: (field: string) => string,
  error: (field: string) => string | undefined,
  values: V,
  set: (field: TextKey<V>, value: string) => void,
): (field: TextKey<V>) => FieldBinding {
  return (field) => ({ id: id(field), value: values[field] as string, onValue: (value) => set(field, value), error: error(field) });
}
