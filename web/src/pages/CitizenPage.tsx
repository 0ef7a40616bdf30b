/**
 * Borger: the citizen's page. A header (name, age, unit, responsible staff
 * member, masked CPR) and DKFDS tabs for the case work: Overblik, Forløb,
 * Plan, Jobmål, CV, Virksomhed, Kontakter, Målinger and Stamdata. The chosen tab is kept
 * in the address's fragment (#plan) so a reload or a shared link lands on it.
 */
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../api/client.ts';
import { Alert } from '../components/Alert.tsx';
import { Icon } from '../components/Icon.tsx';
import { Spinner } from '../components/Spinner.tsx';
import { canEditRecords, canRecordCase } from '../components/records/access.ts';
import { CitizenHeader } from '../components/records/CitizenHeader.tsx';
import { Tabs } from '../components/records/Tabs.tsx';
import { errorText, useLoad, usePageTitle } from '../hooks.ts';
import { useT } from '../i18n/index.tsx';
import type { MessageKey } from '../i18n/index.tsx';
import { Link } from '../router.tsx';
import { useSession } from '../session.tsx';
import { ContactsTab } from './citizen/ContactsTab.tsx';
import { CourseTab } from './citizen/CourseTab.tsx';
import { CvTab } from './citizen/CvTab.tsx';
import { DetailsTab } from './citizen/DetailsTab.tsx';
import { JobGoalsTab } from './citizen/JobGoalsTab.tsx';
import { MeasurementsTab } from './citizen/MeasurementsTab.tsx';
import { OverviewTab } from './citizen/OverviewTab.tsx';
import { PlanTab } from './citizen/PlanTab.tsx';
import { PlacementsTab } from './citizen/PlacementsTab.tsx';
import { canWritePlacements } from '../components/placements/access.ts';
import '../styles/records.css';

const tabKeys = {
  overblik: 'rec.tab.overview',
  forloeb: 'rec.tab.course',
  plan: 'rec.tab.plan',
  jobmaal: 'rec.tab.jobGoals',
  cv: 'rec.tab.cv',
  virksomhed: 'pl.tab.title',
  kontakter: 'rec.tab.contacts',
  maalinger: 'rec.tab.measurements',
  stamdata: 'rec.tab.details',
} as const satisfies Record<string, MessageKey>;
type TabId = keyof typeof tabKeys;
const tabIds = Object.keys(tabKeys) as TabId[];

function isTabId(value: string): value is TabId {
  return (tabIds as string[]).includes(value);
}

function tabFromHash(): TabId {
  const hash = window.location.hash.replace('#', '');
  return isTabId(hash) ? hash : 'overblik';
}

export function CitizenPage({ id }: { id: string }) {
  const t = useT();
  const { me } = useSession();
  const citizen = useLoad(() => api.citizen(id), [id]);
  const data = citizen.data;
  usePageTitle(data ? `${data.firstName} ${data.lastName}` : t('citizens.title'));
  const [active, setActive] = useState<TabId>(tabFromHash);

  const select = useCallback((tab: TabId) => {
    setActive(tab);
    window.history.replaceState(null, '', `${window.location.pathname}#${tab}`);
  }, []);

  // Back and forward between fragments, and links to #plan etc.
  useEffect(() => {
    const follow = () => setActive(tabFromHash());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  const back = (
    <div>
      <Link to="/borgere" className="back-link">
        <Icon name="chevron-left" />
        {t('citizen.back')}
      </Link>
    </div>
  );

  if (citizen.loading && !data) {
    return (
      <>
        {back}
        <h1>{t('common.loading')}</h1>
        <Spinner />
      </>
    );
  }
  if (citizen.error || !data) {
    const notFound = citizen.error instanceof ApiError && (citizen.error.status === 404 || citizen.error.status === 403);
    return (
      <>
        {back}
        <h1>{t('citizens.title')}</h1>
        <Alert variant="error">{notFound ? t('citizen.notFound') : errorText(t, citizen.error)}</Alert>
      </>
    );
  }

  const canEdit = canEditRecords(me.roles);
  const canRecord = canRecordCase(me.roles);
  const openCourses = () => select('forloeb');

  return (
    <>
      {back}
      <CitizenHeader citizen={data} />
      <Tabs
        label={t('rec.tabs.label', { name: `${data.firstName} ${data.lastName}` })}
        idPrefix="citizen"
        tabs={tabIds.map((tab) => ({ id: tab, label: t(tabKeys[tab]) }))}
        active={active}
        onSelect={select}
      >
        {active === 'overblik' ? <OverviewTab citizenId={id} onOpen={select} /> : null}
        {active === 'forloeb' ? <CourseTab citizenId={id} /> : null}
        {active === 'plan' ? <PlanTab citizenId={id} canEdit={canEdit} onOpenCourses={openCourses} /> : null}
        {active === 'jobmaal' ? <JobGoalsTab citizenId={id} canEdit={canEdit} onOpenCourses={openCourses} /> : null}
        {active === 'cv' ? <CvTab citizenId={id} canEdit={canEdit} /> : null}
        {active === 'virksomhed' ? <PlacementsTab citizenId={id} canWrite={canWritePlacements(me.roles)} onOpenCourses={openCourses} /> : null}
        {active === 'kontakter' ? <ContactsTab citizenId={id} canRecord={canRecord} /> : null}
        {active === 'maalinger' ? <MeasurementsTab citizenId={id} canRecord={canRecord} /> : null}
        {active === 'stamdata' ? <DetailsTab citizen={data} onUpdated={citizen.setData} /> : null}
      </Tabs>
    </>
  );
}
