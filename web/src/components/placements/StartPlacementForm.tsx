/**
 * Starting a company placement on a course: the work agreement and/or match
 * it follows (choosing one fills in the company, opening, type, start and
 * planned hours), the company (search), an open opening, the type, the start
 * date and the planned weekly hours. When the model moves the course on with
 * the start (TRIN 2 -> TRIN 3, jobmatch -> virksomhedsforløb) the response
 * says so and the caller shows it.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { companyApi } from '../../api/companies.ts';
import { placementsApi, placementTypes } from '../../api/placements.ts';
import type { Match, Placement, PlacementCreate, PlacementType, WorkAgreement } from '../../api/placements.ts';
import { useLoad } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { Translate } from '../../i18n/index.tsx';
import { formatDate } from '../../labels.ts';
import { ErrorSummary } from '../ErrorSummary.tsx';
import { FormActions, SelectField, TextField } from '../FormFields.tsx';
import { isIsoDate, todayIso } from '../records/dates.ts';
import { useRecordForm } from '../records/formErrors.ts';
import { CompanyPicker } from './CompanyPicker.tsx';
import { useFocusOnOpen } from './focus.ts';
import type { ChosenCompany } from './CompanyPicker.tsx';
import { placementTypeLabel } from './labels.ts';
import { hoursText, parseHours, validHours } from './weeks.ts';

interface Values {
  workAgreementId: string;
  matchId: string;
  company: ChosenCompany | null;
  openingId: string;
  type: PlacementType | '';
  from: string;
  plannedUnpaidHours: string;
  plannedPaidHours: string;
}

/** What an agreement's current version says about the placement. */
function fromAgreement(values: Values, agreement: WorkAgreement, locale: string): Values {
  const c = agreement.current.content;
  const paid = c.ordinaryHours.kind === 'now' ? (c.ordinaryHours.hoursPerWeek ?? 0) : 0;
  return {
    ...values,
    workAgreementId: agreement.id,
    matchId: agreement.matchId ?? values.matchId,
    company: { id: agreement.company.id, name: agreement.company.name },
    openingId: agreement.company.id === values.company?.id ? values.openingId : '',
    type: c.placementType,
    from: c.plannedFrom ?? values.from,
    plannedUnpaidHours: hoursText(Math.max(0, c.hoursPerWeek - paid), locale),
    plannedPaidHours: hoursText(paid, locale),
  };
}

function check(t: Translate, v: Values): Record<string, string> {
  const found: Record<string, string> = {};
  if (!v.company) found['companyId'] = t('pl.start.err.company');
  if (!v.type) found['type'] = t('pl.start.err.type');
  if (!isIsoDate(v.from)) found['from'] = t('rec.dateRequired');
  for (const field of ['plannedUnpaidHours', 'plannedPaidHours'] as const) {
    const hours = parseHours(v[field]);
    if (hours !== null && !validHours(hours)) found[field] = t('pl.hours.err.range');
  }
  return found;
}

function body(v: Values): PlacementCreate {
  const create: PlacementCreate = { companyId: v.company?.id ?? '', type: v.type as PlacementType, from: v.from };
  if (v.openingId) create.openingId = v.openingId;
  if (v.matchId) create.matchId = v.matchId;
  if (v.workAgreementId) create.workAgreementId = v.workAgreementId;
  const unpaid = parseHours(v.plannedUnpaidHours);
  const paid = parseHours(v.plannedPaidHours);
  if (unpaid !== null) create.plannedUnpaidHours = unpaid;
  if (paid !== null) create.plannedPaidHours = paid;
  return create;
}

interface StartPlacementFormProps {
  courseId: string;
  matches: Match[];
  agreements: WorkAgreement[];
  initialAgreementId?: string | undefined;
  onCreated: (placement: Placement) => void;
  onCancel: () => void;
}

