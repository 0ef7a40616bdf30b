/**
 * The cost model editor: unit, model, name, period, citizens a year (from
 * the case data or entered), price year, productive hours, overhead, the
 * roles' salaries and the catalogue's items with their lines (hours by role,
 * or an amount by category). Every change is computed on the server after a
 * pause (POST /cost/compute) and shown below; the API's problems are shown
 * at their fields. Saves new (POST) or over the opened one (PUT).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { economicsApi } from '../../api/economics.ts';
import type { Catalogue, CostComputeResponse, CostModelSummary } from '../../api/economics.ts';
import { ApiError } from '../../api/client.ts';
import { ErrorSummary } from '../ErrorSummary.tsx';
import type { SummaryItem } from '../ErrorSummary.tsx';
import { Alert } from '../Alert.tsx';
import { RadioGroup, SelectField, TextField } from '../FormFields.tsx';
import { Spinner } from '../Spinner.tsx';
import { errorText, useDebouncedCompute } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { nameIn } from '../../pages/models/text.ts';
import { CostPreview } from './CostPreview.tsx';
import { buildCost, costFieldIds, costFieldOfPath, emptyDraft, exampleDraft, exampleModelId, lineFieldId, salaryFieldId, type CostDraft, type LineDraft } from './costDraft.ts';
import { formatNumber, problemText } from './format.ts';

const debounceMs = 400;

export interface Option {
  value: string;
  label: string;
}

interface CostEditorProps {
  units: Option[];
  models: Option[];
  /** The opened cost model (id and its draft), or null for a new one. */
  opened: { id: string; draft: CostDraft } | null;
  onSaved: (saved: CostModelSummary) => void;
  onNew: () => void;
}

