/**
 * Tab "Scenarier": the scenario builder (name, unit, unit price set, the
 * investment per citizen from a saved cost model or entered, horizon, start,
 * discount rate, cohort, and the changes per citizen a year: entered, filled
 * from one of 002's archetypes, or taken from a saved evaluation analysis's
 * effect with its interval), computed live on the server, and the saved
 * scenarios (open, XLSX, delete).
 */
import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { economicsApi, scenarioXlsxHref } from '../../api/economics.ts';
import type { Archetype, ConsequenceId, CostModelSummary, PriceSetEntry, ScenarioComputeResponse, ScenarioDetail, ScenarioEvidence, ScenarioRequest, ScenarioSummary } from '../../api/economics.ts';
import { evaluationApi } from '../../api/evaluation.ts';
import { ApiError } from '../../api/client.ts';
import { Alert } from '../Alert.tsx';
import { ErrorSummary } from '../ErrorSummary.tsx';
import type { SummaryItem } from '../ErrorSummary.tsx';
import { RadioGroup, SelectField, TextField } from '../FormFields.tsx';
import { Spinner } from '../Spinner.tsx';
import { errorText, useDebouncedCompute, useLoad } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { Option } from './CostEditor.tsx';
import { editNumber, formatKr, formatNumber, innerPath, parseNumber, problemText } from './format.ts';
import { ScenarioResultView } from './ScenarioResultView.tsx';
import { SavedRowActions } from './SavedRowActions.tsx';

const debounceMs = 400;
/** The changes the form offers (weeks moved from cash benefit, days of home support saved). */
const changeIds = ['labour_market_week', 'flex_job_week', 'home_support_day'] as const satisfies readonly ConsequenceId[];
type ChangeId = (typeof changeIds)[number];
const weekChanges: readonly ChangeId[] = ['labour_market_week', 'flex_job_week'];

interface ScenarioDraft {
  unitId: string;
  name: string;
  priceSet: string;
  investmentSource: 'cost_model' | 'entered';
  costModelId: string;
  investMunicipality: string;
  investState: string;
  horizon: string;
  startOffset: string;
  discountPct: string;
  cohort: string;
  changesSource: 'entered' | 'analysis';
  changes: Record<ChangeId, string>;
  analysisId: string;
  evidenceConsequence: ChangeId;
  interval: 'analytic' | 'bootstrap';
}

const ids = {
  unitId: 'econ-scen-unit',
  name: 'econ-scen-name',
  priceSet: 'econ-scen-prices',
  costModelId: 'econ-scen-cost-model',
  investMunicipality: 'econ-scen-invest-municipality',
  investState: 'econ-scen-invest-state',
  horizon: 'econ-scen-horizon',
  startOffset: 'econ-scen-offset',
  discountPct: 'econ-scen-discount',
  cohort: 'econ-scen-cohort',
  analysisId: 'econ-scen-analysis',
  evidenceConsequence: 'econ-scen-evidence-consequence',
} as const;
const changeFieldId = (id: ChangeId) => `econ-scen-change-${id}`;
const setKey = (s: { id: string; version: string }) => `${s.id}@${s.version}`;

function emptyDraft(unitId: string, priceSets: readonly PriceSetEntry[]): ScenarioDraft {
  return {
    unitId,
    name: '',
    priceSet: priceSets[0] ? setKey(priceSets[0].set) : '',
    investmentSource: 'entered',
    costModelId: '',
    investMunicipality: '',
    investState: '0',
    horizon: '6',
    startOffset: '1',
    discountPct: '0',
    cohort: '1',
    changesSource: 'entered',
    changes: { labour_market_week: '', flex_job_week: '', home_support_day: '' },
    analysisId: '',
    evidenceConsequence: 'labour_market_week',
    interval: 'analytic',
  };
}

