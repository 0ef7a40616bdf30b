/**
 * Importing companies from CSV: a preview that writes nothing and shows, per
 * line, what would happen and every error by column; and the import itself,
 * which re-plans against the database inside its transaction and writes all
 * lines or, if any line has an error, none. Re-importing updates companies
 * by CVR number (the unique index company_cvr_per_municipality keeps one
 * company per CVR number), so a file can be imported again after a fix.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../../db/schema.ts';
import { isUniqueViolation } from '../../../db/errors.ts';
import { importErrorFields, importLimits, planImport, publicRow, type ImportPlan } from '../../../domain/companies/company-import.ts';
import { applyImport, companiesByCvr } from '../../../store/companies/import.ts';
import { postcodeName } from '../../../store/postcodes.ts';
import { callerMunicipality, requirePermission } from '../../access.ts';
import { badRequest, conflict } from '../../errors.ts';
import { errorResponses } from '../../schemas.ts';

const importBody = z.object({
  csv: z
    .string({ error: 'Indsæt indholdet af CSV-filen.' })
    .describe('The file as text (UTF-8, with or without BOM), ;- or ,-separated, headers on the first line; at most 2 MB and 5,000 lines'),
});

const importRowSchema = z.object({
  line: z.number().int().describe('Line in the file where the record starts; the header is line 1'),
  cvr: z.string(),
  name: z.string(),
  action: z.enum(['create', 'update', 'unchanged', 'error']),
  errors: z.array(z.object({ column: z.string(), message: z.string() })),
  changes: z.array(z.string()).describe('Columns that would change (all filled columns for a new company)'),
});

const previewSchema = z.object({
  rows: z.array(importRowSchema),
  summary: z.object({
    total: z.number().int(),
    create: z.number().int(),
    update: z.number().int(),
    unchanged: z.number().int(),
    errors: z.number().int(),
  }),
});

/** JSON escaping can double a CSV's size, so the body limit is above the file limit checked below. */
const bodyLimit = 3 * importLimits.maxBytes;

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace('.', ',');
}

/** The plan for the file against the municipality's companies read through `db`, or 400 on `fields.csv` when the file cannot be read. */
async function plan(db: Kysely<Database>, municipalityId: string, csv: string): Promise<ImportPlan> {
  const bytes = Buffer.byteLength(csv, 'utf8');
  if (bytes > importLimits.maxBytes) {
    throw badRequest('Filen er for stor.', { csv: `Filen fylder ${megabytes(bytes)} MB; højst 2 MB kan importeres ad gangen. Del filen op.` });
  }
  const result = planImport(csv, await companiesByCvr(db, municipalityId), postcodeName);
  if (!result.ok) throw badRequest('Filen kan ikke læses.', { csv: result.reason });
  return result.value;
}

export function importRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  /** What an import of the file would do, line by line, with every error; writes nothing. */
  r.post(
    '/api/companies/import/preview',
    {
      bodyLimit,
      schema: {
        tags: ['companies'],
        summary: 'Preview a CSV import of companies (writes nothing)',
        body: importBody,
        response: { 200: previewSchema, ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'company.write');
      const result = await plan(db, await callerMunicipality(request), request.body.csv);
      return { rows: result.rows.map(publicRow), summary: result.summary };
    },
  );

  /**
   * Imports the file: every line or none. With any error the answer is 400
   * with `fields['row.<line>.<column>']` per error and nothing is written.
   */
  r.post(
    '/api/companies/import',
    {
      bodyLimit,
      schema: {
        tags: ['companies'],
        summary: 'Import companies from CSV (all lines or none)',
        body: importBody,
        response: {
          200: z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'company.write');
      const municipalityId = await callerMunicipality(request);
      return db
        .transaction()
        .execute(async (trx) => {
          // Planned inside the transaction, so it is compared with what it writes over.
          const result = await plan(trx, municipalityId, request.body.csv);
          if (result.summary.errors > 0) {
            const lines = result.summary.errors;
            throw badRequest(
              `${lines} ${lines === 1 ? 'linje' : 'linjer'} i filen har fejl; intet er importeret. Ret fejlene og importér filen igen.`,
              importErrorFields(result.rows),
            );
          }
          return applyImport(trx, municipalityId, result.rows, { staffId: user.id, unitId: user.unitId });
        })
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) {
            throw conflict('En anden har registreret nogle af virksomhederne imens; intet er importeret.', {
              csv: 'Vis forhåndsvisningen igen, og importér derefter filen.',
            });
          }
          throw error;
        });
    },
  );
}
