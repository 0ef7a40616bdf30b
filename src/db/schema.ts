/**
 * Kysely table types. They mirror the SQL migrations in ./migrations; the
 * migrations are the source of truth.
 */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** DATE columns are read as 'YYYY-MM-DD' strings on both drivers (see types.ts). */
type DateString = string;

export interface UnitTable {
  id: Generated<string>;
  parent_id: string | null;
  kind: 'municipality' | 'jobcentre' | 'team' | 'outreach_office';
  name: string;
  housing_area: string | null;
  created_at: Timestamp;
}

export interface StaffTable {
  id: Generated<string>;
  username: string;
  display_name: string;
  email: string | null;
  unit_id: string;
  roles: string[];
  password_hash: string;
  active: Generated<boolean>;
  active_from: ColumnType<DateString, DateString | undefined, DateString>;
  active_to: DateString | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SessionTable {
  token_hash: string;
  staff_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
}

export interface CitizenTable {
  id: Generated<string>;
  pseudonym: string;
  first_name: string;
  last_name: string;
  birth_date: DateString;
  sex: 'female' | 'male';
  phone: string | null;
  email: string | null;
  address_line: string | null;
  postcode: string | null;
  city: string | null;
  unit_id: string;
  responsible_staff_id: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CitizenCprTable {
  citizen_id: string;
  cpr: string;
}

export interface BenefitSpellTable {
  id: Generated<string>;
  citizen_id: string;
  benefit_type: string;
  readiness: 'aktivitetsparat' | 'jobparat' | null;
  from_date: DateString;
  to_date: DateString | null;
  source: Generated<'case' | 'register'>;
}

export interface AuditEventTable {
  id: Generated<number>;
  at: Timestamp;
  staff_id: string | null;
  staff_username: string | null;
  action: string;
  method: string | null;
  route: string | null;
  citizen_pseudonym: string | null;
  detail: unknown | null;
}

export interface RuleOverrideTable {
  id: Generated<number>;
  unit_id: string;
  model_id: string;
  model_version: string | null;
  rule_id: string;
  parameter: string;
  /** NULL returns the parameter to the model's default. */
  value: number | null;
  reason: string | null;
  set_by: string;
  set_at: Timestamp;
}

export interface SchemaMigrationTable {
  version: number;
  name: string;
  checksum: string;
  applied_at: Timestamp;
}

export interface Database {
  unit: UnitTable;
  staff: StaffTable;
  session: SessionTable;
  citizen: CitizenTable;
  citizen_cpr: CitizenCprTable;
  benefit_spell: BenefitSpellTable;
  audit_event: AuditEventTable;
  rule_override: RuleOverrideTable;
  schema_migration: SchemaMigrationTable;
}
