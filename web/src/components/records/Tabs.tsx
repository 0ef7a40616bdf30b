/**
 * DKFDS tabs with the WAI-ARIA tab pattern: one tab stop, arrow keys move
 * between tabs (and select them), Home/End jump to the ends. Only the
 * selected panel is rendered.
 */
import { useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';

export interface TabDef<T extends string> {
  id: T;
  label: string;
}

interface TabsProps<T extends string> {
  label: string;
  tabs: readonly TabDef<T>[];
  active: T;
  onSelect: (id: T) => void;
  children: ReactNode;
  idPrefix: string;
}

export function Tabs<T extends string>({ label, tabs, active, onSelect, children, idPrefix }: TabsProps<T>) {
  const buttons = useRef<Partial<Record<T, HTMLButtonElement | null>>>({});

  function select(id: T, focus: boolean) {
    onSelect(id);
    if (focus) buttons.current[id]?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = tabs.findIndex((tab) => tab.id === active);
    let next = -1;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    const tab = tabs[next];
    if (!tab) return;
    event.preventDefault();
    select(tab.id, true);
  }

  return (
    <div className="tab-container records-tabs">
      <div className="tab-list" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            className="tab-button"
            role="tab"
            id={`${idPrefix}-tab-${tab.id}`}
            aria-controls={active === tab.id ? `${idPrefix}-panel-${tab.id}` : undefined}
            aria-selected={active === tab.id}
            tabIndex={active === tab.id ? 0 : -1}
            onClick={() => select(tab.id, false)}
            ref={(node) => {
              buttons.current[tab.id] = node;
            }}
            data-testid={`${idPrefix}-tab-${tab.id}`}
          >
            <span>{tab.label}</span>
          </button>
        ))}
      </div>
      <div
        className="tab-panel"
        role="tabpanel"
        tabIndex={0}
        id={`${idPrefix}-panel-${active}`}
        aria-labelledby={`${idPrefix}-tab-${active}`}
        data-testid={`${idPrefix}-panel`}
      >
        {children}
      </div>
    </div>
  );
}
