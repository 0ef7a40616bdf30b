import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { HousingAreasAdmin } from '../components/admin/HousingAreasAdmin.tsx';
import { MunicipalitySettingsAdmin } from '../components/admin/MunicipalitySettingsAdmin.tsx';
import { StaffAdmin } from '../components/admin/StaffAdmin.tsx';
import { UnitsAdmin } from '../components/admin/UnitsAdmin.tsx';
import { usePageTitle } from '../hooks.ts';
import { useT } from '../i18n/index.tsx';

const tabs = [
  { id: 'enheder', key: 'admin.units' },
  { id: 'boligomraader', key: 'admin.housingAreas' },
  { id: 'medarbejdere', key: 'admin.staff' },
  { id: 'indstillinger', key: 'courses.settings.tab' },
] as const;
type TabId = (typeof tabs)[number]['id'];

function initialTab(): TabId {
  const hash = window.location.hash.replace('#', '');
  return tabs.find((tab) => tab.id === hash)?.id ?? 'enheder';
}

/** Administration: units, housing areas, staff and the municipality's settings as DKFDS tabs (the audit log has its own page, /revisionslog, shared with managers). */
export function AdminPage() {
  const t = useT();
  usePageTitle(t('admin.title'));
  const [active, setActive] = useState<TabId>(initialTab);
  const buttons = useRef<Record<string, HTMLButtonElement | null>>({});

  // A link to another tab of this page (e.g. /admin#indstillinger while on /admin) changes only the fragment.
  useEffect(() => {
    const follow = () => setActive(initialTab());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  function select(id: TabId, focus = false) {
    setActive(id);
    // Remember the tab in the fragment so a reload lands on it.
    window.history.replaceState(null, '', `${window.location.pathname}#${id}`);
    if (focus) buttons.current[id]?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = tabs.findIndex((tab) => tab.id === active);
    let next = -1;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    const tab = tabs[next];
    if (!tab) return;
    event.preventDefault();
    select(tab.id, true);
  }

  return (
    <>
      <h1>{t('admin.title')}</h1>
      <div className="tab-container">
        <div className="tab-list" role="tablist" aria-label={t('admin.sections')} onKeyDown={onKeyDown}>
          {tabs.map((tab) => (
            <button
              key={tab.id}
              type="button"
              className="tab-button"
              role="tab"
              id={`tab-${tab.id}`}
              aria-controls={active === tab.id ? `panel-${tab.id}` : undefined}
              aria-selected={active === tab.id}
              tabIndex={active === tab.id ? 0 : -1}
              onClick={() => select(tab.id)}
              ref={(node) => {
                buttons.current[tab.id] = node;
              }}
              data-testid={`admin-tab-${tab.id}`}
            >
              <span>{t(tab.key)}</span>
            </button>
          ))}
        </div>
        {/* Only the selected panel is rendered; the others load when chosen. */}
        <div className="tab-panel" role="tabpanel" tabIndex={0} id={`panel-${active}`} aria-labelledby={`tab-${active}`}>
          {active === 'enheder' ? <UnitsAdmin /> : null}
          {active === 'boligomraader' ? <HousingAreasAdmin /> : null}
          {active === 'medarbejdere' ? <StaffAdmin /> : null}
          {active === 'indstillinger' ? <MunicipalitySettingsAdmin /> : null}
        </div>
      </div>
    </>
  );
}
