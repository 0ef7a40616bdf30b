/**
 * The create-something flow the admin forms (staff, units) share: a draft,
 * client-side checks first (errors beside the fields and in the summary,
 * which takes focus on each failed attempt), then the API call; on success a
 * confirmation, an emptied form and a reload of the list; API validation
 * errors are mapped back onto the fields.
 */
import { useState } from 'react';
import type { Dispatch, FormEvent, SetStateAction } from 'react';
import { apiFieldErrors, fieldBinder, summaryFrom } from '../../forms.ts';
import type { FieldBinding, FieldErrors, TextKey } from '../../forms.ts';
import { errorText } from '../../hooks.ts';
import { useT } from '../../i18n/index.tsx';
import type { SummaryItem } from '../ErrorSummary.tsx';

interface CreateFormOptions<D> {
  empty: D;
  /** API field names that have a control of their own. */
  fieldNames: readonly string[];
  idFor: (field: string) => string;
  /** Client-side checks; an empty object lets the draft through. */
  validate: (draft: D) => FieldErrors;
  /** Sends the draft; resolves to the confirmation text. */
  save: (draft: D) => Promise<string>;
  /** After a successful save, e.g. reload the list. */
  onSaved: () => void;
}

export interface CreateForm<D> {
  draft: D;
  setDraft: Dispatch<SetStateAction<D>>;
  errors: FieldErrors;
  summary: SummaryItem[];
  /** Changes on each failed attempt so the error summary takes focus again. */
  attempt: number;
  saving: boolean;
  created: string | null;
  submit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
  /** id, value, onValue and error of one text field of the draft: `<TextField {...bind('name')} ... />`. */
  bind: (field: TextKey<D>) => FieldBinding;
}

export function useCreateForm<D>({ empty, fieldNames, idFor, validate, save, onSaved }: CreateFormOptions<D>): CreateForm<D> {
  const t = useT();
  const [draft, setDraft] = useState<D>(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const [created, setCreated] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const found = validate(draft);
    setCreated(null);
    if (Object.keys(found).length) {
      setErrors(found);
      setSummary(summaryFrom(found, idFor));
      setAttempt((n) => n + 1);
      return;
    }
    setSaving(true);
    try {
      const message = await save(draft);
      setCreated(message);
      setDraft(empty);
      setErrors({});
      setSummary([]);
      onSaved();
    } catch (error) {
      const { fields, summary: items } = apiFieldErrors(error, fieldNames, idFor, errorText(t, error));
      setErrors(fields);
      setSummary(items);
      setAttempt((n) => n + 1);
    } finally {
      setSaving(false);
    }
  }

  const bind = fieldBinder(idFor, (field) => errors[field], draft, (field, value) => setDraft((d) => ({ ...d, [field]: value })));

  return { draft, setDraft, errors, summary, attempt, saving, created, submit, bind };
}
