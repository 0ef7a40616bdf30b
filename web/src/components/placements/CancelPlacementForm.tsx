/**
 * Cancelling a placement registered ahead that never starts: a reason
 * (required, kept in the audit log), then a confirmation. The server deletes
 * the placement with its planned hours and takes back the phase move its
 * start made; it refuses (409) once the placement has started or something is
 * recorded on it. On success the citizen's Virksomhed tab opens with a notice.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError } from '../../api/client.ts';
import { courseApi } from '../../api/courses.ts';
import { placementsApi } from '../../api/placements.ts';
import type { Placement } from '../../api/placements.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { Translate } from '../../i18n/index.tsx';
import { formatDate } from '../../labels.ts';
import { navigate } from '../../router.tsx';
import { Alert } from '../Alert.tsx';
import { setFlash } from '../companies/flash.ts';
import { ErrorSummary } from '../ErrorSummary.tsx';
import { FormActions, TextAreaField } from '../FormFields.tsx';
import { useRecordForm } from '../records/formErrors.ts';
import { FocusedAlert } from './FocusedAlert.tsx';
import { useFocusOnOpen } from './focus.ts';

export const CANCEL_REASON_MAX = 500;

/**
 * Whether the placement may still be cancelled: not started (its first day is
 * after today), not ended, and no actual hours, follow-ups or aftercare
 * recorded. The server checks the same again.
 */
export function canCancelPlacement(placement: Placement, today: string): boolean {
  return (
    placement.to === null &&
    placement.from > today &&
    placement.hours.every((h) => h.actualUnpaidHours === null && h.actualPaidHours === null) &&
    placement.followUps.length === 0 &&
    placement.aftercare.length === 0
  );
}

function check(t: Translate, reason: string): Record<string, string> {
  const text = reason.trim();
  if (!text) return { reason: t('pl.cancel.err.reason') };
  if (text.length > CANCEL_REASON_MAX) return { reason: t('pl.cancel.err.reasonLong', { max: CANCEL_REASON_MAX }) };
  return {};
}

interface CancelPlacementFormProps {
  placement: Placement;
  onClose: () => void;
}

export function CancelPlacementForm({ placement, onClose }: CancelPlacementFormProps) {
  const { t, locale } = useI18n();
  const form = useRecordForm('cancel');
  const heading = useFocusOnOpen<HTMLHeadingElement>();
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [stale, setStale] = useState(false);
  const start = formatDate(locale, placement.from);

  async function cancel() {
    const result = await placementsApi.cancelPlacement(placement.id, { version: placement.version, reason: reason.trim() });
    const undone = result.phaseChangeUndone;
    // The phase the course is back in, by name (the course now reports it as its current phase).
    const phase = undone ? await courseApi.course(placement.courseId).then((c) => c.currentPhaseName, () => undone.from) : null;
    return { phase };
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    setStale(false);
    if (!confirming) {
      event.preventDefault();
      const found = check(t, reason);
      if (Object.keys(found).length) {
        form.showLocal(found);
        return;
      }
      form.clear();
      setConfirming(true);
      return;
    }
    return form.submit(event, {
      check: () => check(t, reason),
      send: cancel,
      done: ({ phase }) => {
        const params = { company: placement.company.name, date: start };
        setFlash(`/borgere/${encodeURIComponent(placement.citizen.id)}`, phase ? t('pl.cancel.donePhase', { ...params, phase }) : t('pl.cancel.done', params));
        navigate(`/borgere/${encodeURIComponent(placement.citizen.id)}#virksomhed`);
      },
      failed: (error) => {
        setConfirming(false);
        if (!(error instanceof ApiError && error.code === 'stale')) return false;
        setStale(true);
        return true;
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate className="jobspor-form records-form" aria-labelledby="cancel-form-heading" data-testid="cancel-form">
      <h3 id="cancel-form-heading" ref={heading} tabIndex={-1}>{t('pl.cancel.title')}</h3>
      {stale ? (
        <Alert variant="error" testId="cancel-stale">
          {t('pl.cancel.stale')}
        </Alert>
      ) : null}
      <ErrorSummary items={form.summary} focusKey={form.attempt} />
      <TextAreaField
        id={form.id('reason')}
        controlClassName="records-textarea"
        label={t('pl.cancel.reason')}
        hint={t('pl.cancel.reasonHint')}
        maxLength={CANCEL_REASON_MAX}
        value={reason}
        onValue={(v) => {
          setReason(v);
          setConfirming(false);
        }}
        error={form.error('reason')}
      />
      {confirming ? (
        <>
          <FocusedAlert variant="warning" testId="cancel-confirm-question" focusKey={confirming} heading={t('pl.cancel.confirmHeading')}>
            <p className="m-0">{t('pl.cancel.confirmText', { company: placement.company.name, date: start })}</p>
          </FocusedAlert>
          <FormActions saving={form.saving} label={t('pl.cancel.confirm')} testId="cancel-confirm" onCancel={onClose}>
            <button type="button" className="button button-secondary" onClick={() => setConfirming(false)} data-testid="cancel-back">
              {t('pl.cancel.back')}
            </button>
          </FormActions>
        </>
      ) : (
        <FormActions saving={false} label={t('pl.cancel.continue')} testId="cancel-continue" onCancel={onClose} />
      )}
    </form>
  );
}
