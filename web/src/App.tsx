/**
 * Top level: works out who is logged in (GET /api/me), sends anonymous users
 * to /login, and renders the page for the current path inside the app shell.
 */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { api, ApiError, onUnauthorized } from './api/client.ts';
import type { Me } from './api/types.ts';
import { canUseArea, canWriteCitizens, startPath } from './access.ts';
import type { Area } from './access.ts';
import { AppShell } from './components/AppShell.tsx';
import { Alert } from './components/Alert.tsx';
import { Spinner } from './components/Spinner.tsx';
import { useT } from './i18n/index.tsx';
import { errorText } from './hooks.ts';
import { matchPath, navigate, usePath } from './router.tsx';
import { SessionContext } from './session.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import type { LoginNotice } from './pages/LoginPage.tsx';
import { CaseloadPage } from './pages/CaseloadPage.tsx';
import { TeamOverviewPage } from './pages/TeamOverviewPage.tsx';
import { CitizensPage } from './pages/CitizensPage.tsx';
import { CitizenNewPage } from './pages/CitizenNewPage.tsx';
import { CitizenPage } from './pages/CitizenPage.tsx';
import { GroupActivitiesPage } from './pages/GroupActivitiesPage.tsx';
import { CompaniesPage } from './pages/CompaniesPage.tsx';
import { CompanyPage } from './pages/companies/CompanyPage.tsx';
import { CandidateProfilePage } from './pages/companies/CandidateProfilePage.tsx';
import { OpeningsPage } from './pages/companies/OpeningsPage.tsx';
import { WorklistPage as CompanyWorklistPage } from './pages/companies/WorklistPage.tsx';
import { ImportPage as CompanyImportPage } from './pages/companies/ImportPage.tsx';
import { canWriteCompanies } from './components/companies/access.ts';
import { QuestionnairesPage } from './pages/fidelity/QuestionnairesPage.tsx';
import { AnswerPage } from './pages/fidelity/AnswerPage.tsx';
import { EvaluationPage } from './pages/EvaluationPage.tsx';
import { AdminPage } from './pages/AdminPage.tsx';
import { AuditPage } from './pages/AuditPage.tsx';
import { RegistersPage } from './pages/RegistersPage.tsx';
import { ModelsPage } from './pages/models/ModelsPage.tsx';
import { ModelPage } from './pages/models/ModelPage.tsx';
import { ForbiddenPage } from './pages/ForbiddenPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { MatchingPage } from './pages/placements/MatchingPage.tsx';
import { PlacementPage } from './pages/placements/PlacementPage.tsx';
import { ForcedPasswordPage, PasswordPage } from './pages/PasswordPage.tsx';

// ECharts is only needed on Overblik; load it with that page.
const OverviewPage = lazy(() => import('./pages/OverviewPage.tsx').then((m) => ({ default: m.OverviewPage })));
// The status report brings ECharts too: load it with that page.
const MonitoringPage = lazy(() => import('./pages/MonitoringPage.tsx').then((m) => ({ default: m.MonitoringPage })));
// The fidelity page brings ECharts too (heatmap, trend, scatter): load it with that page.
const EconomicsPage = lazy(() => import('./pages/EconomicsPage.tsx').then((m) => ({ default: m.EconomicsPage })));
const FidelityPage = lazy(() => import('./pages/FidelityPage.tsx').then((m) => ({ default: m.FidelityPage })));
// The work agreement's checklist brings the domain's agreement module (with Zod): load it with that page.
const WorkAgreementPage = lazy(() => import('./pages/placements/WorkAgreementPage.tsx').then((m) => ({ default: m.WorkAgreementPage })));

type AuthState =
  | { status: 'loading' }
  | { status: 'anonymous'; notice?: LoginNotice }
  | { status: 'failed'; error: unknown }
  | { status: 'authenticated'; me: Me };

interface RouteDef {
  pattern: string;
  area: Area;
  /** Extra condition beyond using the area (e.g. writing citizens). */
  allowed?: (roles: readonly string[]) => boolean;
  render: (params: Record<string, string>) => ReactNode;
}

