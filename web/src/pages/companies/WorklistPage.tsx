/**
 * Min arbejdsliste (company side): GET /api/company-worklist. Follow-ups due
 * or overdue on running placements, work agreements without ordinary hours,
 * and the companies the staff member owns that have not been contacted for
 * N days. A leader can look at a colleague's list (?staff=), as on Min
 * sagsstamme; N is kept in ?dage=.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { companyApi } from '../../api/companies.ts';
import type { AgreementMissingOrdinaryHours, CompanyNotContacted, CompanyWorklist, FollowUpDue } from '../../api/companies.ts';
import { Alert } from '../../components/Alert.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { canPickColleague } from '../../components/companies/access.ts';
import { CompaniesNav } from '../../components/companies/CompaniesNav.tsx';
import { FilterInput } from '../../components/companies/FilterFields.tsx';
import { ListSection } from '../../components/companies/ListSection.tsx';
import { DataTable } from '../../components/companies/DataTable.tsx';
import { parseDays } from '../../components/companies/companyFilter.ts';
import { followUpStatusLabel, placementTypeLabel } from '../../components/companies/labels.ts';
import { followUpColumns, missingHoursColumns, notContactedColumns } from '../../components/companies/listColumns.ts';
import { sortFollowUps } from '../../components/companies/worklist.ts';
import { errorText, useLoad, usePageTitle } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDate } from '../../labels.ts';
import { Link, useQueryParam } from '../../router.tsx';
import { useSession } from '../../session.tsx';
import '../../components/companies/companies.css';

const defaultDays = 90;
/** The range the server accepts for N. */
const minDays = 7;
const maxDays = 730;
const worklistDays = (text: string) => parseDays(text, minDays, maxDays);
/** Roles that hold placements or company relations, whose lists a leader may open. */
const colleagueRoles = ['jobformidler', 'virksomhedskonsulent', 'mentor'];

export function WorklistPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const [staffParam, setStaffParam] = useQueryParam('staff');
  const [daysParam, setDaysParam] = useQueryParam('dage');
  const staff = staffParam === me.id ? '' : staffParam;
  const days = worklistDays(daysParam) ?? defaultDays;
  const list = useLoad(() => companyApi.worklist({ ...(staff ? { staff } : {}), notContactedDays: days }), [staff, days]);
  const data = list.data;
  const title = staff ? t('companies.worklist.titleOther', { name: data?.staff.name ?? '…' }) : t('companies.worklist.title');
  usePageTitle(title);

  return (
    <>
      <CompaniesNav />
      <h1 data-testid="company-worklist-heading">{title}</h1>
      <p className="font-lead jobspor-prose">{t('companies.worklist.intro')}</p>
      {canPickColleague(me.roles) ? <ColleaguePicker value={staff} onValue={setStaffParam} /> : null}
      {list.error ? <Alert variant="error">{errorText(t, list.error)}</Alert> : null}
      {list.loading && !data ? <Spinner /> : null}
      {data ? (
        <div className={list.loading ? 'jobspor-busy' : undefined} aria-busy={list.loading}>
          <FollowUpsSection rows={data.followUpsDue} />
          <MissingHoursSection rows={data.agreementsMissingOrdinaryHours} />
          <NotContactedSection data={data} days={days} onDays={(n) => setDaysParam(n === defaultDays ? '' : String(n))} />
        </div>
      ) : null}
    </>
  );
}

function ColleaguePicker({ value, onValue }: { value: string; onValue: (id: string) => void }) {
  const t = useI18n().t;
  const { me } = useSession();
  const staff = useLoad(() => api.staff({ active: true }), []);
  const options = (staff.data?.staff ?? [])
    .filter((s) => s.id !== me.id && s.roles.some((r) => colleagueRoles.includes(r)))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'da'));
  const known = !value || options.some((s) => s.id === value);
  return (
    <div className="form-group">
      <label className="form-label" htmlFor="company-worklist-staff">
        {t('companies.worklist.staffPicker')}
      </label>
      <select
        id="company-worklist-staff"
        className="form-select"
        value={value}
        onChange={(e) => onValue(e.target.value)}
        disabled={staff.loading && !staff.data}
        data-testid="company-worklist-staff"
      >
        <option value="">{t('companies.worklist.staffMine', { name: me.displayName })}</option>
        {!known ? <option value={value}>{t('companies.worklist.staffOther')}</option> : null}
        {options.map((s) => (
          <option key={s.id} value={s.id}>
            {s.displayName} ({s.unitName})
          </option>
        ))}
      </select>
    </div>
  );
}

const citizenLink = (c: { id: string; name: string }) => <Link to={`/borgere/${encodeURIComponent(c.id)}#virksomhed`}>{c.name}</Link>;
const companyLink = (c: { id: string; name: string }) => <Link to={`/virksomheder/${encodeURIComponent(c.id)}`}>{c.name}</Link>;

