/**
 * Økonomi (issue 14; leder and analytiker): what an intervention costs and
 * what it may give back. Tab "Omkostninger" holds the saved cost models and
 * the cost model editor with its live result; "Scenarier" the scenario
 * builder (investment, changes per citizen, or an evaluation's effect with
 * its interval) and the saved scenarios; "Arketyper" 002's archetypes A-D
 * computed beside the published figures. The tab lives in the address.
 */
import { useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { api } from '../api/client.ts';
import type { Unit } from '../api/types.ts';
import { modelsApi } from '../api/models.ts';
import { Alert } from '../components/Alert.tsx';
import { Spinner } from '../components/Spinner.tsx';
import { ArchetypesTab } from '../components/economics/ArchetypesTab.tsx';
import { CostTab } from '../components/economics/CostTab.tsx';
import { ScenarioTab } from '../components/economics/ScenarioTab.tsx';
import { errorText, useLoad, usePageTitle } from '../hooks.ts';
import { useI18n } from '../i18n/index.tsx';
import { useQueryParam } from '../router.tsx';
import { useSession } from '../session.tsx';
import { nameIn } from './models/text.ts';
import '../components/economics/economics.css';

type Tab = 'omkostninger' | 'scenarier' | 'arketyper';
const tabs: readonly Tab[] = ['omkostninger', 'scenarier', 'arketyper'];

/**
 * The units the caller may save in, in tree order, indented by depth (select
 * options cannot be styled under the CSP): an analytiker every unit, a leder
 * their own unit and those below it (as the server scopes them).
 */
function unitOptions(all: readonly Unit[], root: string | null): { value: string; label: string }[] {
  let units = all;
  if (root !== null) {
    const inScope = new Set([root]);
    // Parents before children is not guaranteed: repeat until nothing is added.
    let added = true;
    while (added) {
      added = false;
      for (const u of all) {
        if (u.parentId && inScope.has(u.parentId) && !inScope.has(u.id)) {
          inScope.add(u.id);
          added = true;
        }
      }
    }
    units = all.filter((u) => inScope.has(u.id));
  }
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, Unit[]>();
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

export function EconomicsPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('oekonomi.title'));
  const [tabParam, setTabParam] = useQueryParam('tab');
  const tab: Tab = tabs.includes(tabParam as Tab) ? (tabParam as Tab) : 'omkostninger';
  const tabButtons = useRef<Record<string, HTMLButtonElement | null>>({});
  const units = useLoad(() => api.units(), []);
  const models = useLoad(() => modelsApi.list(), []);
  // Bumped when a cost model is saved or deleted, so the scenario tab's list of investments follows.
  const [costModelsVersion, setCostModelsVersion] = useState(0);

  const { me } = useSession();
  const scopeRoot = me.roles.includes('analytiker') ? null : me.unit.id;
  const unitList = useMemo(() => unitOptions(units.data?.units ?? [], scopeRoot), [units.data, scopeRoot]);
  const modelList = useMemo(() => (models.data?.models ?? []).map((m) => ({ value: m.id, label: nameIn(lang, m.name) })), [models.data, lang]);

  function select(next: Tab, focus = false) {
    setTabParam(next === 'omkostninger' ? '' : next);
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

  const failure = units.error ?? models.error;
  const ready = units.data && models.data;
  return (
    <>
      <h1>{t('oekonomi.title')}</h1>
      <p className="font-lead">{t('econ.intro')}</p>
      {failure ? <Alert variant="error">{errorText(t, failure)}</Alert> : null}
      {!ready && !failure ? <Spinner /> : null}
      {ready ? (
        <div className="tab-container econ-tabs">
          <div className="tab-list" role="tablist" aria-label={t('econ.tabs')} onKeyDown={onTabKey}>
            {tabs.map((id) => (
              <button
                key={id}
                type="button"
                className="tab-button"
                role="tab"
                id={`econ-tab-${id}`}
                aria-controls={tab === id ? `econ-panel-${id}` : undefined}
                aria-selected={tab === id}
                tabIndex={tab === id ? 0 : -1}
                onClick={() => select(id)}
                ref={(node) => {
                  tabButtons.current[id] = node;
                }}
                data-testid={`econ-tab-${id}`}
              >
                <span>{t(`econ.tab.${id}`)}</span>
              </button>
            ))}
          </div>
          <div className="tab-panel" role="tabpanel" id={`econ-panel-${tab}`} aria-labelledby={`econ-tab-${tab}`}>
            {tab === 'omkostninger' ? <CostTab units={unitList} models={modelList} onChanged={() => setCostModelsVersion((v) => v + 1)} /> : null}
            {tab === 'scenarier' ? <ScenarioTab units={unitList} costModelsVersion={costModelsVersion} /> : null}
            {tab === 'arketyper' ? <ArchetypesTab /> : null}
          </div>
        </div>
      ) : null}
    </>
  );
}
