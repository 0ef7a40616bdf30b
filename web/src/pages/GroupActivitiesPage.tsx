import { useRef, useState } from 'react';
import { courseApi } from '../api/courses.ts';
import type { GroupActivity } from '../api/courses.ts';
import { canWriteCitizens } from '../access.ts';
import { Alert } from '../components/Alert.tsx';
import { Spinner } from '../components/Spinner.tsx';
import { ActivityCard } from '../components/groups/ActivityCard.tsx';
import { CreateActivityForm } from '../components/groups/CreateActivityForm.tsx';
import { useCaseUnits } from '../components/groups/useCaseUnits.ts';
import { errorText, useLoad, usePageTitle } from '../hooks.ts';
import { useT } from '../i18n/index.tsx';
import { useSession } from '../session.tsx';
import '../styles/caseload.css';

/**
 * Gruppeforløb: the group activities run by the teams and outreach offices
 * in the caller's units (GET /api/group-activities), newest start first,
 * with their participants, and creating a new one. Citizens are signed up
 * from their course (the Forløb tab), where the course is at hand.
 */
export function GroupActivitiesPage() {
  const t = useT();
  usePageTitle(t('nav.gruppeforloeb'));
  const { me } = useSession();
  const canWrite = canWriteCitizens(me.roles);
  const list = useLoad(() => courseApi.groupActivities(), []);
  const units = useCaseUnits();
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState('');
  const openButton = useRef<HTMLButtonElement>(null);
  const activities = list.data?.activities ?? [];
  const ownUnit = units.units.some((u) => u.id === me.unit.id) ? me.unit.id : units.units.length === 1 ? (units.units[0]?.id ?? '') : '';

  function close() {
    setCreating(false);
    window.requestAnimationFrame(() => openButton.current?.focus());
  }

  function created(activity: GroupActivity) {
    setCreating(false);
    setNotice(t('courses.groups.page.created', { name: activity.name }));
    // In the server's order: newest start first, then by name.
    const next = [activity, ...activities].sort((a, b) => b.startDate.localeCompare(a.startDate) || a.name.localeCompare(b.name, 'da'));
    list.setData({ activities: next });
  }

  function saved(updated: GroupActivity, message: string) {
    list.setData({ activities: activities.map((a) => (a.id === updated.id ? updated : a)) });
    setNotice(message);
  }

  return (
    <>
      <div className="jobspor-page-heading">
        <h1>{t('nav.gruppeforloeb')}</h1>
        {canWrite && !creating ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setNotice('');
              setCreating(true);
            }}
            ref={openButton}
            data-testid="create-activity-open"
          >
            {t('courses.groups.page.create')}
          </button>
        ) : null}
      </div>
      <p className="font-lead caseload-intro">{t('courses.groups.page.intro')}</p>

      {notice ? (
        <Alert variant="success" testId="group-activities-notice">
          {notice}
        </Alert>
      ) : null}
      {creating ? <CreateActivityForm units={units} defaultUnitId={ownUnit} onCreated={created} onCancel={close} /> : null}

      {list.error ? <Alert variant="error">{errorText(t, list.error)}</Alert> : null}
      {list.loading && !list.data ? <Spinner /> : null}
      {list.data && !activities.length ? <p data-testid="group-activities-empty">{t('courses.groups.page.empty')}</p> : null}
      {activities.map((activity) => (
        <ActivityCard key={activity.id} activity={activity} canWrite={canWrite} onSaved={saved} />
      ))}
    </>
  );
}
