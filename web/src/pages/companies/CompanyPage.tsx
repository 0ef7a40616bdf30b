/**
 * A company's page: the head (CVR, industry, size, sector, owner of the
 * relation), editing it, the figures of its placements, and tabs for
 * Kontaktpersoner, Kontaktlog, Samarbejdsaftaler, Opslag, Forløb and Find
 * kandidater. The chosen tab is kept in the address's fragment (#kontaktlog)
 * so a reload or a shared link lands on it.
 */
import { useRef, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { companyApi } from '../../api/companies.ts';
import type { Company } from '../../api/companies.ts';
import { Alert } from '../../components/Alert.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { canWriteCompanies } from '../../components/companies/access.ts';
import { CompaniesNav } from '../../components/companies/CompaniesNav.tsx';
import { CompanyForm } from '../../components/companies/CompanyForm.tsx';
import { CompanyHeader, CompanyStatsPanel } from '../../components/companies/CompanyHeader.tsx';
import { takeFlash } from '../../components/companies/flash.ts';
import { Notice, noNotice, notice } from '../../components/companies/Notice.tsx';
import { useHashTab } from '../../components/companies/useHashTab.ts';
import { Tabs } from '../../components/records/Tabs.tsx';
import { errorText, useLoad, usePageTitle } from '../../hooks.ts';
import { useT } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/index.tsx';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.tsx';
import '../../styles/caseload.css';
import '../../components/companies/companies.css';
import { AgreementsTab } from './AgreementsTab.tsx';
import { CandidatesTab } from './CandidatesTab.tsx';
import { ContactPersonsTab } from './ContactPersonsTab.tsx';
import { InteractionsTab } from './InteractionsTab.tsx';
import { OpeningsTab } from './OpeningsTab.tsx';
import { PlacementsTab } from './PlacementsTab.tsx';

const tabKeys = {
  kontaktpersoner: 'companies.tab.contactPersons',
  kontaktlog: 'companies.tab.interactions',
  aftaler: 'companies.tab.agreements',
  opslag: 'companies.tab.openings',
  forloeb: 'companies.tab.placements',
  kandidater: 'companies.tab.candidates',
} as const satisfies Record<string, MessageKey>;
type TabId = keyof typeof tabKeys;
const tabIds = Object.keys(tabKeys) as TabId[];

export function CompanyPage({ id }: { id: string }) {
  const t = useT();
  const { me } = useSession();
  const company = useLoad(() => companyApi.company(id), [id]);
  const data = company.data;
  usePageTitle(data ? data.name : t('companies.title'));
  const canWrite = canWriteCompanies(me.roles);
  const [active, select] = useHashTab(tabIds, 'kontaktpersoner');
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState(() => {
    const text = takeFlash(window.location.pathname);
    return text ? notice(noNotice, text) : noNotice;
  });
  const [candidateTarget, setCandidateTarget] = useState('');
  const [autoFind, setAutoFind] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);

  function saved(updated: Company) {
    setEditing(false);
    setMessage((m) => notice(m, t('companies.updated', { name: updated.name })));
    company.reload();
  }

  function cancelEdit() {
    setEditing(false);
    window.requestAnimationFrame(() => editButton.current?.focus());
  }

  function findCandidates(openingId: string) {
    setCandidateTarget(openingId);
    setAutoFind(true);
    select('kandidater');
  }

  const back = (
    <div>
      <Link to="/virksomheder" className="back-link">
        <Icon name="chevron-left" />
        {t('companies.back')}
      </Link>
    </div>
  );

  if (company.loading && !data) {
    return (
      <>
        <CompaniesNav />
        {back}
        <h1>{t('common.loading')}</h1>
        <Spinner />
      </>
    );
  }
  if (company.error || !data) {
    const notFound = company.error instanceof ApiError && (company.error.status === 404 || company.error.status === 403);
    return (
      <>
        <CompaniesNav />
        {back}
        <h1>{t('companies.title')}</h1>
        <Alert variant="error">{notFound ? t('companies.notFound') : errorText(t, company.error)}</Alert>
      </>
    );
  }

  return (
    <>
      <CompaniesNav />
      {back}
      <CompanyHeader company={data} />
      <Notice state={message} testId="company-notice" />
      {canWrite ? (
        editing ? (
          <CompanyForm company={data} onSaved={saved} onCancel={cancelEdit} onReload={company.reload} headingLevel={2} key={data.version} />
        ) : (
          <div className="companies-actions">
            <button type="button" className="button button-secondary" onClick={() => setEditing(true)} ref={editButton} data-testid="company-edit">
              <Icon name="edit" />
              {t('companies.editCompany')}
            </button>
          </div>
        )
      ) : null}
      <CompanyStatsPanel company={data} />
      <div className="companies-section companies-tabs">
        <Tabs label={t('companies.tabs', { name: data.name })} idPrefix="company" tabs={tabIds.map((tab) => ({ id: tab, label: t(tabKeys[tab]) }))} active={active} onSelect={select}>
          {active === 'kontaktpersoner' ? <ContactPersonsTab company={data} canWrite={canWrite} onChanged={company.reload} /> : null}
          {active === 'kontaktlog' ? <InteractionsTab company={data} canWrite={canWrite} onChanged={company.reload} /> : null}
          {active === 'aftaler' ? <AgreementsTab company={data} canWrite={canWrite} onChanged={company.reload} /> : null}
          {active === 'opslag' ? <OpeningsTab company={data} canWrite={canWrite} onChanged={company.reload} onCandidates={findCandidates} /> : null}
          {active === 'forloeb' ? <PlacementsTab company={data} /> : null}
          {active === 'kandidater' ? <CandidatesTab company={data} target={candidateTarget} onTarget={setCandidateTarget} autoFind={autoFind} onAutoFound={() => setAutoFind(false)} /> : null}
        </Tabs>
      </div>
    </>
  );
}
