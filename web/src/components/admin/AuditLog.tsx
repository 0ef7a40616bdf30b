import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../api/client.ts';
import type { AuditQuery } from '../../api/client.ts';
import { errorText, useLoad } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime, formatNumber } from '../../labels.ts';
import { Alert } from '../Alert.tsx';
import { TextField } from '../FormFields.tsx';
import { Pagination } from '../Pagination.tsx';
import { Spinner } from '../Spinner.tsx';

const limit = 50;

interface Filters {
  citizen: string;
  staff: string;
  from: string;
  to: string;
}
const emptyFilters: Filters = { citizen: '', staff: '', from: '', to: '' };

/** Revisionslog: who did what, to which (pseudonymised) citizen, and when. */
export function AuditLog() {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState<Filters>(emptyFilters);
  const [filters, setFilters] = useState<Filters>(emptyFilters);
  const [offset, setOffset] = useState(0);

  const query: AuditQuery = {
    citizen: filters.citizen,
    staff: filters.staff,
    from: filters.from,
    to: filters.to,
    limit,
    offset,
  };
  const audit = useLoad(() => api.audit(query), [filters, offset]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFilters({ citizen: draft.citizen.trim(), staff: draft.staff.trim(), from: draft.from, to: draft.to });
    setOffset(0);
  }

  function reset() {
    setDraft(emptyFilters);
    setFilters(emptyFilters);
    setOffset(0);
  }

  const change = (field: keyof Filters) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const page = audit.data;

  return (
    <>
      <h2 id="audit-search-heading">{t('audit.search')}</h2>
      <form onSubmit={submit} className="jobspor-filters jobspor-audit-filters" role="search" aria-labelledby="audit-search-heading">
        <TextField id="audit-citizen" name="citizen" label={t('audit.citizen')} hint={t('audit.citizenHint')} value={draft.citizen} onValue={change('citizen')} autoComplete="off" />
        <TextField id="audit-staff" name="staff" label={t('audit.staff')} hint={t('audit.staffHint')} value={draft.staff} onValue={change('staff')} autoComplete="off" />
        <TextField id="audit-from" name="from" type="date" label={t('audit.from')} value={draft.from} onValue={change('from')} />
        <TextField id="audit-to" name="to" type="date" label={t('audit.to')} value={draft.to} onValue={change('to')} />
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
          <p className="jobspor-count" aria-live="polite" data-testid="audit-total">
            <strong>{t('audit.total', { total: formatNumber(locale, page.total) })}</strong>
          </p>
          {page.items.length ? (
            <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={t('admin.audit')}>
              <table className="table table--compact table--zebra jobspor-table" data-testid="audit-table">
                <thead>
                  <tr>
                    <th scope="col">{t('col.at')}</th>
                    <th scope="col">{t('col.staff')}</th>
                    <th scope="col">{t('col.action')}</th>
                    <th scope="col">{t('col.request')}</th>
                    <th scope="col">{t('col.citizenPseudonym')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((entry) => (
                    <tr key={entry.id}>
                      <td className="jobspor-nowrap">{formatDateTime(locale, entry.at)}</td>
                      <td>{entry.staffUsername ?? t('common.none')}</td>
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
                      <td>{entry.citizenPseudonym ?? t('common.none')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>{t('audit.empty')}</p>
          )}
          <Pagination total={page.total} limit={limit} offset={offset} onOffset={setOffset} />
        </div>
      ) : null}
    </>
  );
}
