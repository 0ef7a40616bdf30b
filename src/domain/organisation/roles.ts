/**
 * Staff roles and what each may do. Access to citizen data is further
 * limited by the organisation-unit tree (see access.ts).
 */

export const roles = ['jobformidler', 'virksomhedskonsulent', 'mentor', 'leder', 'analytiker', 'admin'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, { da: string; en: string }> = {
  jobformidler: { da: 'Jobformidler / sagsbehandler', en: 'Job broker / caseworker' },
  virksomhedskonsulent: { da: 'Virksomhedskonsulent', en: 'Company consultant' },
  mentor: { da: 'Mentor / støtteperson', en: 'Mentor / support worker' },
  leder: { da: 'Leder', en: 'Manager' },
  analytiker: { da: 'Analytiker', en: 'Analyst' },
  admin: { da: 'Administrator', en: 'Administrator' },
};

export type Permission =
  | 'citizen.read' // names, contact details, case data
  | 'citizen.write'
  | 'citizen.cpr.reveal'
  | 'citizen.transfer' // records that a citizen moved to another municipality
  | 'case.record' // contacts and measurements: all who work with the citizen
  | 'rules.override' // municipal rule parameters
  | 'team.read' // other staff members' caseloads and worklists in the unit
  | 'pseudonymised.read' // analytic data without names or CPR
  | 'staff.read'
  | 'staff.manage'
  | 'unit.manage'
  | 'audit.read'
  | 'company.read' // the municipality's company network (shared, not hoarded)
  | 'company.write' // companies, contact persons, contact log, agreements, openings, import
  | 'placement.write' // matches, work agreements, placements, hours, follow-ups, aftercare
  | 'monitoring.read' // the monthly status report (figures; persons behind them by need to know)
  | 'monitoring.targets' // targets and sub-goals for units and staff in the report
  | 'monitoring.manage' // clusters of municipalities, recomputing stored figures
  | 'fidelity.read' // fidelity reports: survey scores (anonymous, small cells suppressed) and behavioural fidelity
  | 'fidelity.manage' // survey rounds (start, close, invite), answer import, loading instruments
  | 'evaluation.run' // effect analyses on pseudonymised register and case data (aggregates only), saved analyses
  | 'economics.read' // cost models, unit prices and scenarios of the caller's units (no citizen data)
  | 'economics.manage'; // entering and changing cost models and scenarios

const grants: Record<Role, readonly Permission[]> = {
  // Flere skal med's integrated job broker works with both citizens and companies.
  jobformidler: ['citizen.read', 'citizen.write', 'citizen.cpr.reveal', 'case.record', 'staff.read', 'company.read', 'company.write', 'placement.write', 'monitoring.read'],
  virksomhedskonsulent: ['citizen.read', 'case.record', 'staff.read', 'company.read', 'company.write', 'placement.write'],
  // Mentors record hours and follow-ups (case.record) and see the company, but do not broker.
  mentor: ['citizen.read', 'case.record', 'staff.read', 'company.read'],
  leder: [
    'citizen.read',
    'citizen.write',
    'citizen.cpr.reveal',
    'citizen.transfer',
    'case.record',
    'pseudonymised.read',
    'staff.read',
    'rules.override',
    'team.read',
    // Answers a citizen's access request (GDPR art. 15) for the units they manage.
    'audit.read',
    'company.read',
    'company.write',
    'placement.write',
    'monitoring.read',
    'monitoring.targets',
    'fidelity.read',
    'fidelity.manage',
    'evaluation.run',
    'economics.read', 'economics.manage',
  ],
  analytiker: ['pseudonymised.read', 'monitoring.read', 'monitoring.manage', 'fidelity.read', 'fidelity.manage', 'evaluation.run', 'economics.read', 'economics.manage'],
  // Administrators manage accounts, units and settings; they read no case data and reveal no
  // CPR number unless they are also given a case role (GDPR art. 5(1)(c), issue 9 item 20).
  admin: ['staff.read', 'staff.manage', 'unit.manage', 'audit.read', 'rules.override', 'company.read', 'company.write', 'monitoring.manage'],
};

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/** True when any of the roles grants the permission. */
export function can(userRoles: readonly Role[], permission: Permission): boolean {
  return userRoles.some((role) => grants[role].includes(permission));
}

/**
 * Why a staff member may see a citizen who is not in their units: they hold
 * a role on one of the citizen's active courses, they are the consultant of
 * an agreed match on one, or they made or follow up a placement (or made
 * the work agreement for one) on one.
 */
export const citizenRelations = ['course_role', 'match', 'placement'] as const;
export type CitizenRelation = (typeof citizenRelations)[number];

/**
 * Which citizens a staff member may read (need to know, GDPR art. 5(1)(c)):
 * `units` = every citizen registered in their unit and the units below it;
 * `via` = besides those, every citizen they are related to in one of these
 * ways. No units and no relations: no citizen at all.
 */
export interface CitizenScope {
  units: boolean;
  via: readonly CitizenRelation[];
}

const roleScopes: Record<Role, CitizenScope> = {
  // The job broker owns the team's caseload and works with companies too (FSM's integrated broker).
  jobformidler: { units: true, via: citizenRelations },
  leder: { units: true, via: ['course_role'] },
  // The company consultant sees the citizens of their courses, matches and placements; others
  // only as candidate profiles for matching (matchingPool).
  virksomhedskonsulent: { units: false, via: citizenRelations },
  // A mentor sees only the citizens of courses where they hold a course role.
  mentor: { units: false, via: ['course_role'] },
  analytiker: { units: false, via: [] },
  admin: { units: false, via: [] },
};

/**
 * The one decision of which citizens a staff member with these roles may
 * read: the union of their roles' scopes. The database side
 * (server/access.ts, store/citizen-scope.ts) applies it to every citizen
 * read; routes do not decide this themselves.
 */
export function citizenScope(userRoles: readonly Role[]): CitizenScope {
  if (!can(userRoles, 'citizen.read')) return { units: false, via: [] };
  const scopes = userRoles.map((role) => roleScopes[role]);
  return {
    units: scopes.some((scope) => scope.units),
    via: citizenRelations.filter((relation) => scopes.some((scope) => scope.via.includes(relation))),
  };
}

/** True when the scope reaches no citizen at all. */
export function seesNoCitizen(scope: CitizenScope): boolean {
  return !scope.units && scope.via.length === 0;
}

/**
 * Whose citizens are ranked when a staff member looks for candidates for a
 * company or opening: `units` = every active course in their units, shown as
 * a candidate profile (name, postcode, model, phase, job goals and the score;
 * no contact details or case notes); `caseload` = only courses where they
 * hold a course role. A manager and a company consultant match across the
 * units; a job broker and a mentor from their own caseload.
 */
export function matchingPool(userRoles: readonly Role[]): 'units' | 'caseload' | 'none' {
  if (!can(userRoles, 'citizen.read') || !can(userRoles, 'company.read')) return 'none';
  return userRoles.some((role) => role === 'leder' || role === 'virksomhedskonsulent') ? 'units' : 'caseload';
}
