/**
 * One week's hours in a placement: the week picker offers only the Mondays of
 * the weeks the placement runs in (see weeks.ts); planned and actual unpaid
 * and paid hours; actual hours only once the week has begun. Choosing a week
 * that already has hours fills them in, so saving again corrects the week
 * (PUT replaces it).
 */
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { placementsApi } from '../../api/placements.ts';
import type { HoursInput, HoursWeek } from '../../api/placements.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { Translate } from '../../i18n/index.tsx';
import { ErrorSummary } from '../ErrorSummary.tsx';
import { FormActions, SelectField, TextField } from '../FormFields.tsx';
import { todayIso } from '../records/dates.ts';
import { useRecordForm } from '../records/formErrors.ts';
import { FocusedAlert } from './FocusedAlert.tsx';
import { formatHours, weekLabel } from './labels.ts';
import { hoursText, parseHours, validHours, weekHasBegun } from './weeks.ts';

interface Values {
  plannedUnpaidHours: string;
  plannedPaidHours: string;
  actualUnpaidHours: string;
  actualPaidHours: string;
  note: string;
}

const figures = ['plannedUnpaidHours', 'plannedPaidHours', 'actualUnpaidHours', 'actualPaidHours'] as const;

/** The week's saved figures, or the planned hours of the nearest earlier week (plans rarely change week to week). */
function valuesFor(week: string, hours: readonly HoursWeek[], locale: string): Values {
  const saved = hours.find((h) => h.weekStart === week);
  const source = saved ?? [...hours].filter((h) => h.weekStart < week).sort((a, b) => b.weekStart.localeCompare(a.weekStart))[0];
  return {
    plannedUnpaidHours: source ? hoursText(source.plannedUnpaidHours, locale) : '',
    plannedPaidHours: source ? hoursText(source.plannedPaidHours, locale) : '',
    actualUnpaidHours: saved ? hoursText(saved.actualUnpaidHours, locale) : '',
    actualPaidHours: saved ? hoursText(saved.actualPaidHours, locale) : '',
    note: saved?.note ?? '',
  };
}

function check(t: Translate, week: string, v: Values, begun: boolean): Record<string, string> {
  const found: Record<string, string> = {};
  if (!week) found['weekStart'] = t('pl.hours.err.week');
  for (const field of figures) {
    const value = parseHours(v[field]);
    const planned = field.startsWith('planned');
    if (value === null) {
      if (planned) found[field] = t('pl.hours.err.plannedRequired');
    } else if (!validHours(value)) found[field] = t('pl.hours.err.range');
  }
  const sum = (a: string, b: string) => (parseHours(a) ?? 0) + (parseHours(b) ?? 0);
  if (!found['plannedPaidHours'] && !found['plannedUnpaidHours'] && sum(v.plannedUnpaidHours, v.plannedPaidHours) > 80) found['plannedPaidHours'] = t('pl.hours.err.total');
  if (!found['actualPaidHours'] && !found['actualUnpaidHours'] && sum(v.actualUnpaidHours, v.actualPaidHours) > 80) found['actualPaidHours'] = t('pl.hours.err.total');
  if (!begun && (v.actualUnpaidHours.trim() || v.actualPaidHours.trim())) found['actualUnpaidHours'] = t('pl.hours.err.notBegun');
  return found;
}

function body(v: Values, begun: boolean): HoursInput {
  return {
    plannedUnpaidHours: parseHours(v.plannedUnpaidHours) ?? 0,
    plannedPaidHours: parseHours(v.plannedPaidHours) ?? 0,
    actualUnpaidHours: begun ? parseHours(v.actualUnpaidHours) : null,
    actualPaidHours: begun ? parseHours(v.actualPaidHours) : null,
    note: v.note.trim() || null,
  };
}

interface HoursFormProps {
  placementId: string;
  weeks: string[];
  hours: HoursWeek[];
  week: string;
  onWeek: (week: string) => void;
  onSaved: (week: HoursWeek) => void;
}

export function HoursForm({ placementId, weeks, hours, week, onWeek, onSaved }: HoursFormProps) {
  const { t, locale } = useI18n();
  const form = useRecordForm('hours');
  const today = todayIso();
  const [values, setValues] = useState<Values>(() => valuesFor(week, hours, locale));
  const [saved, setSaved] = useState<string | null>(null);
  const begun = week ? weekHasBegun(week, today) : false;
  const set = (field: keyof Values, value: string) => setValues((v) => ({ ...v, [field]: value }));
  const bind = form.binder(values, set);

  // A different week (picked here or from the table) loads that week's figures.
  useEffect(() => {
    setValues(valuesFor(week, hours, locale));
    // Only when the week changes: saving must not overwrite what is being typed for the next week.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [week]);

  const recorded = new Set(hours.filter((h) => h.actualUnpaidHours !== null || h.actualPaidHours !== null).map((h) => h.weekStart));

  function submit(event: FormEvent<HTMLFormElement>) {
    setSaved(null);
    return form.submit(event, {
      check: () => check(t, week, values, begun),
      send: () => placementsApi.saveHours(placementId, week, body(values, begun)),
      done: (result) => {
        setSaved(t('pl.hours.saved', { week: weekLabel(t, locale, result.weekStart), paid: formatHours(locale, result.actualPaidHours), unpaid: formatHours(locale, result.actualUnpaidHours) }));
        onSaved(result);
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate className="jobspor-form records-form" aria-labelledby="hours-form-heading" data-testid="hours-form">
      <h3 id="hours-form-heading">{t('pl.hours.formTitle')}</h3>
      {saved ? (
        <FocusedAlert variant="success" testId="hours-saved" focusKey={saved}>
          {saved}
        </FocusedAlert>
      ) : null}
      <ErrorSummary items={form.summary} focusKey={form.attempt} />
      <SelectField
        id={form.id('weekStart')}
        label={t('pl.hours.week')}
        hint={t('pl.hours.weekHint')}
        value={week}
        onValue={(next) => {
          setSaved(null);
          form.clear();
          onWeek(next);
        }}
        options={weeks.map((w) => ({ value: w, label: recorded.has(w) ? `${weekLabel(t, locale, w)} ${t('pl.hours.recordedMark')}` : weekLabel(t, locale, w) }))}
        error={form.error('weekStart')}
        testId="hours-week"
      />
      <fieldset className="placements-fieldset">
        <legend className="form-label">{t('pl.hours.planned')}</legend>
        <div className="jobspor-form-row">
          <TextField {...bind('plannedUnpaidHours')} label={t('pl.hours.unpaid')} inputMode="decimal" width="input-width-xs" />
          <TextField {...bind('plannedPaidHours')} label={t('pl.hours.paid')} inputMode="decimal" width="input-width-xs" />
        </div>
      </fieldset>
      <fieldset className="placements-fieldset">
        <legend className="form-label">{t('pl.hours.actual')}</legend>
        {!begun && week ? <p className="form-hint">{t('pl.hours.notBegunHint')}</p> : null}
        <div className="jobspor-form-row">
          <TextField {...bind('actualUnpaidHours')} label={t('pl.hours.unpaid')} optional inputMode="decimal" width="input-width-xs" disabled={!begun} />
          <TextField {...bind('actualPaidHours')} label={t('pl.hours.paid')} optional inputMode="decimal" width="input-width-xs" disabled={!begun} />
        </div>
      </fieldset>
      <TextField {...bind('note')} label={t('pl.hours.note')} optional />
      <FormActions saving={form.saving} disabled={!weeks.length} label={t('pl.hours.save')} testId="hours-save" />
    </form>
  );
}