const routes: RouteDef[] = [
  { pattern: '/sagsstamme', area: 'sagsstamme', render: () => <CaseloadPage /> },
  { pattern: '/team', area: 'team', render: () => <TeamOverviewPage /> },
  { pattern: '/borgere', area: 'borgere', render: () => <CitizensPage /> },
  { pattern: '/borgere/ny', area: 'borgere', allowed: canWriteCitizens, render: () => <CitizenNewPage /> },
  { pattern: '/borgere/:id', area: 'borgere', render: (p) => <CitizenPage id={p['id'] ?? ''} key={p['id']} /> },
  { pattern: '/borgere/:id/match', area: 'borgere', render: (p) => <MatchingPage citizenId={p['id'] ?? ''} key={p['id']} /> },
  {
    pattern: '/arbejdsaftaler/ny',
    area: 'borgere',
    // Same key as below: the page keeps its state when a saved new agreement moves to its own address.
    render: () => (
      <Suspense fallback={<Spinner />}>
        <WorkAgreementPage agreementId={null} key="work-agreement" />
      </Suspense>
    ),
  },
  {
    pattern: '/arbejdsaftaler/:id',
    area: 'borgere',
    render: (p) => (
      <Suspense fallback={<Spinner />}>
        <WorkAgreementPage agreementId={p['id'] ?? ''} key="work-agreement" />
      </Suspense>
    ),
  },
  { pattern: '/virksomhedsforloeb/:id', area: 'borgere', render: (p) => <PlacementPage id={p['id'] ?? ''} key={p['id']} /> },
  { pattern: '/gruppeforloeb', area: 'gruppeforloeb', render: () => <GroupActivitiesPage /> },
  { pattern: '/virksomheder', area: 'virksomheder', render: () => <CompaniesPage /> },
  { pattern: '/virksomheder/opslag', area: 'virksomheder', render: () => <OpeningsPage /> },
  { pattern: '/virksomheder/arbejdsliste', area: 'virksomheder', render: () => <CompanyWorklistPage /> },
  { pattern: '/virksomheder/import', area: 'virksomheder', allowed: canWriteCompanies, render: () => <CompanyImportPage /> },
  { pattern: '/kandidater/:courseId', area: 'virksomheder', render: (p) => <CandidateProfilePage courseId={p['courseId'] ?? ''} key={p['courseId']} /> },
  { pattern: '/virksomheder/:id', area: 'virksomheder', render: (p) => <CompanyPage id={p['id'] ?? ''} key={p['id']} /> },
  {
    pattern: '/overblik',
    area: 'overblik',
    render: () => (
      <Suspense fallback={<Spinner />}>
        <OverviewPage />
      </Suspense>
    ),
  },
  {
    pattern: '/fidelitet',
    area: 'fidelitet',
    render: () => (
      <Suspense fallback={<Spinner />}>
        <FidelityPage />
      </Suspense>
    ),
  },
  { pattern: '/spoergeskema', area: 'spoergeskema', render: () => <QuestionnairesPage /> },
  { pattern: '/spoergeskema/:invitationId', area: 'spoergeskema', render: (p) => <AnswerPage invitationId={p['invitationId'] ?? ''} key={p['invitationId']} /> },
  { pattern: '/evaluering', area: 'evaluering', render: () => <EvaluationPage /> },
  {
    pattern: '/oekonomi',
    area: 'oekonomi',
    render: () => (
      <Suspense fallback={<Spinner />}>
        <EconomicsPage />
      </Suspense>
    ),
  },
  {
    pattern: '/statusrapport',
    area: 'statusrapport',
    render: () => (
      <Suspense fallback={<Spinner />}>
        <MonitoringPage />
      </Suspense>
    ),
  },
  { pattern: '/registre', area: 'registre', render: () => <RegistersPage /> },
  { pattern: '/modeller', area: 'modeller', render: () => <ModelsPage /> },
  { pattern: '/modeller/:id', area: 'modeller', render: (p) => <ModelPage id={p['id'] ?? ''} key={p['id']} /> },
  { pattern: '/admin', area: 'admin', render: () => <AdminPage /> },
  { pattern: '/revisionslog', area: 'revisionslog', render: () => <AuditPage /> },
];

function resolve(path: string, roles: readonly string[]): ReactNode {
  const normalised = path.length > 1 ? path.replace(/\/+$/, '') : path;
  for (const route of routes) {
    const params = matchPath(route.pattern, normalised);
    if (!params) continue;
    if (!canUseArea(roles, route.area) || (route.allowed && !route.allowed(roles))) return <ForbiddenPage />;
    return route.render(params);
  }
  if (normalised === '/ingen-adgang') return <ForbiddenPage />;
  // Every role changes its own password.
  if (normalised === '/adgangskode') return <PasswordPage />;
  return <NotFoundPage />;
}

export function App() {
  const t = useT();
  const path = usePath();
  const [auth, setAuth] = useState<AuthState>({ status: 'loading' });

  const loadMe = useCallback(() => {
    setAuth({ status: 'loading' });
    api.me().then(
      (me) => setAuth({ status: 'authenticated', me }),
      (error: unknown) => {
        if (error instanceof ApiError && error.status === 401) setAuth({ status: 'anonymous' });
        else setAuth({ status: 'failed', error });
      },
    );
  }, []);

  useEffect(loadMe, [loadMe]);

  useEffect(() => {
    onUnauthorized(() => setAuth({ status: 'anonymous', notice: 'expired' }));
    return () => onUnauthorized(null);
  }, []);

  // Redirects: anonymous users to /login, logged-in users away from it.
  useEffect(() => {
    if (auth.status === 'anonymous' && path !== '/login') navigate('/login', { replace: true });
    if (auth.status === 'authenticated' && (path === '/login' || path === '/')) {
      navigate(startPath(auth.me.roles), { replace: true });
    }
  }, [auth, path]);

  const logout = useCallback(() => {
    api.logout().then(
      () => setAuth({ status: 'anonymous', notice: 'loggedOut' }),
      () => setAuth({ status: 'anonymous', notice: 'loggedOut' }),
    );
  }, []);

  if (auth.status === 'loading') {
    return (
      <div className="container page-container">
        <Spinner />
      </div>
    );
  }

  if (auth.status === 'failed') {
    return (
      <div className="container page-container">
        <Alert variant="error" heading={t('common.errorHeading')}>
          <p>{errorText(t, auth.error)}</p>
          <button type="button" className="button button-secondary mt-3" onClick={loadMe}>
            {t('citizen.reload')}
          </button>
        </Alert>
      </div>
    );
  }

  if (auth.status === 'anonymous') {
    if (path !== '/login') return null;
    return <LoginPage notice={auth.notice} onLoggedIn={(me) => setAuth({ status: 'authenticated', me })} />;
  }

  if (auth.me.passwordChangeRequired) return <ForcedPasswordPage onChanged={loadMe} onLogout={logout} />;

  if (path === '/login' || path === '/') return null;

  const session = { me: auth.me, logout };
  return (
    <SessionContext.Provider value={session}>
      <AppShell me={auth.me} path={path} onLogout={logout}>
        {resolve(path, auth.me.roles)}
      </AppShell>
    </SessionContext.Provider>
  );
}
