import { useState } from 'react';
import type { FormEvent } from 'react';
import { api, ApiError } from '../../api/client.ts';
import type { AuditQuery } from '../../api/client.ts';
import type { AuditEntry } from '../../api/types.ts';
import { errorText, useLoad } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDate, formatDateTime, formatNumber } from '../../labels.ts';
import { useSession } from '../../session.tsx';
import { Alert } from '../Alert.tsx';
import { TextField } from '../FormFields.tsx';
import { Pagination } from '../Pagination.tsx';
import { Spinner } from '../Spinner.tsx';

const limit = 50;
/** A citizen's access list is printed whole where it can be: one long page (the API's maximum). */
const citizenLimit = 500;
/** Pseudonyms shown per row; a long list row names the rest as a count. */
const shownPseudonyms = 8;

interface Filters {
  cpr: string;
  citizen: string;
  staff: string;
  action: string;
  from: string;
  to: string;
}
const emptyFilters: Filters = { cpr: '', citizen: '', staff: '', action: '', from: '', to: '' };

function Citizens({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  const list = entry.citizenPseudonyms;
  if (!list.length) return <>{t('common.none')}</>;
  const rest = list.length - shownPseudonyms;
  return (
    <>
      {list.slice(0, shownPseudonyms).join(', ')}
      {rest > 0 ? ` ${t('audit.andMore', { count: rest })}` : ''}
    </>
  );
}

/**
 * Revisionslog: who did what, to which (pseudonymised) citizen, and when. A
 * citizen can be named by CPR number (sent in the request body, the lookup
 * itself logged) to answer an access request; the result prints as a list.
 */
export function AuditLog() {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const [draft, setDraft] = useState<Filters>(emptyFilters);
  const [filters, setFilters] = useState<Filters>(emptyFilters);
  const [offset, setOffset] = useState(0);

  const pageSize = filters.cpr || filters.citizen ? citizenLimit : limit;
  const query: AuditQuery = { ...filters, limit: pageSize, offset };
  const audit = useLoad(() => api.audit(query), [filters, offset]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFilters({
      cpr: draft.cpr.trim(),
      citizen: draft.cpr.trim() ? '' : draft.citizen.trim(),
      staff: draft.staff.trim(),
      action: draft.action.trim(),
      from: draft.from,
      to: draft.to,
    });
    setOffset(0);
  }

  function reset() {
    setDraft(emptyFilters);
    setFilters(emptyFilters);
    setOffset(0);
  }

  const change = (field: keyof Filters) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const fieldError = (field: string) => (audit.error instanceof ApiError ? audit.error.fields[field] : undefined);
  const page = audit.data;

  return (
    <>
      <h2 id="audit-search-heading" className="jobspor-no-print">
        {t('audit.search')}
      </h2>
      <form onSubmit={submit} className="jobspor-filters jobspor-audit-filters jobspor-no-print" role="search" aria-labelledby="audit-search-heading">
        <TextField
          id="audit-cpr"
          name="cpr"
          label={t('audit.cpr')}
          hint={t('audit.cprHint')}
          value={draft.cpr}
          onValue={change('cpr')}
          error={fieldError('cpr')}
          autoComplete="off"
          inputMode="numeric"
          data-testid="audit-cpr"
        />
        <TextField id="audit-citizen" name="citizen" label={t('audit.citizenOr')} hint={t('audit.citizenHint')} value={draft.citizen} onValue={change('citizen')} error={fieldError('citizen')} autoComplete="off" />
        <TextField id="audit-staff" name="staff" label={t('audit.staff')} hint={t('audit.staffHint')} value={draft.staff} onValue={change('staff')} autoComplete="off" />
        <TextField id="audit-action" name="action" label={t('audit.action')} hint={t('audit.actionHint')} value={draft.action} onValue={change('action')} autoComplete="off" />
        <TextField id="audit-from" name="from" type="date" label={t('audit.from')} value={draft.from} onValue={change('from')} error={fieldError('from')} />
        <TextField id="audit-to" name="to" type="date" label={t('audit.to')} value={draft.to} onValue={change('to')} error={fieldError('to')} />
        <div className="jobspor-actions jobspor-filter-actions">
          <button type="submit" className="button button-primary" data-testid="audit-search">
            {t('audit.submit')}
          </button>
          <button type="button" className="button button-secondary" onClick={reset}>
            {t('common.reset')}
          </button>
        </div>
      </form>

      {audit.error ? <Alert variant="error">{errorText(t, audit.error)}</Alert> : null}
      {audit.loading && !page ? <Spinner /> : null}
      {page ? (
        <div aria-busy={audit.loading} className={audit.loading ? 'jobspor-busy' : undefined}>
          {page.citizen ? (
            <div className="jobspor-print-heading" data-testid="audit-citizen">
              <h2>{t('audit.printHeading', { pseudonym: page.citizen.pseudonym })}</h2>
              <p>
                {t('audit.printPeriod', {
                  from: filters.from ? formatDate(locale, filters.from) : t('audit.openStart'),
                  to: filters.to ? formatDate(locale, filters.to) : t('audit.openEnd'),
                })}
              </p>
              <p>{t('audit.printMade', { at: formatDateTime(locale, new Date().toISOString()), name: me.displayName })}</p>
            </div>
          ) : null}
          <p className="jobspor-count" aria-live="polite" data-testid="audit-total">
            <strong>{t('audit.total', { total: formatNumber(locale, page.total) })}</strong>
          </p>
          {page.items.length ? (
            <>
              <div className="jobspor-actions jobspor-no-print">
                <button type="button" className="button button-secondary" onClick={() => window.print()} data-testid="audit-print">
                  {t('audit.print')}
                </button>
              </div>
              <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={t('admin.audit')}>
                <table className="table table--compact table--zebra jobspor-table" data-testid="audit-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('col.at')}</th>
                      <th scope="col">{t('col.staff')}</th>
                      <th scope="col">{t('col.action')}</th>
                      <th scope="col">{t('col.request')}</th>
                      <th scope="col">{t('audit.citizens')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.items.map((entry) => (
                      <tr key={entry.id}>
                        <td className="jobspor-nowrap">{formatDateTime(locale, entry.at)}</td>
                        <td>{entry.staffName ? `${entry.staffName} (${entry.staffUsername ?? ''})` : (entry.staffUsername ?? t('common.none'))}</td>
                        <td>
                          <code>{entry.action}</code>
                        </td>
                        <td>
                          {entry.method || entry.route ? (
                            <code>
                              {entry.method ?? ''} {entry.route ?? ''}
                            </code>
                          ) : (
                            t('common.none')
                          )}
                        </td>
                        <td>
                          <Citizens entry={entry} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : (
            <p>{t('audit.empty')}</p>
          )}
          <div className="jobspor-no-print">
            <Pagination total={page.total} limit={pageSize} offset={offset} onOffset={setOffset} />
          </div>
        </div>
      ) : null}
    </>
  );
}
