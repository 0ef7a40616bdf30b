/** Types for the Jobspor HTTP API, as agreed in the platform contract. */
import type { AuditRow } from '../../../src/store/audit-search.ts';

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
  /** Set after `jobspor init`: only the password change is open until it is changed. */
  passwordChangeRequired: boolean;
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

/** One audit event as the audit search returns it (src/store/audit-search.ts). */
export type AuditEntry = AuditRow;

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