/** A saved scenario back in the form. */
function draftOf(locale: string, detail: ScenarioDetail): ScenarioDraft {
  const input = detail.input;
  const changes = { labour_market_week: '', flex_job_week: '', home_support_day: '' } as Record<ChangeId, string>;
  for (const c of input.changes) if ((changeIds as readonly string[]).includes(c.consequence)) changes[c.consequence as ChangeId] = editNumber(locale, c.quantityPerYear);
  const ev = detail.evidence;
  return {
    unitId: detail.unitId,
    name: detail.name,
    priceSet: setKey(detail.unitPrices),
    investmentSource: detail.costModelId ? 'cost_model' : 'entered',
    costModelId: detail.costModelId ?? '',
    investMunicipality: editNumber(locale, input.investmentPerCitizen.municipality),
    investState: editNumber(locale, input.investmentPerCitizen.state),
    horizon: editNumber(locale, input.horizonYears),
    startOffset: editNumber(locale, input.startOffsetYears ?? 1),
    discountPct: editNumber(locale, (input.discountRate ?? 0) * 100),
    cohort: editNumber(locale, input.cohortSize ?? 1),
    changesSource: ev?.source === 'analysis' ? 'analysis' : 'entered',
    changes,
    analysisId: ev?.source === 'analysis' ? ev.analysisId : '',
    evidenceConsequence: ev && (changeIds as readonly string[]).includes(ev.consequence) ? (ev.consequence as ChangeId) : 'labour_market_week',
    interval: ev?.source === 'analysis' ? (ev.interval ?? 'analytic') : 'analytic',
  };
}

interface Built {
  body: ScenarioRequest;
  errors: Record<string, 'required' | 'not_a_number'>;
  /** The sent changes' consequences, in order (problem paths index them). */
  sentChanges: ChangeId[];
}

function build(draft: ScenarioDraft, priceSets: readonly PriceSetEntry[]): Built {
  const errors: Built['errors'] = {};
  const num = (text: string, field: string, optional = false): number | undefined => {
    if (text.trim() === '') {
      if (!optional) errors[field] = 'required';
      return undefined;
    }
    const v = parseNumber(text);
    if (Number.isNaN(v)) errors[field] = 'not_a_number';
    return v;
  };
  const set = priceSets.find((p) => setKey(p.set) === draft.priceSet)?.set;
  const fromAnalysis = draft.changesSource === 'analysis';
  const sentChanges: ChangeId[] = [];
  const changes = changeIds.flatMap((id) => {
    if (fromAnalysis && id === draft.evidenceConsequence) return [];
    const q = num(draft.changes[id], changeFieldId(id), true);
    if (q === undefined) return [];
    sentChanges.push(id);
    return [{ consequence: id, quantityPerYear: q }];
  });
  const input: Record<string, unknown> = {
    priceYear: set?.priceYear,
    changes,
    horizonYears: num(draft.horizon, ids.horizon),
    startOffsetYears: num(draft.startOffset, ids.startOffset),
    discountRate: (num(draft.discountPct, ids.discountPct) ?? 0) / 100,
    cohortSize: num(draft.cohort, ids.cohort),
  };
  if (draft.investmentSource === 'entered') {
    input['investmentPerCitizen'] = { municipality: num(draft.investMunicipality, ids.investMunicipality), state: num(draft.investState, ids.investState) };
  } else if (!draft.costModelId) errors[ids.costModelId] = 'required';
  if (fromAnalysis && !draft.analysisId) errors[ids.analysisId] = 'required';
  const evidence: ScenarioEvidence | null = fromAnalysis && draft.analysisId ? { source: 'analysis', analysisId: draft.analysisId, consequence: draft.evidenceConsequence, interval: draft.interval } : null;
  const [id, version] = draft.priceSet.split('@') as [string, string];
  return {
    body: { unitId: draft.unitId, name: draft.name.trim(), unitPrices: { id: id ?? '', version: version ?? '' }, costModelId: draft.investmentSource === 'cost_model' && draft.costModelId ? draft.costModelId : null, evidence, input },
    errors,
    sentChanges,
  };
}

