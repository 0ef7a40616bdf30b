/** Zod schemas shared by several routes (and so by the OpenAPI document). */
import { z } from 'zod';
import { roles } from '../domain/organisation/roles.ts';

export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});

/** Standard error responses to list in a route's schema. */
export const errorResponses = {
  400: errorBody,
  401: errorBody,
  403: errorBody,
  404: errorBody,
  409: errorBody,
} as const;

export const roleSchema = z.enum(roles);
export const uuid = z.uuid({ error: 'Skal være et gyldigt id (UUID).' });
export const isoDate = z.iso
  .date({ error: 'Skal være en dato (ÅÅÅÅ-MM-DD).' })
  .refine((d) => d >= '1900-01-01' && d <= '2100-12-31', { error: 'Datoen skal ligge mellem 1900 og 2100.' });

/** Optimistic-concurrency version numbers (PostgreSQL integer). */
export const versionNumber = z.number({ error: 'Versionen mangler.' }).int().min(0).max(2_147_483_647);
export const idParams = z.object({ id: uuid });

/** A named record in a response (a staff member, citizen, company, unit, ...): its id and display name. */
export const personRef = z.object({ id: z.string(), name: z.string() });
/** The staff member who made or is named on a record, or null when there is none. */
export const staffRef = personRef.nullable();

/** Optional text: trimmed, and '' means "no value". */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Højst ${max} tegn.` })
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

export const requiredText = (max: number) =>
  z.string({ error: 'Skal udfyldes.' }).trim().min(1, { error: 'Skal udfyldes.' }).max(max, { error: `Højst ${max} tegn.` });

export const paging = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};
