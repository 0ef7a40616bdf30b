/**
 * The database side of the company import: the municipality's companies by
 * CVR number (what a file is compared with) and applying a plan without
 * errors inside the caller's transaction. New companies are inserted in
 * batches; updates touch only companies whose values changed.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ExistingCompany, PlannedRow } from '../../domain/companies/company-import.ts';
import { setMainAddress } from './companies.ts';

/** The municipality's companies by CVR number, with their main address. */
export async function companiesByCvr(db: Kysely<Database>, municipalityId: string): Promise<Map<string, ExistingCompany>> {
  const rows = await db
    .selectFrom('company as c')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('company_address as a')
          .select(['a.address_line', 'a.postcode', 'a.city'])
          .whereRef('a.company_id', '=', 'c.id')
          .where('a.kind', '=', 'main')
          .orderBy('a.created_at')
          .limit(1)
          .as('main'),
      (join) => join.onTrue(),
    )
    .select(['c.id', 'c.cvr', 'c.name', 'c.industry_code', 'c.size_band', 'c.sector', 'c.phone', 'c.email', 'main.address_line', 'main.postcode', 'main.city'])
    .where('c.municipality_id', '=', municipalityId)
    .execute();
  return new Map(
    rows.map((row) => [
      row.cvr,
      {
        id: row.id,
        name: row.name,
        industryCode: row.industry_code,
        sizeBand: row.size_band,
        sector: row.sector,
        phone: row.phone,
        email: row.email,
        main: row.postcode ? { addressLine: row.address_line ?? null, postcode: row.postcode, city: row.city ?? null } : null,
      },
    ]),
  );
}

const batchSize = 500;

/**
 * Writes the creates and updates of a plan (rows with errors must have been
 * refused before). New companies are owned by the importing staff member and
 * their unit. Returns the counts.
 */
export async function applyImport(
  trx: Kysely<Database>,
  municipalityId: string,
  rows: readonly PlannedRow[],
  owner: { staffId: string; unitId: string },
): Promise<{ created: number; updated: number; unchanged: number }> {
  const creates = rows.filter((r) => r.action === 'create' && r.record);
  const updates = rows.filter((r) => r.action === 'update' && r.record && r.existingId);
  for (let i = 0; i < creates.length; i += batchSize) {
    const batch = creates.slice(i, i + batchSize);
    const inserted = await trx
      .insertInto('company')
      .values(
        batch.map((row) => ({
          municipality_id: municipalityId,
          cvr: row.cvr,
          name: row.record!.name,
          industry_code: row.record!.industryCode,
          size_band: row.record!.sizeBand,
          sector: row.record!.sector,
          phone: row.record!.phone,
          email: row.record!.email,
          owner_staff_id: owner.staffId,
          owner_unit_id: owner.unitId,
          created_by: owner.staffId,
        })),
      )
      .returning(['id', 'cvr'])
      .execute();
    const idByCvr = new Map(inserted.map((r) => [r.cvr, r.id]));
    await trx
      .insertInto('company_address')
      .values(
        batch.map((row) => ({
          company_id: idByCvr.get(row.cvr)!,
          kind: 'main' as const,
          address_line: row.record!.main.addressLine,
          postcode: row.record!.main.postcode,
          city: row.record!.main.city,
        })),
      )
      .execute();
  }
  for (const row of updates) {
    const record = row.record!;
    await trx
      .updateTable('company')
      .set({
        name: record.name,
        industry_code: record.industryCode,
        size_band: record.sizeBand,
        sector: record.sector,
        phone: record.phone,
        email: record.email,
        version: sql`version + 1`,
        updated_at: new Date(),
      })
      .where('id', '=', row.existingId!)
      .execute();
    if (row.changes.some((c) => c === 'address' || c === 'postcode' || c === 'city')) await setMainAddress(trx, row.existingId!, record.main);
  }
  return { created: creates.length, updated: updates.length, unchanged: rows.filter((r) => r.action === 'unchanged').length };
}
