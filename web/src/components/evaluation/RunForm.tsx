/**
 * "Ny analyse": model, who the participants are (courses in a unit in a
 * period, or an own person,time_zero CSV), the comparison group's target
 * rule, method, outcome and window, and the advanced options in a details
 * element. Checks what it can before sending; the server's field errors
 * are shown in the error summary and next to the field.
 */
import { useEffect, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { evaluationApi } from '../../api/evaluation.ts';
import type { AnalysisOutcome, BenefitState, EvaluationMethod, EvaluationOptions, OutcomeWindow, Run, RunRequest } from '../../api/evaluation.ts';
import { ApiError } from '../../api/client.ts';
import { CheckboxField, CheckboxGroup, RadioGroup, SelectField, TextField } from '../FormFields.tsx';
import { ErrorSummary } from '../ErrorSummary.tsx';
import type { SummaryItem } from '../ErrorSummary.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { nameIn } from '../../pages/models/text.ts';
import { covariateLabel, methodLabel, outcomeLabel, stateLabel, windowLabel } from './format.ts';
import { advancedFields, fieldId, fieldOfPath, formFields } from './fields.ts';
import type { FormField } from './fields.ts';

type Design = 'case_data' | 'file';

interface Draft {
  modelId: string;
  design: Design;
  unitId: string;
  from: string;
  to: string;
  by: 'course' | 'visitation';
  file: { name: string; csv: string; lines: number } | null;
  states: string[];
  atLeast: string;
  ofLast: string;
  method: EvaluationMethod;
  outcome: AnalysisOutcome;
  window: OutcomeWindow;
  covariates: string[];
  ratio: string;
  replace: boolean;
  caliper: string;
  distance: 'ps' | 'logit';
  bootstrap: string;
  leads: string;
  lags: string;
  seed: string;
}

const matching: ReadonlySet<EvaluationMethod> = new Set(['nearest', 'cox']);
const bootstrapped: ReadonlySet<EvaluationMethod> = new Set(['nearest', 'cem', 'ipw']);

/** Months back from a 'YYYY-MM-DD' or 'YYYY-MM' date, as the first day of that month. */
function monthsBack(date: string, months: number): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** A first period: the 12 months of starts whose months 1-6 after lie inside the hours data (time zero in month E-6 at the latest). */
function defaultPeriod(options: EvaluationOptions): { from: string; to: string } {
  const end = options.dataPeriod.hoursTo ?? options.dataPeriod.benefitTo;
  if (!end) return { from: '', to: '' };
  return { from: monthsBack(end, 17), to: lastDayBefore(monthsBack(end, 5)) };
}

/** The day before a first-of-month date (the period ends with the previous month). */
function lastDayBefore(firstOfMonth: string): string {
  const date = new Date(`${firstOfMonth}T00:00:00Z`);
  date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

function draftFor(options: EvaluationOptions, modelId: string, previous?: Draft): Draft {
  const model = options.models.find((m) => m.id === modelId) ?? options.models[0];
  const period = defaultPeriod(options);
  const unit = options.units.find((u) => u.kind === 'municipality') ?? options.units[0];
  const method = previous?.method ?? 'nearest';
  return {
    modelId: model?.id ?? '',
    design: previous?.design ?? 'case_data',
    unitId: previous?.unitId ?? unit?.id ?? '',
    from: previous?.from ?? period.from,
    to: previous?.to ?? period.to,
    by: previous?.by ?? 'course',
    file: previous?.file ?? null,
    states: [...(model?.defaultRule.states ?? [])],
    atLeast: String(model?.defaultRule.atLeast ?? 4),
    ofLast: String(model?.defaultRule.ofLast ?? 8),
    method,
    // The model's main outcome, unless the method is Cox, which needs a survival outcome.
    outcome: method === 'cox' ? (options.outcomes.survival[0] ?? 'time_to_hours') : (model?.mainOutcome ?? options.outcomes.window[0] ?? 'any_hours'),
    window: model?.mainWindow ?? '1-12',
    covariates: previous?.covariates ?? [...options.defaultCovariates],
    ratio: previous?.ratio ?? '1',
    replace: previous?.replace ?? false,
    caliper: previous?.caliper ?? '',
    distance: previous?.distance ?? 'ps',
    bootstrap: previous?.bootstrap ?? '',
    leads: previous?.leads ?? '6',
    lags: previous?.lags ?? '12',
    seed: previous?.seed ?? '1',
  };
}

/** Units in tree order, indented by depth (select options cannot be styled under the CSP). */
function unitOptions(units: EvaluationOptions['units']): { value: string; label: string }[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, EvaluationOptions['units']>();
  for (const unit of units) {
    const parent = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const out: { value: string; label: string }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const unit of [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'da'))) {
      out.push({ value: unit.id, label: `${'\u00a0\u00a0\u00a0'.repeat(depth)}${unit.name}` });
      walk(unit.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** The field when its control is on the form now (the design and the method decide which are), else null: the message stays in the summary. */
function shownField(field: FormField | null): FormField | null {
  return field && document.getElementById(fieldId(field)) ? field : null;
}

interface RunFormProps {
  options: EvaluationOptions;
  /** True while a run is going: the form cannot start another. */
  running: boolean;
  onStarted: (run: Run) => void;
  /** A failed run's field, to show next to the control (with its message). */
  runFieldError: { field: string | null; message: string } | null;
}

export function RunForm({ options, running, onStarted, runFieldError }: RunFormProps) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<Draft>(() => draftFor(options, options.models.find((m) => m.id === 'flere-skal-med')?.id ?? options.models[0]?.id ?? ''));
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [sending, setSending] = useState(false);
  const [advancedOpen, setAdvancedOpen] = useState(false);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  // A failed run names a field: show its message there too.
  useEffect(() => {
    if (!runFieldError) return;
    const field = shownField(fieldOfPath(runFieldError.field));
    if (!field) return;
    setErrors({ [field]: runFieldError.message });
    if (advancedFields.has(field)) setAdvancedOpen(true);
  }, [runFieldError]);

  const survival = draft.method === 'cox';
  const outcomeChoices = survival ? options.outcomes.survival : options.outcomes.window;
  // A method change keeps the outcome when it fits, else takes the first that does.
  useEffect(() => {
    if (!outcomeChoices.includes(draft.outcome)) set('outcome', outcomeChoices[0] ?? draft.outcome);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft.method]);

  const units = useMemo(() => unitOptions(options.units), [options.units]);
  const covariateOptions = useMemo(() => options.covariates.map((c) => ({ value: c, label: covariateLabel(t, c) })), [options.covariates, t]);
  const stateOptions = useMemo(() => {
    // The model's states first, then the rest of the register's states.
    const all = ['kontanthjaelp', 'uddannelseshjaelp', 'integrationsydelse', 'ressourceforloebsydelse', 'sygedagpenge', 'dagpenge', 'ledighedsydelse', 'foertidspension', 'fleksjob', 'company_internship', 'wage_subsidy', 'education', 'self_supporting', 'other'];
    return all.map((s) => ({ value: s, label: stateLabel(t, s) }));
  }, [t]);

  function whole(value: string, field: FormField, found: Partial<Record<FormField, string>>, optional = false): number | undefined {
    if (value.trim() === '') {
      if (!optional) found[field] = t('eval.form.required');
      return undefined;
    }
    const n = Number(value);
    if (!Number.isInteger(n)) {
      found[field] = t('eval.form.wholeNumber');
      return undefined;
    }
    return n;
  }

  /** The request, or the fields that are wrong before anything is sent. */
  function build(): { body: RunRequest | null; found: Partial<Record<FormField, string>> } {
    const found: Partial<Record<FormField, string>> = {};
    if (!draft.modelId) found.modelId = t('eval.form.required');
    let treated: RunRequest['cohort']['treated'] | null = null;
    if (draft.design === 'case_data') {
      if (!draft.unitId) found.unitId = t('eval.form.required');
      if (!draft.from) found.from = t('eval.form.required');
      if (!draft.to) found.to = t('eval.form.required');
      if (draft.from && draft.to && draft.to < draft.from) found.to = t('eval.form.dateOrder');
      treated = { kind: 'case_data', unitId: draft.unitId, from: draft.from, to: draft.to, by: draft.by };
    } else if (!draft.file) {
      found.csv = t('eval.form.fileMissing');
    } else {
      treated = { kind: 'file', fileName: draft.file.name, csv: draft.file.csv };
    }
    if (!draft.states.length) found.states = t('eval.form.required');
    const atLeast = whole(draft.atLeast, 'atLeast', found);
    const ofLast = whole(draft.ofLast, 'ofLast', found);
    if (atLeast !== undefined && ofLast !== undefined && atLeast > ofLast) found.atLeast = t('eval.form.atLeastTooLarge');
    const seed = whole(draft.seed, 'seed', found, true);
    const analysis: RunRequest['analysis'] = { method: draft.method, outcome: draft.outcome, window: draft.window };
    if (draft.method !== 'did') analysis.covariates = draft.covariates;
    if (matching.has(draft.method)) {
      const ratio = whole(draft.ratio, 'ratio', found, true);
      if (ratio !== undefined) analysis.ratio = ratio;
      analysis.replace = draft.replace;
      analysis.distance = draft.distance;
      if (draft.caliper.trim()) {
        const caliper = Number(draft.caliper.replace(',', '.'));
        if (!(caliper > 0)) found.caliper = t('eval.form.positive');
        else analysis.caliper = caliper;
      }
    }
    if (bootstrapped.has(draft.method)) {
      const replicates = whole(draft.bootstrap, 'bootstrap', found, true);
      if (replicates !== undefined) analysis.bootstrap = { replicates, ...(seed !== undefined ? { seed } : {}) };
    }
    if (draft.method === 'did') {
      const leads = whole(draft.leads, 'leads', found, true);
      const lags = whole(draft.lags, 'lags', found, true);
      if (leads !== undefined) analysis.leads = leads;
      if (lags !== undefined) analysis.lags = lags;
    }
    if (Object.keys(found).length || !treated || atLeast === undefined || ofLast === undefined) return { body: null, found };
    const rule = { states: draft.states as BenefitState[], atLeast, ofLast };
    return { body: { cohort: { modelId: draft.modelId, treated, rule, ...(seed !== undefined ? { seed } : {}) }, analysis }, found };
  }

  function show(found: Partial<Record<FormField, string>>, extra: SummaryItem[] = []) {
    setErrors(found);
    const ordered = formFields.filter((f) => found[f]).map((f) => ({ fieldId: fieldId(f), message: found[f]! }));
    setSummary([...ordered, ...extra]);
    setFocusKey((k) => k + 1);
    if (formFields.some((f) => found[f] && advancedFields.has(f))) setAdvancedOpen(true);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { body, found } = build();
    if (!body) {
      show(found);
      return;
    }
    setSending(true);
    try {
      const run = await evaluationApi.startRun(body);
      setErrors({});
      setSummary([]);
      onStarted(run);
    } catch (error) {
      const fields: Partial<Record<FormField, string>> = {};
      const extra: SummaryItem[] = [];
      if (error instanceof ApiError) {
        for (const [path, message] of Object.entries(error.fields)) {
          const field = shownField(fieldOfPath(path));
          if (field && !fields[field]) fields[field] = message;
          else extra.push({ fieldId: '', message: `${path}: ${message}` });
        }
        if (!Object.keys(error.fields).length) extra.push({ fieldId: '', message: error.status === 0 ? t('common.networkError') : error.message || t('eval.form.failed') });
      } else {
        extra.push({ fieldId: '', message: t('eval.form.failed') });
      }
      show(fields, extra);
    } finally {
      setSending(false);
    }
  }

  async function readFile(input: HTMLInputElement) {
    const chosen = input.files?.[0];
    if (!chosen) {
      set('file', null);
      return;
    }
    const csv = await chosen.text();
    set('file', { name: chosen.name, csv, lines: csv.split(/\r?\n/).filter((l) => l.trim()).length });
  }

  const err = (field: FormField) => errors[field];
  const period = options.dataPeriod;
  const dash = t('common.none');

  return (
    <form onSubmit={submit} noValidate aria-labelledby="eval-form-heading" data-testid="eval-form" className="eval-form">
      <h2 id="eval-form-heading">{t('eval.form.title')}</h2>
      <ErrorSummary items={summary} focusKey={focusKey} />
      <p className="eval-muted" data-testid="eval-data-period">
        {t('eval.form.dataPeriod', { benefitFrom: period.benefitFrom ?? dash, benefitTo: period.benefitTo ?? dash, hoursFrom: period.hoursFrom ?? dash, hoursTo: period.hoursTo ?? dash })}
      </p>

      <div className="eval-form-grid">
        <div className="eval-form-column">
          <SelectField
            id={fieldId('modelId')}
            label={t('eval.form.model')}
            value={draft.modelId}
            onValue={(v) => setDraft((d) => draftFor(options, v, d))}
            options={options.models.map((m) => ({ value: m.id, label: nameIn(lang, m.name) }))}
            error={err('modelId')}
            testId="eval-model"
          />
          <RadioGroup
            id="eval-design"
            name="eval-design"
            legend={t('eval.form.design')}
            value={draft.design}
            onValue={(v) => set('design', v as Design)}
            options={(['case_data', 'file'] as const).map((d) => ({ value: d, label: t(`eval.form.design.${d}`) }))}
          />
          {draft.design === 'case_data' ? (
            <div className="eval-subfields" data-testid="eval-case-data">
              <SelectField id={fieldId('unitId')} label={t('eval.form.unit')} hint={t('eval.form.unitHint')} value={draft.unitId} onValue={(v) => set('unitId', v)} options={units} placeholder="" error={err('unitId')} testId="eval-unit" />
              <div className="eval-inline">
                <TextField id={fieldId('from')} type="date" label={t('eval.form.from')} value={draft.from} onValue={(v) => set('from', v)} error={err('from')} data-testid="eval-from" />
                <TextField id={fieldId('to')} type="date" label={t('eval.form.to')} value={draft.to} onValue={(v) => set('to', v)} error={err('to')} data-testid="eval-to" />
              </div>
              <SelectField
                id={fieldId('by')}
                label={t('eval.form.by')}
                value={draft.by}
                onValue={(v) => set('by', v as Draft['by'])}
                options={(['course', 'visitation'] as const).map((b) => ({ value: b, label: t(`eval.form.by.${b}`) }))}
                error={err('by')}
                testId="eval-by"
              />
            </div>
          ) : (
            <div className={`form-group eval-subfields${err('csv') ? ' form-error' : ''}`} data-testid="eval-file-design">
              <label className="form-label" htmlFor={fieldId('csv')}>
                {t('eval.form.file')}
              </label>
              <span className="form-hint" id={`${fieldId('csv')}-hint`}>
                {t('eval.form.fileHint')}
              </span>
              <pre className="eval-csv-example" aria-hidden="true">
                person,time_zero{'\n'}P-3F2A9C,2023-02-01
              </pre>
              {err('csv') ? (
                <span className="form-error-message" id={`${fieldId('csv')}-error`}>
                  <span className="sr-only">{t('common.errorPrefix')} </span>
                  {err('csv')}
                </span>
              ) : null}
              <input
                id={fieldId('csv')}
                type="file"
                accept=".csv,text/csv,text/plain"
                className="form-file-input"
                aria-describedby={`${fieldId('csv')}-hint${err('csv') ? ` ${fieldId('csv')}-error` : ''}`}
                aria-invalid={err('csv') ? true : undefined}
                onChange={(e) => void readFile(e.target)}
                data-testid="eval-file"
              />
              {draft.file ? <p className="eval-muted">{t('eval.form.fileRead', { name: draft.file.name, lines: draft.file.lines })}</p> : null}
            </div>
          )}
        </div>

        <div className="eval-form-column">
          <SelectField
            id={fieldId('method')}
            label={t('eval.form.method')}
            value={draft.method}
            onValue={(v) => set('method', v as EvaluationMethod)}
            options={options.methods.map((m) => ({ value: m, label: methodLabel(t, m) }))}
            error={err('method')}
            testId="eval-method"
          />
          <SelectField
            id={fieldId('outcome')}
            label={t('eval.form.outcome')}
            value={draft.outcome}
            onValue={(v) => set('outcome', v as AnalysisOutcome)}
            options={outcomeChoices.map((o) => ({ value: o, label: outcomeLabel(t, o) }))}
            error={err('outcome')}
            testId="eval-outcome"
          />
          {survival ? (
            <p className="eval-muted">{t('eval.form.windowNone')}</p>
          ) : (
            <SelectField
              id={fieldId('window')}
              label={t('eval.form.window')}
              value={draft.window}
              onValue={(v) => set('window', v as OutcomeWindow)}
              options={options.windows.map((w) => ({ value: w, label: windowLabel(t, w) }))}
              error={err('window')}
              testId="eval-window"
            />
          )}
          <fieldset className="eval-rule" aria-describedby="eval-rule-hint">
            <legend className="form-label">{t('eval.form.rule')}</legend>
            <span className="form-hint" id="eval-rule-hint">
              {t('eval.form.ruleHint')}
            </span>
            <div className="eval-inline">
              <TextField id={fieldId('atLeast')} label={t('eval.form.atLeast')} inputMode="numeric" width="input-width-xs" value={draft.atLeast} onValue={(v) => set('atLeast', v)} error={err('atLeast')} data-testid="eval-at-least" />
              <TextField id={fieldId('ofLast')} label={t('eval.form.ofLast')} inputMode="numeric" width="input-width-xs" value={draft.ofLast} onValue={(v) => set('ofLast', v)} error={err('ofLast')} data-testid="eval-of-last" />
            </div>
            <div className="eval-states">
              <CheckboxGroup id={fieldId('states')} name="eval-states" legend={t('eval.form.states')} options={stateOptions} values={draft.states} onValues={(v) => set('states', v)} error={err('states')} />
            </div>
          </fieldset>
        </div>
      </div>

      <details className="eval-advanced" open={advancedOpen} onToggle={(e) => setAdvancedOpen((e.target as HTMLDetailsElement).open)} data-testid="eval-advanced">
        <summary>{t('eval.form.advanced')}</summary>
        <div className="eval-form-grid">
          <div className="eval-form-column">
            {matching.has(draft.method) ? (
              <>
                <div className="eval-inline">
                  <TextField id={fieldId('ratio')} label={t('eval.form.ratio')} inputMode="numeric" width="input-width-xs" value={draft.ratio} onValue={(v) => set('ratio', v)} error={err('ratio')} />
                  <TextField id={fieldId('caliper')} label={t('eval.form.caliper')} hint={t('eval.form.caliperHint')} inputMode="decimal" width="input-width-xs" value={draft.caliper} onValue={(v) => set('caliper', v)} error={err('caliper')} />
                </div>
                <CheckboxField id={fieldId('replace')} label={t('eval.form.replace')} checked={draft.replace} onChecked={(v) => set('replace', v)} error={err('replace')} />
                <SelectField
                  id={fieldId('distance')}
                  label={t('eval.form.distance')}
                  value={draft.distance}
                  onValue={(v) => set('distance', v as Draft['distance'])}
                  options={(['ps', 'logit'] as const).map((d) => ({ value: d, label: t(`eval.form.distance.${d}`) }))}
                  error={err('distance')}
                />
              </>
            ) : null}
            {bootstrapped.has(draft.method) ? (
              <TextField id={fieldId('bootstrap')} label={t('eval.form.bootstrap')} hint={t('eval.form.bootstrapHint')} inputMode="numeric" width="input-width-s" value={draft.bootstrap} onValue={(v) => set('bootstrap', v)} error={err('bootstrap')} />
            ) : null}
            {draft.method === 'did' ? (
              <div className="eval-inline">
                <TextField id={fieldId('leads')} label={t('eval.form.leads')} inputMode="numeric" width="input-width-xs" value={draft.leads} onValue={(v) => set('leads', v)} error={err('leads')} />
                <TextField id={fieldId('lags')} label={t('eval.form.lags')} inputMode="numeric" width="input-width-xs" value={draft.lags} onValue={(v) => set('lags', v)} error={err('lags')} />
              </div>
            ) : null}
            <TextField id={fieldId('seed')} label={t('eval.form.seed')} hint={t('eval.form.seedHint')} inputMode="numeric" width="input-width-s" value={draft.seed} onValue={(v) => set('seed', v)} error={err('seed')} />
          </div>
          {draft.method !== 'did' ? (
            <div className="eval-form-column eval-covariates">
              <CheckboxGroup
                id={fieldId('covariates')}
                name="eval-covariates"
                legend={t('eval.form.covariates')}
                hint={t('eval.form.covariatesHint')}
                options={covariateOptions}
                values={draft.covariates}
                onValues={(v) => set('covariates', v)}
                error={err('covariates')}
              />
            </div>
          ) : null}
        </div>
      </details>

      <div className="jobspor-actions">
        <button type="submit" className="button button-primary" disabled={sending || running} data-testid="eval-submit">
          {t('eval.form.submit')}
        </button>
      </div>
    </form>
  );
}