export function StartPlacementForm({ courseId, matches, agreements, initialAgreementId, onCreated, onCancel }: StartPlacementFormProps) {
  const { t, locale } = useI18n();
  const form = useRecordForm('start');
  // The form opens from a button further down the page: take the user to it.
  const heading = useFocusOnOpen<HTMLHeadingElement>();
  const open = agreements.filter((a) => !a.placementId);
  const agreed = matches.filter((m) => m.status === 'agreed');
  const [values, setValues] = useState<Values>(() => {
    const blank: Values = { workAgreementId: '', matchId: '', company: null, openingId: '', type: 'virksomhedspraktik', from: todayIso(), plannedUnpaidHours: '', plannedPaidHours: '' };
    const agreement = open.find((a) => a.id === initialAgreementId);
    return agreement ? fromAgreement(blank, agreement, locale) : blank;
  });
  const set = <K extends keyof Values>(field: K, value: Values[K]) => setValues((v) => ({ ...v, [field]: value }));
  const bind = form.binder(values, set);
  const companyId = values.company?.id ?? '';
  const company = useLoad(() => (companyId ? companyApi.company(companyId).catch(() => null) : Promise.resolve(null)), [companyId]);
  const openings = (company.data?.openings ?? []).filter((o) => o.status === 'open' || o.id === values.openingId);

  function chooseAgreement(id: string) {
    const agreement = open.find((a) => a.id === id);
    setValues((v) => (agreement ? fromAgreement(v, agreement, locale) : { ...v, workAgreementId: '' }));
  }

  function chooseMatch(id: string) {
    const match = agreed.find((m) => m.id === id);
    setValues((v) =>
      match
        ? { ...v, matchId: match.id, company: { id: match.company.id, name: match.company.name }, openingId: match.opening?.id ?? '' }
        : { ...v, matchId: '' },
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    return form.submit(event, {
      check: () => check(t, values),
      send: () => placementsApi.createPlacement(courseId, body(values)),
      done: onCreated,
    });
  }

  return (
    <form onSubmit={submit} noValidate className="jobspor-form records-form" aria-labelledby="start-form-heading" data-testid="start-form">
      <h3 id="start-form-heading" ref={heading} tabIndex={-1}>{t('pl.start.title')}</h3>
      <ErrorSummary items={form.summary} focusKey={form.attempt} />
      {open.length ? (
        <SelectField
          id={form.id('workAgreementId')}
          label={t('pl.start.agreement')}
          hint={t('pl.start.agreementHint')}
          placeholder={t('pl.start.noAgreement')}
          value={values.workAgreementId}
          onValue={chooseAgreement}
          options={open.map((a) => ({
            value: a.id,
            label: t('pl.start.agreementOption', { company: a.company.name, no: a.current.versionNo, date: formatDate(locale, a.current.madeOn) }),
          }))}
          error={form.error('workAgreementId')}
          testId="start-agreement"
        />
      ) : (
        <p className="jobspor-muted">{t('pl.start.noAgreements')}</p>
      )}
      {agreed.length ? (
        <SelectField
          id={form.id('matchId')}
          label={t('pl.start.match')}
          placeholder={t('pl.start.noMatch')}
          optional
          value={values.matchId}
          onValue={chooseMatch}
          options={agreed.map((m) => ({ value: m.id, label: t('pl.start.matchOption', { company: m.company.name, date: formatDate(locale, m.matchedOn) }) }))}
          error={form.error('matchId')}
        />
      ) : null}
      <CompanyPicker
        id={form.id('companyId')}
        value={values.company}
        onValue={(chosen) => setValues((v) => ({ ...v, company: chosen, openingId: chosen?.id === v.company?.id ? v.openingId : '' }))}
        error={form.error('companyId')}
      />
      {openings.length ? (
        <SelectField
          {...bind('openingId')}
          label={t('pl.start.opening')}
          placeholder={t('pl.start.noOpening')}
          optional
          options={openings.map((o) => ({ value: o.id, label: o.title }))}
        />
      ) : null}
      <div className="jobspor-form-row">
        <SelectField
          id={form.id('type')}
          label={t('pl.start.type')}
          placeholder={t('rec.choose')}
          value={values.type}
          onValue={(v) => set('type', v as PlacementType | '')}
          options={placementTypes.map((type) => ({ value: type, label: placementTypeLabel(t, type) }))}
          error={form.error('type')}
          testId="start-type"
        />
        <TextField {...bind('from')} type="date" label={t('pl.start.from')} />
      </div>
      <fieldset className="placements-fieldset">
        <legend className="form-label">{t('pl.start.plannedHours')}</legend>
        <p className="form-hint">{t('pl.start.plannedHoursHint')}</p>
        <div className="jobspor-form-row">
          <TextField {...bind('plannedUnpaidHours')} label={t('pl.hours.unpaid')} optional inputMode="decimal" width="input-width-xs" />
          <TextField {...bind('plannedPaidHours')} label={t('pl.hours.paid')} optional inputMode="decimal" width="input-width-xs" />
        </div>
      </fieldset>
      <FormActions saving={form.saving} label={t('pl.start.save')} testId="start-save" onCancel={onCancel} />
    </form>
  );
}
