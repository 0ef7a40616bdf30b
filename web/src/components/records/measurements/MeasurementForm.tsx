/**
 * Record a measurement: instrument, the scheduled point it answers (or
 * another point), the date, and one answer per item. An unanswered item is
 * sent as null, and the server then gives no score.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { instrumentIds, instruments, recordsApi } from '../../../api/records.ts';
import type { CourseSummary, InstrumentId, Measurement, MeasurementCreate, ScheduledPoint } from '../../../api/records.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate } from '../../../labels.ts';
import { ErrorSummary } from '../../ErrorSummary.tsx';
import { FormActions, SelectField, TextField } from '../../FormFields.tsx';
import { isIsoDate, todayIso } from '../dates.ts';
import { useRecordForm } from '../formErrors.ts';
import { answerOptions, instrumentName, itemText, pointLabel } from './scales.ts';

const OTHER = 'other';

function scheduleKey(p: ScheduledPoint): string {
  return `${p.courseId}|${p.point}`;
}

function pointsFor(schedule: readonly ScheduledPoint[], instrument: InstrumentId): ScheduledPoint[] {
  return schedule.filter((p) => p.instrument === instrument).sort((a, b) => a.point - b.point);
}

/** The first scheduled point not yet taken, else "another point". */
function defaultChoice(schedule: readonly ScheduledPoint[], instrument: InstrumentId): string {
  const open = pointsFor(schedule, instrument).find((p) => !p.done);
  return open ? scheduleKey(open) : OTHER;
}

function nextPoint(measurements: readonly Measurement[], instrument: InstrumentId): string {
  const taken = measurements.filter((m) => m.instrument === instrument).map((m) => m.point);
  return String(taken.length ? Math.max(...taken) + 1 : 0);
}

interface MeasurementFormProps {
  citizenId: string;
  schedule: ScheduledPoint[];
  measurements: Measurement[];
  courses: CourseSummary[];
  onCreated: (measurement: Measurement) => void;
  onCancel: () => void;
  initialInstrument?: InstrumentId;
}

