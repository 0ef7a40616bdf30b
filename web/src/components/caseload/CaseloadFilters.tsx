import type { CaseloadRow } from '../../api/courses.ts';
import { useT } from '../../i18n/index.tsx';
import '../../styles/caseload.css';
import { emptyFilter, phaseKey } from './caseloadRows.ts';
import type { CaseloadFilter } from './caseloadRows.ts';

interface CaseloadFiltersProps {
  rows: readonly CaseloadRow[];
  filter: CaseloadFilter;
  onFilter: (filter: CaseloadFilter) => void;
}

/** Model, phase, only overdue and free text; applied as the user types. */
export function CaseloadFilters({ rows, filter, onFilter }: CaseloadFiltersProps) {
  const t = useT();
  const models = new Map<string, string>();
  for (const row of rows) models.set(row.modelId, row.modelShortName);
  const phases = new Map<string, { label: string; modelId: string }>();
  for (const row of rows) {
    if (filter.modelId && row.modelId !== filter.modelId) continue;
    const name = row.phaseName ?? t('caseload.unknownPhase');
    phases.set(phaseKey(row), { label: filter.modelId ? name : `${name} (${row.modelShortName})`, modelId: row.modelId });
  }
  const sortedModels = [...models].sort((a, b) => a[1].localeCompare(b[1], 'da'));
  const sortedPhases = [...phases].sort((a, b) => a[1].label.localeCompare(b[1].label, 'da'));
  const active = filter.modelId || filter.phase || filter.onlyOverdue || filter.text;

  return (
    <form className="jobspor-filters caseload-filters" role="search" aria-label={t('caseload.filters')} onSubmit={(event) => event.preventDefault()}>
      <div className="form-group">
        <label className="form-label" htmlFor="caseload-text">
          {t('caseload.filter.text')}
        </label>
        <input
          id="caseload-text"
          type="search"
          className="form-input caseload-text-input"
          value={filter.text}
          onChange={(event) => onFilter({ ...filter, text: event.target.value })}
          autoComplete="off"
          data-testid="caseload-filter-text"
        />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor="caseload-model">
          {t('caseload.filter.model')}
        </label>
        <select
          id="caseload-model"
          className="form-select"
          value={filter.modelId}
          onChange={(event) => onFilter({ ...filter, modelId: event.target.value, phase: '' })}
          data-testid="caseload-filter-model"
        >
          <option value="">{t('caseload.filter.allModels')}</option>
          {sortedModels.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor="caseload-phase">
          {t('caseload.filter.phase')}
        </label>
        <select
          id="caseload-phase"
          className="form-select"
          value={filter.phase}
          onChange={(event) => onFilter({ ...filter, phase: event.target.value })}
          data-testid="caseload-filter-phase"
        >
          <option value="">{t('caseload.filter.allPhases')}</option>
          {sortedPhases.map(([key, phase]) => (
            <option key={key} value={key}>
              {phase.label}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group caseload-filter-check">
        <div className="form-group-checkbox">
          <input
            type="checkbox"
            className="form-checkbox"
            id="caseload-only-overdue"
            checked={filter.onlyOverdue}
            onChange={(event) => onFilter({ ...filter, onlyOverdue: event.target.checked })}
            data-testid="caseload-filter-overdue"
          />
          <label htmlFor="caseload-only-overdue">{t('caseload.filter.onlyOverdue')}</label>
        </div>
      </div>
      {active ? (
        <div className="form-group">
          <button type="button" className="button button-tertiary" onClick={() => onFilter(emptyFilter)}>
            {t('caseload.filter.clear')}
          </button>
        </div>
      ) : null}
    </form>
  );
}