function fieldOfPath(path: string, built: Built): string {
  const top: Record<string, string> = { name: ids.name, unitId: ids.unitId, unitPrices: ids.priceSet, 'unitPrices.id': ids.priceSet, costModelId: ids.costModelId, 'evidence.analysisId': ids.analysisId, 'evidence.consequence': ids.evidenceConsequence, evidence: ids.analysisId };
  if (top[path]) return top[path]!;
  if (path.startsWith('evidence')) return ids.analysisId;
  const inner = innerPath(path);
  const fields: Record<string, string> = {
    horizonYears: ids.horizon,
    startOffsetYears: ids.startOffset,
    discountRate: ids.discountPct,
    cohortSize: ids.cohort,
    priceYear: ids.priceSet,
    investmentPerCitizen: ids.investMunicipality,
    'investmentPerCitizen.municipality': ids.investMunicipality,
    'investmentPerCitizen.state': ids.investState,
  };
  if (fields[inner]) return fields[inner]!;
  const change = /^changes\[(\d+)\]/.exec(inner);
  if (change) {
    const id = built.sentChanges[Number(change[1])];
    return id ? changeFieldId(id) : '';
  }
  return '';
}

interface ScenarioTabProps {
  units: Option[];
  /** Changes when the cost models change (the investment's list). */
  costModelsVersion: number;
}

