/** Types for the Jobspor HTTP API, as agreed in the platform contract. */

export const roles = ['jobformidler', 'virksomhedskonsulent', 'mentor', 'leder', 'analytiker', 'admin'] as const;
export type Role = (typeof roles)[number];

export type UnitKind = 'municipality' | 'jobcentre' | 'team' | 'outreach_office';
export const unitKinds: readonly UnitKind[] = ['municipality', 'jobcentre', 'team', 'outreach_office'];

export interface Me {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  unit: { id: string; name: string; kind: UnitKind };
  unitPath: string[];
}

export interface Unit {
  id: string;
  parentId: string | null;
  kind: UnitKind;
  name: string;
  housingArea: string | null;
  staffCount: number;
  citizenCount: number;
}

export interface Staff {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  unitId: string;
  unitName: string;
  roles: string[];
  active: boolean;
}

export type Sex = 'female' | 'male';

export interface CurrentBenefit {
  benefitType: string;
  readiness: string | null;
  fromDate: string;
}

export interface CitizenSummary {
  id: string;
  pseudonym: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  age: number;
  sex: Sex;
  unitId: string;
  unitName: string;
  responsibleStaffId: string | null;
  responsibleStaffName: string | null;
  currentBenefit: CurrentBenefit | null;
}

export interface BenefitSpell {
  id: string;
  benefitType: string;
  readiness: string | null;
  fromDate: string;
  toDate: string | null;
  source: 'case' | 'register';
}

export interface Citizen extends CitizenSummary {
  cprMasked: string;
  phone: string | null;
  email: string | null;
  addressLine: string | null;
  postcode: string | null;
  city: string | null;
  version: number;
  benefitSpells: BenefitSpell[];
  createdAt: string;
  updatedAt: string;
  /** Set when the citizen has moved to another municipality: the record is closed. */
  transfer: { toMunicipality: string; movedOn: string; recordedAt: string } | null;
}

export interface Page<T> {
  total: number;
  items: T[];
}

export interface AuditEntry {
  id: number;
  at: string;
  staffId: string | null;
  staffUsername: string | null;
  staffName: string | null;
  action: string;
  method: string | null;
  route: string | null;
  /** The one citizen of a one-citizen event. */
  citizenPseudonym: string | null;
  /** Every citizen the event touched or showed (a list names all it showed). */
  citizenPseudonyms: string[];
  detail: unknown;
}

export interface AuditResult extends Page<AuditEntry> {
  /** The citizen searched for, when one was named. */
  citizen: { pseudonym: string } | null;
}

export interface CitizenCreate {
  cpr: string;
  firstName: string;
  lastName: string;
  phone?: string;
  email?: string;
  addressLine?: string;
  postcode?: string;
  city?: string;
  unitId: string;
  responsibleStaffId?: string;
}

/** Only changed fields are sent; a cleared optional field is sent as null. */
export interface CitizenPatch {
  version: number;
  firstName?: string;
  lastName?: string;
  phone?: string | null;
  email?: string | null;
  addressLine?: string | null;
  postcode?: string | null;
  city?: string | null;
  unitId?: string;
  responsibleStaffId?: string | null;
}

export interface StaffCreate {
  username: string;
  displayName: string;
  email?: string;
  unitId: string;
  roles: string[];
  password: string;
}

export interface StaffPatch {
  displayName?: string;
  email?: string;
  unitId?: string;
  roles?: string[];
  active?: boolean;
}

export interface UnitCreate {
  parentId: string;
  kind: UnitKind;
  name: string;
  housingArea?: string;
}
