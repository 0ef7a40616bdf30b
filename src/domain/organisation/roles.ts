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
  | 'placement.write'; // matches, work agreements, placements, hours, follow-ups, aftercare

const grants: Record<Role, readonly Permission[]> = {
  // Flere skal med's integrated job broker works with both citizens and companies.
  jobformidler: ['citizen.read', 'citizen.write', 'citizen.cpr.reveal', 'case.record', 'staff.read', 'company.read', 'company.write', 'placement.write'],
  virksomhedskonsulent: ['citizen.read', 'case.record', 'staff.read', 'company.read', 'company.write', 'placement.write'],
  // Mentors record hours and follow-ups (case.record) and see the company, but do not broker.
  mentor: ['citizen.read', 'case.record', 'staff.read', 'company.read'],
  leder: [
    'citizen.read',
    'citizen.write',
    'citizen.cpr.reveal',
    'case.record',
    'pseudonymised.read',
    'staff.read',
    'rules.override',
    'team.read',
    'company.read',
    'company.write',
    'placement.write',
  ],
  analytiker: ['pseudonymised.read'],
  admin: [
    'citizen.read',
    'citizen.write',
    'citizen.cpr.reveal',
    'case.record',
    'staff.read',
    'staff.manage',
    'unit.manage',
    'audit.read',
    'rules.override',
    'company.read',
    'company.write',
    'placement.write',
  ],
};

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/** True when any of the roles grants the permission. */
export function can(userRoles: readonly Role[], permission: Permission): boolean {
  return userRoles.some((role) => grants[role].includes(permission));
}

/**
 * How far up the unit tree a role's view of citizens reaches: front-line
 * roles see their own team, managers and administrators their whole unit.
 */
export function citizenScope(userRoles: readonly Role[]): 'team' | 'unit' {
  return userRoles.some((role) => role === 'leder' || role === 'admin' || role === 'analytiker') ? 'unit' : 'team';
}
