/**
 * Fidelitet (issue 12; leder and analytiker): how faithfully each unit works
 * to its model. The model is picked at the top; the tab "Runder" lists the
 * survey rounds (start one, close an open one), the tab "Resultater" shows
 * the element × round table with the colour rule by total, role and unit,
 * the behavioural fidelity beside it, the heatmap, the trend, fidelity
 * against outcome and the downloads. Model and tab live in the address.
 */
import { useMemo, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { fidelityApi } from '../api/fidelity.ts';
import { modelsApi } from '../api/models.ts';
import { Alert } from '../components/Alert.tsx';
import { SelectField } from '../components/FormFields.tsx';
import { Spinner } from '../components/Spinner.tsx';
import { RoundsTab } from '../components/fidelity/RoundsTab.tsx';
import { ResultsTab } from '../components/fidelity/ResultsTab.tsx';
import { errorText, useLoad, usePageTitle } from '../hooks.ts';
import { useI18n } from '../i18n/index.tsx';
import { useQueryParam } from '../router.tsx';
import { nameIn } from './models/text.ts';
import '../components/monitoring/monitoring.css';
import '../components/fidelity/fidelity.css';

type Tab = 'resultater' | 'runder';
const tabs: readonly Tab[] = ['resultater', 'runder'];
const preferredModel = 'flere-skal-med';

export function FidelityPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('fidelitet.title'));
  const [modelParam, setModelParam] = useQueryParam('model');
  const [tabParam, setTabParam] = useQueryParam('tab');
  const tab: Tab = tabParam === 'runder' ? 'runder' : 'resultater';
  const tabButtons = useRef<Record<string, HTMLButtonElement | null>>({});

  const models = useLoad(() => modelsApi.list(), []);
  const allRounds = useLoad(() => fidelityApi.rounds(), []);
  const instruments = useLoad(() => fidelityApi.instruments(), []);

  // Default: the model of the latest round, else the preferred model, else the first.
  const model = useMemo(() => {
    if (modelParam) return modelParam;
    const list = models.data?.models ?? [];
    const latest = [...(allRounds.data?.rounds ?? [])].sort((a, b) => b.opensOn.localeCompare(a.opensOn)).find((r) => r.modelId && list.some((m) => m.id === r.modelId));
    if (latest?.modelId) return latest.modelId;
    return list.some((m) => m.id === preferredModel) ? preferredModel : (list[0]?.id ?? '');
  }, [modelParam, models.data, allRounds.data]);

  const rounds = useMemo(() => (allRounds.data?.rounds ?? []).filter((r) => r.modelId === model), [allRounds.data, model]);
  const modelInstruments = useMemo(() => (instruments.data?.instruments ?? []).filter((i) => i.modelId === model), [instruments.data, model]);

  function select(next: Tab, focus = false) {
    setTabParam(next === 'resultater' ? '' : next);
    if (focus) tabButtons.current[next]?.focus();
  }
  function onTabKey(event: KeyboardEvent<HTMLDivElement>) {
    const index = tabs.indexOf(tab);
    let next = -1;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    const target = tabs[next];
    if (!target) return;
    event.preventDefault();
    select(target, true);
  }

  const failure = models.error ?? allRounds.error ?? instruments.error;
  return (
    <>
      <h1>{t('fidelitet.title')}</h1>
      <p className="font-lead">{t('fid.intro')}</p>
      <form className="monitoring-pickers" aria-label={t('fid.pickers')} onSubmit={(e) => e.preventDefault()}>
        <SelectField
          id="fidelity-model"
          label={t('fid.model')}
          value={model}
          onValue={setModelParam}
          options={(models.data?.models ?? []).map((m) => ({ value: m.id, label: nameIn(lang, m.name) }))}
          disabled={!models.data}
          testId="fid-pick-model"
        />
      </form>
      {failure ? <Alert variant="error">{errorText(t, failure)}</Alert> : null}
      {(models.loading && !models.data) || (allRounds.loading && !allRounds.data) ? <Spinner /> : null}

      {model && allRounds.data && instruments.data ? (
        <div className="tab-container fid-tabs">
          <div className="tab-list" role="tablist" aria-label={t('fid.tabs')} onKeyDown={onTabKey}>
            {tabs.map((id) => (
              <button
                key={id}
                type="button"
                className="tab-button"
                role="tab"
                id={`fid-tab-${id}`}
                aria-controls={tab === id ? `fid-panel-${id}` : undefined}
                aria-selected={tab === id}
                tabIndex={tab === id ? 0 : -1}
                onClick={() => select(id)}
                ref={(node) => {
                  tabButtons.current[id] = node;
                }}
                data-testid={`fid-tab-${id}`}
              >
                <span>{id === 'runder' ? t('fid.tab.rounds', { count: rounds.length }) : t('fid.tab.results')}</span>
              </button>
            ))}
          </div>
          <div className="tab-panel" role="tabpanel" id={`fid-panel-${tab}`} aria-labelledby={`fid-tab-${tab}`}>
            {tab === 'runder' ? (
              <RoundsTab key={model} model={model} rounds={rounds} instruments={modelInstruments} onChanged={allRounds.reload} />
            ) : (
              <ResultsTab key={model} model={model} rounds={rounds} onStart={() => select('runder')} />
            )}
          </div>
        </div>
      ) : null}
    </>
  );
}