export function CostEditor({ units, models, opened, onSaved, onNew }: CostEditorProps) {
  const { t, locale, lang } = useI18n();
  const [modelId, setModelId] = useState(opened?.draft.modelId ?? (models.some((m) => m.value === exampleModelId) ? exampleModelId : (models[0]?.value ?? '')));
  const [catalogue, setCatalogue] = useState<Catalogue | null>(null);
  const [catalogueError, setCatalogueError] = useState<unknown>(null);
  const [draft, setDraft] = useState<CostDraft | null>(opened?.draft ?? null);
  const [saveFields, setSaveFields] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  /** The stored cost model the form saves over (the opened one, or the one this form created). */
  const [savedId, setSavedId] = useState<string | null>(opened?.id ?? null);
  const defaultUnit = units[0]?.value ?? '';
  /** Set when the example was asked for under another model: fill the form once its catalogue is here. */
  const pendingExample = useRef(false);
  const year = new Date().getFullYear();

  // The catalogue of the chosen model; a new draft gets its items and defaults.
  useEffect(() => {
    if (!modelId) return;
    const controller = new AbortController();
    setCatalogueError(null);
    economicsApi.catalogue(modelId, controller.signal).then(
      (next) => {
        const wantExample = pendingExample.current;
        pendingExample.current = false;
        setCatalogue(next);
        setDraft((d) =>
          wantExample ? exampleDraft(locale, next, d?.unitId || defaultUnit, t('econ.cost.exampleName')) : d && d.modelId === modelId ? d : emptyDraft(locale, next, d?.unitId || defaultUnit, year),
        );
      },
      (failure: unknown) => {
        if (!controller.signal.aborted) setCatalogueError(failure);
      },
    );
    return () => controller.abort();
  }, [modelId]); // eslint-disable-line react-hooks/exhaustive-deps

  const built = useMemo(() => (draft ? buildCost(draft) : null), [draft]);
  const bodyKey = built ? JSON.stringify(built.body) : '';
  const localCount = built ? Object.keys(built.errors).length : 0;

  // The live preview: computed a moment after the last change, the previous request cancelled.
  const ready = built !== null && localCount === 0 && Boolean(built.body.unitId && built.body.periodFrom && built.body.periodTo);
  const {
    value: preview,
    error: computeError,
    computing,
    clear: clearPreview,
  } = useDebouncedCompute<CostComputeResponse>(
    bodyKey,
    ready
      ? (signal) => {
          const { name: _name, ...body } = built.body;
          return economicsApi.computeCost(body, signal);
        }
      : null,
    debounceMs,
  );

  // Field messages: what cannot be read, then the live problems, then the last save's.
  const fieldErrors = useMemo(() => {
    const out: Record<string, string> = {};
    if (!built) return out;
    for (const [field, code] of Object.entries(built.errors)) out[field] = problemText(t, code);
    if (localCount === 0 && preview && !preview.result.ok) {
      for (const p of preview.result.problems) {
        const field = costFieldOfPath(p.path, built);
        if (field && !out[field]) out[field] = problemText(t, p.code, p.values);
      }
    }
    if (computeError instanceof ApiError) {
      for (const [path, code] of Object.entries(computeError.fields)) {
        const field = costFieldOfPath(path, built);
        if (field && !out[field]) out[field] = problemText(t, code);
      }
    }
    for (const [field, text] of Object.entries(saveFields)) out[field] ??= text;
    return out;
  }, [built, localCount, preview, computeError, saveFields, t]);
  const liveProblems = localCount === 0 && preview && !preview.result.ok ? preview.result.problems : [];

  if (catalogueError) return <Alert variant="error">{errorText(t, catalogueError)}</Alert>;
  if (!draft || !catalogue || !built) return <Spinner text={t('common.loading')} />;

  const set = <K extends keyof CostDraft>(key: K, value: CostDraft[K]) => {
    setMessage(null);
    setSaveFields((f) => {
      const { [costFieldIds[key as keyof typeof costFieldIds] ?? '']: _gone, ...rest } = f;
      return rest;
    });
    setDraft((d) => (d ? { ...d, [key]: value } : d));
  };
  const setLines = (item: number, lines: LineDraft[]) => set('items', draft.items.map((it, i) => (i === item ? { ...it, lines } : it)));
  const setLine = (item: number, line: number, next: LineDraft) => setLines(item, draft.items[item]!.lines.map((l, j) => (j === line ? next : l)));

  function chooseModel(next: string) {
    clearPreview();
    setDraft((d) => (d ? { ...d, modelId: '' } : d));
    setModelId(next);
  }

  function loadExample() {
    if (!catalogue) return;
    const example = () => exampleDraft(locale, catalogue, draft?.unitId || defaultUnit, t('econ.cost.exampleName'));
    setMessage(null);
    setSaveFields({});
    setSummary([]);
    if (modelId === exampleModelId) setDraft(example());
    else {
      pendingExample.current = true;
      clearPreview();
      setModelId(exampleModelId);
    }
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!built || !draft) return;
    setMessage(null);
    const items: SummaryItem[] = [];
    const fields: Record<string, string> = {};
    if (!draft.name.trim()) fields[costFieldIds.name] = t('econ.cost.nameMissing');
    for (const [field, code] of Object.entries(built.errors)) fields[field] = problemText(t, code);
    if (Object.keys(fields).length === 0) {
      setSaving(true);
      try {
        const saved = savedId ? await economicsApi.updateCostModel(savedId, built.body) : await economicsApi.createCostModel(built.body);
        setSavedId(saved.id);
        setSaveFields({});
        setSummary([]);
        setMessage(t('econ.cost.saved', { name: saved.name }));
        onSaved(saved);
        return;
      } catch (failure) {
        if (failure instanceof ApiError && Object.keys(failure.fields).length > 0) {
          for (const [path, code] of Object.entries(failure.fields)) {
            const field = costFieldOfPath(path, built);
            const text = problemText(t, code);
            if (field) fields[field] ??= text;
            else items.push({ fieldId: '', message: text });
          }
          if (Object.keys(fields).length === 0 && items.length === 0) items.push({ fieldId: '', message: errorText(t, failure) });
        } else items.push({ fieldId: '', message: errorText(t, failure) });
      } finally {
        setSaving(false);
      }
    }
    setSaveFields(fields);
    setSummary([...Object.entries(fields).map(([fieldId, text]) => ({ fieldId, message: text })), ...items]);
    setFocusKey((k) => k + 1);
  }

  const roleOptions = catalogue.roles.map((r) => ({ value: r.id, label: nameIn(lang, r.name) }));
  const categoryOptions = catalogue.categories.map((c) => ({ value: c, label: t(`econ.category.${c}`) }));
  const itemName = (id: string) => {
    const found = catalogue.items.find((i) => i.id === id);
    return found ? nameIn(lang, found.name) : id;
  };
  const fromCaseData = preview?.citizens.fromCaseData;
  const result = preview?.result.ok ? preview.result : null;

  return (
    <form className="econ-form" onSubmit={(e) => void save(e)} noValidate aria-labelledby="econ-cost-form-heading" data-testid="econ-cost-form">
      <div className="econ-form-head">
        <h2 id="econ-cost-form-heading">{opened ? t('econ.cost.editTitle', { name: opened.draft.name }) : t('econ.cost.newTitle')}</h2>
        <div className="econ-form-head-actions">
          <button type="button" className="button button-secondary econ-compact" onClick={loadExample} data-testid="econ-cost-example">
            {t('econ.cost.example')}
          </button>
          {savedId ? (
            <button type="button" className="button button-tertiary econ-compact" onClick={onNew} data-testid="econ-cost-new">
              {t('econ.cost.new')}
            </button>
          ) : null}
        </div>
      </div>
      <p className="econ-muted">{t('econ.cost.exampleHint')}</p>
      <ErrorSummary items={summary} focusKey={focusKey} />

      <div className="econ-form-grid">
        <div>
          <SelectField id={costFieldIds.unitId} label={t('econ.field.unit')} value={draft.unitId} onValue={(v) => set('unitId', v)} options={units} error={fieldErrors[costFieldIds.unitId]} testId="econ-cost-unit" />
          <SelectField id={costFieldIds.modelId} label={t('econ.field.model')} value={modelId} onValue={chooseModel} options={models} error={fieldErrors[costFieldIds.modelId]} testId="econ-cost-model" />
          <TextField id={costFieldIds.name} label={t('econ.field.name')} value={draft.name} onValue={(v) => set('name', v)} error={fieldErrors[costFieldIds.name]} data-testid="econ-cost-name" />
          <div className="econ-inline">
            <TextField id={costFieldIds.periodFrom} type="date" label={t('econ.field.from')} value={draft.periodFrom} onValue={(v) => set('periodFrom', v)} error={fieldErrors[costFieldIds.periodFrom]} data-testid="econ-cost-from" />
            <TextField id={costFieldIds.periodTo} type="date" label={t('econ.field.to')} value={draft.periodTo} onValue={(v) => set('periodTo', v)} error={fieldErrors[costFieldIds.periodTo]} data-testid="econ-cost-to" />
          </div>
          <RadioGroup
            id="econ-cost-citizens-source"
            name="econ-cost-citizens-source"
            legend={t('econ.field.citizens')}
            value={draft.citizensSource}
            onValue={(v) => set('citizensSource', v === 'entered' ? 'entered' : 'case_data')}
            options={[
              {
                value: 'case_data',
                label:
                  fromCaseData && fromCaseData.perYear !== null
                    ? t('econ.field.citizensCaseDataCount', { perYear: formatNumber(locale, fromCaseData.perYear, 1), citizens: fromCaseData.citizens, years: formatNumber(locale, fromCaseData.years, 1) })
                    : t('econ.field.citizensCaseData'),
              },
              { value: 'entered', label: t('econ.field.citizensEntered') },
            ]}
          />
          {draft.citizensSource === 'entered' ? (
            <TextField id={costFieldIds.citizens} label={t('econ.field.citizensPerYear')} inputMode="decimal" width="input-width-xs" value={draft.citizens} onValue={(v) => set('citizens', v)} error={fieldErrors[costFieldIds.citizens]} data-testid="econ-cost-citizens" />
          ) : fieldErrors[costFieldIds.citizens] ? (
            <p className="form-error-message">{fieldErrors[costFieldIds.citizens]}</p>
          ) : null}
        </div>
        <div>
          <div className="econ-inline">
            <TextField id={costFieldIds.priceYear} label={t('econ.field.priceYear')} inputMode="numeric" width="input-width-xs" value={draft.priceYear} onValue={(v) => set('priceYear', v)} error={fieldErrors[costFieldIds.priceYear]} data-testid="econ-cost-price-year" />
            <TextField id={costFieldIds.operatingYears} label={t('econ.field.operatingYears')} inputMode="decimal" width="input-width-xs" value={draft.operatingYears} onValue={(v) => set('operatingYears', v)} error={fieldErrors[costFieldIds.operatingYears]} data-testid="econ-cost-years" />
          </div>
          <div className="econ-inline">
            <TextField id={costFieldIds.productiveHours} label={t('econ.field.productiveHours')} hint={t('econ.field.productiveHoursHint')} inputMode="decimal" width="input-width-xs" value={draft.productiveHours} onValue={(v) => set('productiveHours', v)} error={fieldErrors[costFieldIds.productiveHours]} />
            <TextField id={costFieldIds.overheadPct} label={t('econ.field.overhead')} hint={t('econ.field.overheadHint')} inputMode="decimal" width="input-width-xs" value={draft.overheadPct} onValue={(v) => set('overheadPct', v)} error={fieldErrors[costFieldIds.overheadPct]} />
            <TextField id={costFieldIds.discountPct} label={t('econ.field.discount')} hint={t('econ.field.discountHint')} inputMode="decimal" width="input-width-xs" value={draft.discountPct} onValue={(v) => set('discountPct', v)} error={fieldErrors[costFieldIds.discountPct]} />
          </div>
          <fieldset className="econ-roles">
            <legend className="form-label">{t('econ.field.salaries')}</legend>
            <p className="form-hint">{t('econ.field.salariesHint')}</p>
            {catalogue.roles.map((role) => (
              <TextField
                key={role.id}
                id={salaryFieldId(role.id)}
                label={nameIn(lang, role.name)}
                inputMode="decimal"
                width="input-width-s"
                value={draft.salaries[role.id] ?? ''}
                onValue={(v) => set('salaries', { ...draft.salaries, [role.id]: v })}
                error={fieldErrors[salaryFieldId(role.id)]}
                optional
              />
            ))}
          </fieldset>
        </div>
      </div>

      {(['establishment', 'operation'] as const).map((phase) => (
        <fieldset key={phase} className="econ-items" data-testid={`econ-items-${phase}`}>
          <legend className="h3">{t(`econ.phase.${phase}Items`)}</legend>
          {draft.items.map((item, i) =>
            item.phase !== phase ? null : (
              <div key={item.id} className="econ-item" data-testid={`econ-item-${item.id}`}>
                <p className="econ-item-name">{itemName(item.id)}</p>
                {item.lines.map((line, j) => (
                  <div key={j} className="econ-line">
                    <SelectField
                      id={lineFieldId(i, j, 'role')}
                      label={t('econ.line.role')}
                      value={line.roleId}
                      onValue={(v) => setLine(i, j, { ...line, roleId: v })}
                      options={roleOptions}
                      placeholder={line.kind === 'other' ? t('econ.line.noRole') : t('econ.line.chooseRole')}
                      error={fieldErrors[lineFieldId(i, j, 'role')]}
                    />
                    {line.kind === 'other' ? (
                      <SelectField id={lineFieldId(i, j, 'category')} label={t('econ.line.category')} value={line.category} onValue={(v) => setLine(i, j, { ...line, category: v })} options={categoryOptions} error={fieldErrors[lineFieldId(i, j, 'category')]} />
                    ) : null}
                    <TextField
                      id={lineFieldId(i, j, 'value')}
                      label={line.kind === 'staff_time' ? t('econ.line.hours') : t('econ.line.amount')}
                      inputMode="decimal"
                      width="input-width-s"
                      value={line.kind === 'staff_time' ? line.hours : line.amount}
                      onValue={(v) => setLine(i, j, line.kind === 'staff_time' ? { ...line, hours: v } : { ...line, amount: v })}
                      error={fieldErrors[lineFieldId(i, j, 'value')]}
                    />
                    <button type="button" className="button button-tertiary econ-compact econ-line-remove" onClick={() => setLines(i, item.lines.filter((_, k) => k !== j))} aria-label={t('econ.line.removeLabel', { item: itemName(item.id) })}>
                      {t('econ.line.remove')}
                    </button>
                  </div>
                ))}
                <div className="econ-line-add">
                  <button type="button" className="button button-tertiary econ-compact" onClick={() => setLines(i, [...item.lines, { kind: 'staff_time', roleId: catalogue.items.find((c) => c.id === item.id)?.roles[0] ?? '', hours: '' }])}>
                    {t('econ.line.addHours')}
                  </button>
                  <button type="button" className="button button-tertiary econ-compact" onClick={() => setLines(i, [...item.lines, { kind: 'other', category: 'other', roleId: '', amount: '' }])}>
                    {t('econ.line.addAmount')}
                  </button>
                </div>
              </div>
            ),
          )}
        </fieldset>
      ))}

      <div className="jobspor-actions">
        <button type="submit" className="button button-primary" disabled={saving} data-testid="econ-cost-save">
          {saving ? t('common.saving') : savedId ? t('econ.cost.saveChanges') : t('econ.cost.save')}
        </button>
      </div>
      {message ? (
        <Alert variant="success" testId="econ-cost-saved">
          <p className="m-0">{message}</p>
        </Alert>
      ) : null}

      <section className="econ-preview" aria-labelledby="econ-cost-preview-heading" aria-busy={computing}>
        <h2 id="econ-cost-preview-heading">{t('econ.cost.previewTitle')}</h2>
        {computing ? <p className="econ-muted">{t('econ.computing')}</p> : null}
        {computeError ? <Alert variant="error">{errorText(t, computeError)}</Alert> : null}
        {liveProblems.length > 0 ? (
          <Alert variant="warning" heading={t('econ.problemsHeading')} testId="econ-cost-problems">
            <ul className="m-0">
              {liveProblems.map((p, k) => (
                <li key={k}>{problemText(t, p.code, p.values)}</li>
              ))}
            </ul>
          </Alert>
        ) : null}
        {localCount > 0 ? <p className="econ-muted">{t('econ.cost.fixFields')}</p> : null}
        {result && preview ? <CostPreview cost={result.cost} sensitivity={result.sensitivity} citizens={preview.citizens} catalogue={catalogue} /> : null}
      </section>
    </form>
  );
}