export function ScenarioTab({ units, costModelsVersion }: ScenarioTabProps) {
  const { t, locale } = useI18n();
  const priceSets = useLoad(() => economicsApi.priceSets(), []);
  const costModels = useLoad(() => economicsApi.costModels(), [costModelsVersion]);
  const analyses = useLoad(() => evaluationApi.analyses(), []);
  const archetypes = useLoad(() => economicsApi.archetypes(), []);
  const list = useLoad(() => economicsApi.scenarios(), []);
  const [opened, setOpened] = useState<ScenarioDetail | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [failure, setFailure] = useState<unknown>(null);

  async function open(summary: ScenarioSummary) {
    setFailure(null);
    try {
      setOpened(await economicsApi.scenario(summary.id));
      setFormKey((k) => k + 1);
    } catch (error) {
      setFailure(error);
    }
  }

  async function remove(summary: ScenarioSummary) {
    if (!window.confirm(t('econ.scen.confirmDelete', { name: summary.name }))) return;
    setFailure(null);
    try {
      await economicsApi.removeScenario(summary.id);
      list.reload();
    } catch (error) {
      setFailure(error);
    }
  }

  const loadError = priceSets.error ?? costModels.error ?? archetypes.error;
  return (
    <>
      <section className="jobspor-section" aria-labelledby="econ-scen-list-heading" data-testid="econ-scen-list">
        <h2 id="econ-scen-list-heading">{t('econ.scen.listTitle')}</h2>
        {list.error ? <Alert variant="error">{errorText(t, list.error)}</Alert> : null}
        {failure ? (
          <Alert variant="error" testId="econ-scen-list-error">
            <p className="m-0">{errorText(t, failure)}</p>
          </Alert>
        ) : null}
        {list.data && list.data.scenarios.length === 0 ? <p className="econ-muted">{t('econ.scen.none')}</p> : null}
        {list.data && list.data.scenarios.length > 0 ? (
          <div className="table--responsive-scroll">
            <table className="table table--compact econ-table">
              <caption className="sr-only">{t('econ.scen.listTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('econ.field.name')}</th>
                  <th scope="col">{t('econ.field.unit')}</th>
                  <th scope="col">{t('econ.scen.prices')}</th>
                  <th scope="col">{t('econ.scen.source')}</th>
                  <th scope="col">
                    <span className="sr-only">{t('econ.list.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.data.scenarios.map((s) => (
                  <tr key={s.id} data-testid="econ-scen-row" className={opened?.id === s.id ? 'econ-current-row' : undefined}>
                    <th scope="row">{s.name}</th>
                    <td>{s.unitName}</td>
                    <td>
                      {s.unitPrices.id} {s.unitPrices.version}
                    </td>
                    <td>{s.evidence?.source === 'analysis' ? t('econ.scen.fromAnalysis') : s.costModelId ? t('econ.scen.fromCostModel') : t('econ.scen.entered')}</td>
                    <SavedRowActions name={s.name} xlsxHref={scenarioXlsxHref(s.id)} onOpen={() => void open(s)} onDelete={() => void remove(s)} testIdPrefix="econ-scen" />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      {loadError ? <Alert variant="error">{errorText(t, loadError)}</Alert> : null}
      {priceSets.data && costModels.data && archetypes.data ? (
        <ScenarioForm
          key={formKey}
          units={units}
          priceSets={priceSets.data.priceSets}
          costModels={costModels.data.costModels}
          analyses={(analyses.data?.analyses ?? []).map((a) => ({ value: a.id, label: a.name }))}
          archetypes={archetypes.data.archetypes}
          opened={opened}
          locale={locale}
          onSaved={() => list.reload()}
          onNew={() => {
            setOpened(null);
            setFormKey((k) => k + 1);
          }}
        />
      ) : (
        <Spinner text={t('common.loading')} />
      )}
    </>
  );
}

interface ScenarioFormProps {
  units: Option[];
  priceSets: readonly PriceSetEntry[];
  costModels: readonly CostModelSummary[];
  analyses: Option[];
  archetypes: readonly Archetype[];
  opened: ScenarioDetail | null;
  locale: string;
  onSaved: () => void;
  onNew: () => void;
}

function ScenarioForm({ units, priceSets, costModels, analyses, archetypes, opened, locale, onSaved, onNew }: ScenarioFormProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<ScenarioDraft>(() => (opened ? draftOf(locale, opened) : emptyDraft(units[0]?.value ?? '', priceSets)));
  const [archetype, setArchetype] = useState('D');
  const [saveFields, setSaveFields] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const built = useMemo(() => build(draft, priceSets), [draft, priceSets]);
  const bodyKey = JSON.stringify(built.body);
  const localCount = Object.keys(built.errors).length;

  const {
    value: outcome,
    error: computeError,
    computing,
  } = useDebouncedCompute<ScenarioComputeResponse>(
    bodyKey,
    localCount === 0
      ? (signal) => {
          const { name: _name, unitId: _unit, ...body } = built.body;
          return economicsApi.computeScenario(body, signal);
        }
      : null,
    debounceMs,
  );

  const fieldErrors = useMemo(() => {
    const out: Record<string, string> = {};
    for (const [field, code] of Object.entries(built.errors)) out[field] = problemText(t, code);
    if (localCount === 0 && outcome && !outcome.result.ok) {
      for (const p of outcome.result.problems) {
        const field = fieldOfPath(p.path, built);
        if (field && !out[field]) out[field] = problemText(t, p.code, p.values);
      }
    }
    if (computeError instanceof ApiError) for (const [path, code] of Object.entries(computeError.fields)) out[fieldOfPath(path, built) || ids.name] ??= problemText(t, code);
    for (const [field, text] of Object.entries(saveFields)) out[field] ??= text;
    return out;
  }, [built, localCount, outcome, computeError, saveFields, t]);

  const set = <K extends keyof ScenarioDraft>(key: K, value: ScenarioDraft[K]) => {
    setMessage(null);
    setSaveFields({});
    setDraft((d) => ({ ...d, [key]: value }));
  };

  function fillArchetype() {
    const a = archetypes.find((x) => x.id === archetype);
    if (!a) return;
    const calibrated = priceSets.find((p) => p.set.status === 'calibrated');
    setMessage(null);
    setDraft((d) => ({
      ...d,
      name: d.name || t('econ.scen.archetypeName', { id: a.id }),
      priceSet: calibrated ? setKey(calibrated.set) : d.priceSet,
      investmentSource: d.investmentSource === 'cost_model' && d.costModelId ? 'cost_model' : 'entered',
      investMunicipality: d.investmentSource === 'entered' || !d.costModelId ? editNumber(locale, a.scenario.investmentPerCitizen.municipality) : d.investMunicipality,
      investState: editNumber(locale, a.scenario.investmentPerCitizen.state),
      horizon: editNumber(locale, a.scenario.horizonYears),
      startOffset: editNumber(locale, a.scenario.startOffsetYears ?? 1),
      discountPct: editNumber(locale, (a.scenario.discountRate ?? 0) * 100),
      changesSource: 'entered',
      changes: { labour_market_week: editNumber(locale, a.labourMarketWeeksPerYear), flex_job_week: '', home_support_day: editNumber(locale, a.homeSupportDaysSavedPerYear) },
    }));
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const fields: Record<string, string> = {};
    const items: SummaryItem[] = [];
    if (!draft.name.trim()) fields[ids.name] = t('econ.scen.nameMissing');
    for (const [field, code] of Object.entries(built.errors)) fields[field] = problemText(t, code);
    if (Object.keys(fields).length === 0) {
      setSaving(true);
      try {
        const saved = await economicsApi.createScenario(built.body);
        setSaveFields({});
        setSummary([]);
        setMessage(t('econ.scen.saved', { name: saved.name }));
        onSaved();
        return;
      } catch (error) {
        if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
          for (const [path, code] of Object.entries(error.fields)) {
            const field = fieldOfPath(path, built);
            if (field) fields[field] ??= problemText(t, code);
            else items.push({ fieldId: '', message: problemText(t, code) });
          }
        } else items.push({ fieldId: '', message: errorText(t, error) });
      } finally {
        setSaving(false);
      }
    }
    setSaveFields(fields);
    setSummary([...Object.entries(fields).map(([fieldId, message]) => ({ fieldId, message })), ...items]);
    setFocusKey((k) => k + 1);
  }

  const result = outcome?.result.ok ? outcome.result : null;
  const problems = localCount === 0 && outcome && !outcome.result.ok ? outcome.result.problems : [];
  const unitName = (id: string) => units.find((u) => u.value === id)?.label.trim() ?? '';
  const priceSetOptions = priceSets.map((p) => ({ value: setKey(p.set), label: t('econ.scen.priceSetOption', { name: p.name, version: p.set.version, status: t(`econ.priceStatus.${p.set.status}`), year: p.set.priceYear }) }));
  const chosenSet = priceSets.find((p) => setKey(p.set) === draft.priceSet)?.set;

  return (
    <form className="econ-form" onSubmit={(e) => void save(e)} noValidate aria-labelledby="econ-scen-form-heading" data-testid="econ-scen-form">
      <div className="econ-form-head">
        <h2 id="econ-scen-form-heading">{opened ? t('econ.scen.openedTitle', { name: opened.name }) : t('econ.scen.newTitle')}</h2>
        {opened ? (
          <button type="button" className="button button-tertiary econ-compact" onClick={onNew}>
            {t('econ.scen.new')}
          </button>
        ) : null}
      </div>
      <ErrorSummary items={summary} focusKey={focusKey} />
      <div className="econ-form-grid">
        <div>
          <TextField id={ids.name} label={t('econ.field.name')} value={draft.name} onValue={(v) => set('name', v)} error={fieldErrors[ids.name]} data-testid="econ-scen-name" />
          <SelectField id={ids.unitId} label={t('econ.field.unit')} value={draft.unitId} onValue={(v) => set('unitId', v)} options={units} error={fieldErrors[ids.unitId]} />
          <SelectField id={ids.priceSet} label={t('econ.scen.prices')} value={draft.priceSet} onValue={(v) => set('priceSet', v)} options={priceSetOptions} error={fieldErrors[ids.priceSet]} testId="econ-scen-prices" hint={chosenSet?.status === 'calibrated' ? t('econ.scen.calibratedNote') : undefined} />
          <RadioGroup
            id="econ-scen-investment-source"
            name="econ-scen-investment-source"
            legend={t('econ.scen.investmentSource')}
            value={draft.investmentSource}
            onValue={(v) => set('investmentSource', v === 'cost_model' ? 'cost_model' : 'entered')}
            options={[
              { value: 'cost_model', label: t('econ.scen.fromCostModel') },
              { value: 'entered', label: t('econ.scen.investmentEntered') },
            ]}
          />
          {draft.investmentSource === 'cost_model' ? (
            <SelectField
              id={ids.costModelId}
              label={t('econ.scen.costModel')}
              value={draft.costModelId}
              onValue={(v) => set('costModelId', v)}
              placeholder={t('econ.scen.chooseCostModel')}
              options={costModels.map((m) => ({ value: m.id, label: `${m.name} (${m.unitName})` }))}
              error={fieldErrors[ids.costModelId]}
              testId="econ-scen-cost-model"
            />
          ) : (
            <div className="econ-inline">
              <TextField id={ids.investMunicipality} label={t('econ.scen.investMunicipality')} inputMode="decimal" width="input-width-s" value={draft.investMunicipality} onValue={(v) => set('investMunicipality', v)} error={fieldErrors[ids.investMunicipality]} data-testid="econ-scen-invest" />
              <TextField id={ids.investState} label={t('econ.scen.investState')} inputMode="decimal" width="input-width-s" value={draft.investState} onValue={(v) => set('investState', v)} error={fieldErrors[ids.investState]} />
            </div>
          )}
          <div className="econ-inline">
            <TextField id={ids.horizon} label={t('econ.scen.horizon')} inputMode="numeric" width="input-width-xs" value={draft.horizon} onValue={(v) => set('horizon', v)} error={fieldErrors[ids.horizon]} />
            <TextField id={ids.startOffset} label={t('econ.scen.offset')} inputMode="numeric" width="input-width-xs" value={draft.startOffset} onValue={(v) => set('startOffset', v)} error={fieldErrors[ids.startOffset]} />
            <TextField id={ids.discountPct} label={t('econ.scen.discount')} inputMode="decimal" width="input-width-xs" value={draft.discountPct} onValue={(v) => set('discountPct', v)} error={fieldErrors[ids.discountPct]} />
            <TextField id={ids.cohort} label={t('econ.scen.cohort')} inputMode="numeric" width="input-width-xs" value={draft.cohort} onValue={(v) => set('cohort', v)} error={fieldErrors[ids.cohort]} />
          </div>
        </div>
        <div>
          <RadioGroup
            id="econ-scen-changes-source"
            name="econ-scen-changes-source"
            legend={t('econ.scen.changesSource')}
            value={draft.changesSource}
            onValue={(v) => set('changesSource', v === 'analysis' ? 'analysis' : 'entered')}
            options={[
              { value: 'entered', label: t('econ.scen.changesEntered') },
              { value: 'analysis', label: t('econ.scen.changesAnalysis') },
            ]}
          />
          {draft.changesSource === 'analysis' ? (
            <div className="econ-subfields">
              <SelectField id={ids.analysisId} label={t('econ.scen.analysis')} value={draft.analysisId} onValue={(v) => set('analysisId', v)} options={analyses} placeholder={analyses.length ? t('econ.scen.chooseAnalysis') : t('econ.scen.noAnalyses')} error={fieldErrors[ids.analysisId]} testId="econ-scen-analysis" />
              <SelectField
                id={ids.evidenceConsequence}
                label={t('econ.scen.evidenceConsequence')}
                value={draft.evidenceConsequence}
                onValue={(v) => set('evidenceConsequence', v as ChangeId)}
                options={weekChanges.map((c) => ({ value: c, label: t(`econ.consequence.${c}`) }))}
                error={fieldErrors[ids.evidenceConsequence]}
              />
              <RadioGroup
                id="econ-scen-interval"
                name="econ-scen-interval"
                legend={t('econ.scen.interval')}
                value={draft.interval}
                onValue={(v) => set('interval', v === 'bootstrap' ? 'bootstrap' : 'analytic')}
                options={[
                  { value: 'analytic', label: t('econ.scen.interval.analytic') },
                  { value: 'bootstrap', label: t('econ.scen.interval.bootstrap') },
                ]}
              />
              {outcome?.analysis ? (
                <p className="econ-muted" data-testid="econ-scen-analysis-effect">
                  {t('econ.scen.analysisEffect', { estimate: formatNumber(locale, outcome.analysis.estimate, 2), low: formatNumber(locale, outcome.analysis.ciLow, 2), high: formatNumber(locale, outcome.analysis.ciHigh, 2), months: outcome.analysis.windowMonths })}
                </p>
              ) : null}
            </div>
          ) : (
            <div className="econ-inline econ-inline-end">
              <SelectField id="econ-scen-archetype" label={t('econ.scen.archetype')} value={archetype} onValue={setArchetype} options={archetypes.map((a) => ({ value: a.id, label: t('econ.arch.name', { id: a.id }) }))} testId="econ-scen-archetype" />
              <div className="form-group">
                <button type="button" className="button button-secondary" onClick={fillArchetype} data-testid="econ-scen-fill-archetype">
                  {t('econ.scen.fillArchetype')}
                </button>
              </div>
            </div>
          )}
          <fieldset className="econ-changes">
            <legend className="form-label">{t('econ.scen.changes')}</legend>
            <p className="form-hint">{t('econ.scen.changesHint')}</p>
            {changeIds.map((id) =>
              draft.changesSource === 'analysis' && id === draft.evidenceConsequence ? null : (
                <TextField
                  key={id}
                  id={changeFieldId(id)}
                  label={t(`econ.change.${id}`)}
                  inputMode="decimal"
                  width="input-width-xs"
                  value={draft.changes[id]}
                  onValue={(v) => set('changes', { ...draft.changes, [id]: v })}
                  error={fieldErrors[changeFieldId(id)]}
                  optional
                  data-testid={changeFieldId(id)}
                />
              ),
            )}
          </fieldset>
        </div>
      </div>
      <div className="jobspor-actions">
        <button type="submit" className="button button-primary" disabled={saving} data-testid="econ-scen-save">
          {saving ? t('common.saving') : opened ? t('econ.scen.saveAsNew') : t('econ.scen.save')}
        </button>
      </div>
      {message ? (
        <Alert variant="success" testId="econ-scen-saved">
          <p className="m-0">{message}</p>
        </Alert>
      ) : null}

      <section className="econ-preview" aria-labelledby="econ-scen-result-heading" aria-busy={computing}>
        <h2 id="econ-scen-result-heading">{t('econ.scen.resultTitle', { unit: unitName(draft.unitId) })}</h2>
        {computing ? <p className="econ-muted">{t('econ.computing')}</p> : null}
        {computeError ? <Alert variant="error">{errorText(t, computeError)}</Alert> : null}
        {localCount > 0 ? <p className="econ-muted">{t('econ.cost.fixFields')}</p> : null}
        {problems.length > 0 ? (
          <Alert variant="warning" heading={t('econ.problemsHeading')} testId="econ-scen-problems">
            <ul className="m-0">
              {problems.map((p, k) => (
                <li key={k}>{problemText(t, p.code, p.values)}</li>
              ))}
            </ul>
          </Alert>
        ) : null}
        {result ? (
          <>
            {outcome && built.body.costModelId ? (
              <p className="econ-muted" data-testid="econ-scen-investment-from">
                {t('econ.scen.investmentFrom', { amount: formatKr(locale, result.scenario.perCitizen.investment.total) })}
              </p>
            ) : null}
            <ScenarioResultView scenario={result.scenario} evidence={result.evidence} />
          </>
        ) : null}
      </section>
    </form>
  );
}
