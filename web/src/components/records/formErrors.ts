/**
 * Field errors for the records forms. API validation errors name fields by
 * their path in the request body (`content.goals.0.title`, `answers.who3`);
 * every control's id is `<form prefix>-<path with dots as dashes>`, so an
 * error lands under its field and links to it from the error summary.
 */
import { useCallback, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError } from '../../api/client.ts';
import { fieldBinder } from '../../forms.ts';
import type { FieldBinding, TextKey } from '../../forms.ts';
import { errorText } from '../../hooks.ts';
import { useT } from '../../i18n/index.tsx';
import type { SummaryItem } from '../ErrorSummary.tsx';

export function fieldId(prefix: string, path: string): string {
  return `${prefix}-${path.replace(/\./g, '-')}`;
}

export interface FormErrors {
  /** Messages by field path. */
  fields: Record<string, string>;
  summary: SummaryItem[];
  /** Changes on every failed submit so the summary takes focus again. */
  attempt: number;
  id: (path: string) => string;
  error: (path: string) => string | undefined;
  /** Errors found before sending. */
  showLocal: (found: Record<string, string>) => void;
  /** Errors from the API; `fallback` is used when the error names no field. */
  showApi: (error: unknown, fallback: string) => void;
  clear: () => void;
  /** `const bind = form.binder(values, set)`; then `<TextField {...bind('date')} ... />` (see fieldBinder). */
  binder: <V>(values: V, set: (field: TextKey<V>, value: string) => void) => (field: TextKey<V>) => FieldBinding;
}

export function useFormErrors(prefix: string): FormErrors {
  const [state, setState] = useState<{ fields: Record<string, string>; summary: SummaryItem[]; attempt: number }>({
    fields: {},
    summary: [],
    attempt: 0,
  });
  const id = useCallback((path: string) => fieldId(prefix, path), [prefix]);

  const showLocal = useCallback(
    (found: Record<string, string>) => {
      setState((s) => ({
        fields: found,
        summary: Object.entries(found).map(([path, message]) => ({ fieldId: id(path), message })),
        attempt: s.attempt + 1,
      }));
    },
    [id],
  );

  const showApi = useCallback(
    (error: unknown, fallback: string) => {
      const fields: Record<string, string> = {};
      const summary: SummaryItem[] = [];
      if (error instanceof ApiError) {
        for (const [path, message] of Object.entries(error.fields)) {
          fields[path] = message;
          // Link only to controls that are on the page (a path may name a whole list).
          summary.push({ fieldId: document.getElementById(id(path)) ? id(path) : '', message });
        }
      }
      if (!summary.length) summary.push({ fieldId: '', message: fallback });
      setState((s) => ({ fields, summary, attempt: s.attempt + 1 }));
    },
    [id],
  );

  const clear = useCallback(() => setState((s) => ({ fields: {}, summary: [], attempt: s.attempt })), []);

  return useMemo(() => {
    const error = (path: string) => state.fields[path];
    const binder = <V>(values: V, set: (field: TextKey<V>, value: string) => void) => fieldBinder(id, error, values, set);
    return { ...state, id, error, showLocal, showApi, clear, binder };
  }, [state, id, showLocal, showApi, clear]);
}

interface SubmitSteps<T> {
  /** Client-side checks; an empty object lets the form through. */
  check: () => Record<string, string>;
  /** Sends the request. */
  send: () => Promise<T>;
  /** After a successful save (errors are already cleared), e.g. reset the form. */
  done: (result: T) => void;
  /** May handle a failure itself (e.g. a stale 409) by returning true; otherwise the API errors are shown. */
  failed?: (error: unknown) => boolean;
}

export interface RecordForm extends FormErrors {
  saving: boolean;
  /**
   * The submit flow every records form shares: client-side checks (errors
   * beside the fields and in the summary, which takes focus), then the
   * request with the saving flag set; API `fields` errors land on the fields.
   */
  submit: <T>(event: FormEvent<HTMLFormElement>, steps: SubmitSteps<T>) => Promise<void>;
}

export function useRecordForm(prefix: string): RecordForm {
  const t = useT();
  const errors = useFormErrors(prefix);
  const [saving, setSaving] = useState(false);

  async function submit<T>(event: FormEvent<HTMLFormElement>, { check, send, done, failed }: SubmitSteps<T>) {
    event.preventDefault();
    if (saving) return;
    const found = check();
    if (Object.keys(found).length) {
      errors.showLocal(found);
      return;
    }
    setSaving(true);
    try {
      const result = await send();
      errors.clear();
      done(result);
    } catch (error) {
      if (!failed?.(error)) errors.showApi(error, errorText(t, error));
    } finally {
      setSaving(false);
    }
  }

  return { ...errors, saving, submit };
}
