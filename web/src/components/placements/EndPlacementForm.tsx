/**
 * Ending a placement: the last day at the company (not in the future, not
 * before the start), the reason from the contract's list and a note. The
 * response may carry a phase change (e.g. TRIN 3 back to TRIN 2), which the
 * page announces.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError } from '../../api/client.ts';
import { endReasons, placementsApi } from '../../api/placements.ts';
import type { Placement, PlacementEndReason } from '../../api/placements.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { Translate } from '../../i18n/index.tsx';
import { Alert } from '../Alert.tsx';
import { ErrorSummary } from '../ErrorSummary.tsx';
import { FormActions, SelectField, TextAreaField, TextField } from '../FormFields.tsx';
import { isIsoDate, todayIso } from '../records/dates.ts';
import { useRecordForm } from '../records/formErrors.ts';
import { useFocusOnOpen } from './focus.ts';
import { endReasonLabel } from './labels.ts';

interface Values {
  to: string;
  endReason: string;
  endNote: string;
}

function check(t: Translate, v: Values, from: string): Record<string, string> {
  const found: Record<string, string> = {};
  if (!isIsoDate(v.to)) found['to'] = t('rec.dateRequired');
  else if (v.to > todayIso()) found['to'] = t('pl.end.err.future');
  else if (v.to < from) found['to'] = t('pl.end.err.beforeStart');
  if (!v.endReason) found['endReason'] = t('pl.end.err.reason');
  if (v.endReason === 'other' && !v.endNote.trim()) found['endNote'] = t('pl.end.err.note');
  return found;
}

interface EndPlacementFormProps {
  placement: Placement;
  onEnded: (placement: Placement) => void;
  onCancel: () => void;
}

export function EndPlacementForm({ placement, onEnded, onCancel }: EndPlacementFormProps) {
  const { t } = useI18n();
  const form = useRecordForm('end');
  const heading = useFocusOnOpen<HTMLHeadingElement>();
  const [values, setValues] = useState<Values>({ to: todayIso(), endReason: '', endNote: '' });
  const [stale, setStale] = useState(false);
  const set = (field: keyof Values, value: string) => setValues((v) => ({ ...v, [field]: value }));
  const bind = form.binder(values, set);

  function submit(event: FormEvent<HTMLFormElement>) {
    setStale(false);
    return form.submit(event, {
      check: () => check(t, values, placement.from),
      send: () =>
        placementsApi.endPlacement(placement.id, {
          version: placement.version,
          to: values.to,
          endReason: values.endReason as PlacementEndReason,
          endNote: values.endNote.trim() || null,
        }),
      done: onEnded,
      failed: (error) => {
        if (!(error instanceof ApiError && error.status === 409)) return false;
        setStale(true);
        return true;
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate className="jobspor-form records-form" aria-labelledby="end-form-heading" data-testid="end-form">
      <h3 id="end-form-heading" ref={heading} tabIndex={-1}>{t('pl.end.title')}</h3>
      {stale ? (
        <Alert variant="error" testId="end-stale">
          {t('pl.end.stale')}
        </Alert>
      ) : null}
      <ErrorSummary items={form.summary} focusKey={form.attempt} />
      <TextField {...bind('to')} type="date" min={placement.from} max={todayIso()} label={t('pl.end.to')} hint={t('pl.end.toHint')} />
      <SelectField {...bind('endReason')} label={t('pl.end.reason')} placeholder={t('rec.choose')} options={endReasons.map((r) => ({ value: r, label: endReasonLabel(t, r) }))} />
      <TextAreaField {...bind('endNote')} controlClassName="records-textarea" label={t('pl.end.note')} optional={values.endReason !== 'other'} />
      <FormActions saving={form.saving} label={t('pl.end.save')} testId="end-save" onCancel={onCancel} />
    </form>
  );
}
