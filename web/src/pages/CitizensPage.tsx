import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../api/client.ts';
import { canWriteCitizens } from '../access.ts';
import { Alert } from '../components/Alert.tsx';
import { CitizenTable } from '../components/CitizenTable.tsx';
import { Pagination } from '../components/Pagination.tsx';
import { Spinner } from '../components/Spinner.tsx';
import { errorText, useLoad, usePageTitle } from '../hooks.ts';
import { plural, useI18n } from '../i18n/index.tsx';
import { formatNumber } from '../labels.ts';
import { Link, navigate } from '../router.tsx';
import { useSession } from '../session.tsx';
import { indentedName, unitTree } from '../units.ts';
import { containsCprLike, cprDigitsOf } from '../../../src/domain/identity/cpr.ts';

const limit = 50;


interface Search {
  q: string;
  unitId: string;
  offset: number;
}

const emptySearch: Search = { q: '', unitId: '', offset: 0 };

// Kept in memory only (never in the URL), so "back" from a citizen restores
// the list; tied to the staff member so it does not outlive a logout.
let lastSearch: { owner: string; search: Search } = { owner: '', search: emptySearch };

export function CitizensPage() {
  const { t, locale } = useI18n();
  const { me } = useSession();
  usePageTitle(t('citizens.title'));
  const [search, setSearchState] = useState<Search>(lastSearch.owner === me.id ? lastSearch.search : emptySearch);
  const [draft, setDraft] = useState(search.q);

  const setSearch = (next: Search) => {
    lastSearch = { owner: me.id, search: next };
    setSearchState(next);
  };

  const units = useLoad(() => api.units(), []);
  const citizens = useLoad(
    () => api.citizens({ q: search.q, unitId: search.unitId, limit, offset: search.offset }),
    [search.q, search.unitId, search.offset],
  );

  const [lookupError, setLookupError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = draft.trim();
    setLookupError(null);
    // A CPR number is looked up in a POST body; it must never end up in a URL,
    // also not written with spaces or dots, nor beside a name.
    const cpr = cprDigitsOf(text);
    if (cpr) {
      setDraft('');
      try {
        const found = await api.lookupCitizen(cpr);
        navigate(`/borgere/${found.id}`);
      } catch (error) {
        setLookupError(errorText(t, error));
      }
      return;
    }
    if (containsCprLike(text)) {
      setDraft('');
      setLookupError(t('citizens.cprWithOtherText'));
      return;
    }
    setSearch({ ...search, q: text, offset: 0 });
  }

  const rows = units.data ? unitTree(units.data.units, locale).filter((row) => row.unit.kind !== 'municipality') : [];
  const page = citizens.data;
  const from = page && page.total ? search.offset + 1 : 0;
  const to = page ? search.offset + page.items.length : 0;

  return (
    <>
      <div className="jobspor-page-heading">
        <h1>{t('citizens.title')}</h1>
        {canWriteCitizens(me.roles) ? (
          <Link to="/borgere/ny" className="button button-primary" data-testid="create-citizen">
            {t('citizens.create')}
          </Link>
        ) : null}
      </div>

      <form className="jobspor-filters" onSubmit={submit} role="search" aria-label={t('citizens.searchForm')}>
        <div className="form-group">
          <label className="form-label" htmlFor="citizen-search">
            {t('citizens.search')}
          </label>
          <div className="jobspor-search-row">
            <input
              id="citizen-search"
              name="q"
              type="search"
              className="form-input"
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              autoComplete="off"
            />
            <button type="submit" className="button button-secondary">
              {t('common.search')}
            </button>
          </div>
        </div>
        {rows.length ? (
          <div className="form-group">
            <label className="form-label" htmlFor="citizen-unit">
              {t('citizens.unit')}
            </label>
            <select
              id="citizen-unit"
              name="unitId"
              className="form-select"
              value={search.unitId}
              onChange={(event) => setSearch({ ...search, unitId: event.target.value, offset: 0 })}
            >
              <option value="">{t('citizens.allUnits')}</option>
              {rows.map((row) => (
                <option key={row.unit.id} value={row.unit.id}>
                  {indentedName({ ...row, depth: Math.max(0, row.depth - 1) })}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </form>
      {lookupError ? <Alert variant="error">{lookupError}</Alert> : null}

      {citizens.error ? <Alert variant="error">{errorText(t, citizens.error)}</Alert> : null}
      {citizens.loading && !page ? <Spinner /> : null}
      {page ? (
        <div className={citizens.loading ? 'jobspor-busy' : undefined} aria-busy={citizens.loading}>
          <p className="jobspor-count" aria-live="polite" data-testid="citizens-total">
            <strong>{plural(t, 'citizens.total', page.total, { total: formatNumber(locale, page.total) })}</strong>
            {page.total > 0 ? (
              <span className="jobspor-muted">
                {' · '}
                {t('common.showing', { from, to, total: formatNumber(locale, page.total) })}
              </span>
            ) : null}
          </p>
          {page.items.length ? (
            <CitizenTable citizens={page.items} caption={t('citizens.tableCaption')} showResponsible testId="citizens-table" />
          ) : (
            <p>{t('citizens.empty')}</p>
          )}
          <Pagination total={page.total} limit={limit} offset={search.offset} onOffset={(offset) => setSearch({ ...search, offset })} />
        </div>
      ) : null}
    </>
  );
}
