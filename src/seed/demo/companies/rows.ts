/** The rows the companies area inserts, by table, and their insertion in foreign-key order. */
import { insertRows, type DemoContext } from '../context.ts';
import type { Row } from '../cases/context.ts';

export class CompanyRows {
  readonly company: Row<'company'>[] = [];
  readonly company_address: Row<'company_address'>[] = [];
  readonly company_contact_person: Row<'company_contact_person'>[] = [];
  readonly company_interaction: Row<'company_interaction'>[] = [];
  readonly cooperation_agreement: Row<'cooperation_agreement'>[] = [];
  readonly cooperation_agreement_version: Row<'cooperation_agreement_version'>[] = [];
  readonly opening: Row<'opening'>[] = [];
  readonly job_match: Row<'job_match'>[] = [];
  readonly work_agreement: Row<'work_agreement'>[] = [];
  readonly work_agreement_version: Row<'work_agreement_version'>[] = [];
  readonly placement: Row<'placement'>[] = [];
  readonly placement_hours: Row<'placement_hours'>[] = [];
  readonly follow_up: Row<'follow_up'>[] = [];
  readonly aftercare_contact: Row<'aftercare_contact'>[] = [];
}

/** Inserts the collected rows, parents before children. */
export async function insertCompanyRows(ctx: DemoContext, r: CompanyRows): Promise<void> {
  await insertRows(ctx, 'company', r.company);
  await insertRows(ctx, 'company_address', r.company_address);
  await insertRows(ctx, 'company_contact_person', r.company_contact_person);
  await insertRows(ctx, 'company_interaction', r.company_interaction);
  await insertRows(ctx, 'cooperation_agreement', r.cooperation_agreement);
  await insertRows(ctx, 'cooperation_agreement_version', r.cooperation_agreement_version);
  await insertRows(ctx, 'opening', r.opening);
  await insertRows(ctx, 'job_match', r.job_match);
  await insertRows(ctx, 'work_agreement', r.work_agreement);
  await insertRows(ctx, 'work_agreement_version', r.work_agreement_version);
  await insertRows(ctx, 'placement', r.placement);
  await insertRows(ctx, 'placement_hours', r.placement_hours);
  await insertRows(ctx, 'follow_up', r.follow_up);
  await insertRows(ctx, 'aftercare_contact', r.aftercare_contact);
}