export function MeasurementForm(props: MeasurementFormProps) {
  const { citizenId, schedule, measurements, courses, onCreated, onCancel, initialInstrument } = props;
  const { t, locale } = useI18n();
  const form = useRecordForm('measure');
  const [instrument, setInstrument] = useState<InstrumentId>(initialInstrument ?? 'WHO-5');
  const [choice, setChoice] = useState(() => defaultChoice(schedule, initialInstrument ?? 'WHO-5'));
  const [otherPoint, setOtherPoint] = useState(() => nextPoint(measurements, initialInstrument ?? 'WHO-5'));
  const [measuredOn, setMeasuredOn] = useState(todayIso());
  const [answers, setAnswers] = useState<Record<string, string>>({});

  const def = instruments[instrument];
  const scheduled = pointsFor(schedule, instrument);
  const unanswered = def.items.filter((item) => !answers[item.id]).length;

  function chooseInstrument(next: InstrumentId) {
    setInstrument(next);
    setChoice(defaultChoice(schedule, next));
    setOtherPoint(nextPoint(measurements, next));
    setAnswers({});
    form.clear();
  }

  function check(): Record<string, string> {
    const found: Record<string, string> = {};
    if (!isIsoDate(measuredOn)) found['measuredOn'] = t('rec.dateRequired');
    else if (measuredOn > todayIso()) found['measuredOn'] = t('rec.measure.dateFuture');
    if (choice === OTHER && !/^\d{1,2}$/.test(otherPoint.trim())) found['point'] = t('rec.measure.pointInvalid');
    return found;
  }

  function body(): MeasurementCreate {
    const chosen = scheduled.find((p) => scheduleKey(p) === choice);
    const courseId = chosen?.courseId ?? courses[0]?.id;
    const values: Record<string, number | null> = {};
    for (const item of def.items) {
      const raw = answers[item.id];
      values[item.id] = raw ? Number(raw) : null;
    }
    const measurement: MeasurementCreate = {
      instrument,
      point: chosen ? chosen.point : Number(otherPoint.trim()),
      measuredOn,
      answers: values,
    };
    if (courseId) measurement.courseId = courseId;
    return measurement;
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    return form.submit(event, {
      check,
      send: () => recordsApi.createMeasurement(citizenId, body()),
      done: (created) => {
        setAnswers({});
        onCreated(created);
      },
    });
  }

  const pointOptions = [
    ...scheduled.map((p) => ({
      value: scheduleKey(p),
      // A point is recorded once per course and instrument.
      disabled: p.done,
      label: `${pointLabel(t, p.point)} – ${t('rec.measure.plannedFor', { date: formatDate(locale, p.dueDate) })}${p.done ? ` (${t('rec.measure.status.done')})` : ''}`,
    })),
    { value: OTHER, label: t('rec.measure.otherPoint') },
  ];

  return (
    <form onSubmit={submit} noValidate className="jobspor-form records-form" aria-labelledby="measure-form-heading" data-testid="measure-form">
      <h3 id="measure-form-heading">{t('rec.measure.new')}</h3>
      <ErrorSummary items={form.summary} focusKey={form.attempt} />
      <div className="jobspor-form-row">
        <SelectField
          id={form.id('instrument')}
          label={t('rec.measure.instrument')}
          value={instrument}
          onValue={(value) => chooseInstrument(value as InstrumentId)}
          options={instrumentIds.map((id) => ({ value: id, label: instrumentName(t, id) }))}
          error={form.error('instrument')}
          testId="measure-instrument"
        />
        <TextField
          id={form.id('measuredOn')}
          type="date"
          max={todayIso()}
          label={t('rec.measure.measuredOn')}
          value={measuredOn}
          onValue={setMeasuredOn}
          error={form.error('measuredOn')}
        />
      </div>
      <div className="jobspor-form-row">
        {scheduled.length ? (
          <SelectField
            id={form.id(choice === OTHER ? 'pointChoice' : 'point')}
            label={t('rec.measure.point')}
            value={choice}
            onValue={setChoice}
            options={pointOptions}
            error={choice === OTHER ? undefined : form.error('point')}
          />
        ) : null}
        {choice === OTHER ? (
          <TextField
            id={form.id('point')}
            label={scheduled.length ? t('rec.measure.otherPointNo') : t('rec.measure.point')}
            hint={t('rec.measure.pointHint')}
            inputMode="numeric"
            width="input-width-xs"
            value={otherPoint}
            onValue={setOtherPoint}
            error={form.error('point')}
          />
        ) : null}
      </div>

      <fieldset className="records-answers" aria-describedby="measure-answers-intro">
        <legend className="h4">{t('rec.measure.answers', { instrument: instrumentName(t, instrument) })}</legend>
        <p className="form-hint" id="measure-answers-intro">
          {t(`rec.intro.${def.id}`)} {t('rec.measure.unansweredHint')}
        </p>
        <ol className="records-item-list">
          {def.items.map((item) => (
            <li key={item.id}>
              <SelectField
                id={form.id(`answers.${item.id}`)}
                name={item.id}
                label={
                  <>
                    {itemText(t, item)}
                    {item.respondent !== 'citizen' ? <span className="records-respondent"> ({t(`rec.respondent.${item.respondent}`)})</span> : null}
                  </>
                }
                placeholder={t('rec.measure.notAnswered')}
                value={answers[item.id] ?? ''}
                onValue={(value) => setAnswers((a) => ({ ...a, [item.id]: value }))}
                options={answerOptions(t, instrument, item)}
                error={form.error(`answers.${item.id}`)}
              />
            </li>
          ))}
        </ol>
      </fieldset>
      {unanswered ? (
        <p className="records-warning-text" aria-live="polite">
          {t('rec.measure.unansweredCount', { count: unanswered, total: def.items.length })}
        </p>
      ) : null}
      <FormActions saving={form.saving} label={t('rec.measure.save')} testId="measure-save" onCancel={onCancel} />
    </form>
  );
}