function FollowUpsSection({ rows }: { rows: FollowUpDue[] }) {
  const { t, locale } = useI18n();
  const sorted = sortFollowUps(rows);
  const columns = followUpColumns(t, locale);
  const heading = t('companies.worklist.followUps');
  return (
    <ListSection id="followups" heading={heading} intro={t('companies.worklist.followUpsIntro')} csv={{ file: ['opfoelgninger'], columns, rows: sorted }} testId="company-followups">
      {sorted.length ? (
        <DataTable
          caption={heading}
          columns={columns}
          rows={sorted}
          rowKey={(f) => `${f.placementId}-${f.source}-${f.dueOn}`}
          rowClass={(f) => (f.status === 'overdue' ? 'companies-row--overdue' : undefined)}
          rowHeaderId="citizen"
          render={{
            status: (f) => (f.status === 'overdue' ? <strong className="companies-overdue">{followUpStatusLabel(t, f.status)}</strong> : followUpStatusLabel(t, f.status)),
            citizen: (f) => citizenLink(f.citizen),
            company: (f) => companyLink(f.company),
            placement: (f) => <Link to={`/virksomhedsforloeb/${encodeURIComponent(f.placementId)}`}>{placementTypeLabel(t, f.type)}</Link>,
          }}
          testId="followups-table"
          rowTestId="followup-row"
        />
      ) : (
        <p data-testid="followups-empty">{t('companies.worklist.noFollowUps')}</p>
      )}
    </ListSection>
  );
}

function MissingHoursSection({ rows }: { rows: AgreementMissingOrdinaryHours[] }) {
  const { t, locale } = useI18n();
  const columns = missingHoursColumns(t, locale);
  const sorted = [...rows].sort((a, b) => a.since.localeCompare(b.since));
  const heading = t('companies.worklist.missingHours');
  return (
    <ListSection
      id="missing-hours"
      heading={heading}
      intro={t('companies.worklist.missingHoursIntro')}
      csv={{ file: ['aftaler-uden-ordinaere-timer'], columns, rows: sorted }}
      testId="company-missing-hours"
    >
      {sorted.length ? (
        <DataTable
          caption={heading}
          columns={columns}
          rows={sorted}
          rowKey={(a) => a.workAgreementId}
          render={{
            citizen: (a) => citizenLink(a.citizen),
            company: (a) => companyLink(a.company),
            placement: (a) =>
              a.placementId ? (
                <Link to={`/virksomhedsforloeb/${encodeURIComponent(a.placementId)}`}>{t('companies.worklist.placementStarted')}</Link>
              ) : (
                <span className="companies-muted">{t('companies.worklist.placementNotStarted')}</span>
              ),
          }}
          testId="missing-hours-table"
        />
      ) : (
        <p>{t('companies.worklist.noMissingHours')}</p>
      )}
    </ListSection>
  );
}

function NotContactedSection({ data, days, onDays }: { data: CompanyWorklist; days: number; onDays: (days: number) => void }) {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState(String(days));
  const invalid = worklistDays(draft) === null;
  const columns = notContactedColumns(t, locale);
  // Never contacted first, then the longest silence.
  const rows: CompanyNotContacted[] = [...data.companiesNotContacted].sort((a, b) => (b.days ?? Infinity) - (a.days ?? Infinity) || a.company.name.localeCompare(b.company.name, 'da'));
  const heading = t('companies.worklist.notContacted', { days: data.notContactedDays });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const n = worklistDays(draft);
    if (n !== null) onDays(n);
  }

  return (
    <ListSection id="not-contacted" heading={heading} csv={{ file: ['virksomheder-uden-kontakt'], columns, rows }} testId="company-not-contacted">
      <form className="jobspor-filters" onSubmit={submit} aria-label={t('companies.worklist.daysForm')}>
        <FilterInput
          id="not-contacted-days"
          label={t('companies.worklist.daysLabel')}
          value={draft}
          onValue={setDraft}
          narrow
          numeric
          maxLength={3}
          error={invalid ? t('companies.worklist.daysInvalid', { min: minDays, max: maxDays }) : undefined}
          testId="not-contacted-days"
        />
        <div className="form-group">
          <button type="submit" className="button button-secondary" disabled={invalid}>
            {t('companies.worklist.daysApply')}
          </button>
        </div>
      </form>
      {rows.length ? (
        <DataTable
          caption={heading}
          columns={columns}
          rows={rows}
          rowKey={(c) => c.company.id}
          render={{
            company: (c) => companyLink(c.company),
            lastInteraction: (c) => (c.lastInteractionOn ? formatDate(locale, c.lastInteractionOn) : <span className="companies-muted">{t('companies.never')}</span>),
          }}
          testId="not-contacted-table"
        />
      ) : (
        <p>{t('companies.worklist.noNotContacted', { days: data.notContactedDays })}</p>
      )}
    </ListSection>
  );
}
