/**
 * Pieces shared by the company routes: the response schemas of
 * docs/contracts/companies-api.md section A, input fields, and access. The
 * network is shared across the municipality: everyone with company.read sees
 * every company of their municipality; a company elsewhere is 404, so its
 * existence is not revealed.
 */
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../../db/schema.ts';
import { checkCvr } from '../../../domain/companies/cvr.ts';
import {
  agreementKinds,
  checkEmail,
  checkPhone,
  interactionKinds,
  normaliseIndustryCode,
  openingStatuses,
  sectors,
  sizeBands,
  unknownPostcode,
} from '../../../domain/companies/company.ts';
import { industry10Groups } from '../../../domain/companies/industry.ts';
import { can, isRole } from '../../../domain/organisation/roles.ts';
import { companyKey } from '../../../store/companies/companies.ts';
import { today } from '../../../store/facts.ts';
import { postcodeName } from '../../../store/postcodes.ts';
import { callerMunicipality } from '../../access.ts';
import { badRequest, notFound } from '../../errors.ts';
import { optionalText, personRef } from '../../schemas.ts';
import { checkMunicipalityStaff } from '../courses/access.ts';

export { today };

// ---- Response schemas ----

export const industrySchema = z
  .object({
    code: z.string().nullable().describe('DB07 code, 2-6 digits'),
    group10: z.enum(industry10Groups).nullable().describe('Danmarks Statistik 10-group of the code'),
    label: z.string().nullable().describe('Danish name of the 10-group'),
  })
  .describe('Industry: DB07 code and its 10-group');

export const addressSchema = z.object({
  id: z.string(),
  kind: z.enum(['main', 'workplace']),
  addressLine: z.string().nullable(),
  postcode: z.string(),
  city: z.string().nullable(),
});

export const companySummarySchema = z.object({
  id: z.string(),
  cvr: z.string(),
  name: z.string(),
  industry: industrySchema,
  sizeBand: z.enum(sizeBands).nullable(),
  sector: z.enum(sectors),
  postcode: z.string().nullable().describe('Of the main address'),
  city: z.string().nullable(),
  owner: personRef.nullable().describe('The staff member who owns the relationship'),
  ownerUnit: personRef.nullable(),
  lastInteractionOn: z.string().nullable(),
  openOpenings: z.number().int(),
  runningPlacements: z.number().int(),
  hasCooperationAgreement: z.boolean().describe('A cooperation agreement is in force today'),
  ordinaryHoursReady: z.boolean().describe('An agreement in force includes readiness to pay ordinary hours'),
});

export const companySchema = companySummarySchema.extend({
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  note: z.string().nullable(),
  addresses: z.array(addressSchema),
  version: z.number().int().describe('Send back on PATCH; a stale version is refused with 409'),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const contactPersonSchema = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  note: z.string().nullable(),
  active: z.boolean(),
});

export const interactionSchema = z.object({
  id: z.string(),
  kind: z.enum(interactionKinds),
  date: z.string(),
  staff: personRef,
  contactPerson: personRef.nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});

const agreementTermsSchema = {
  kind: z.enum(agreementKinds),
  places: z.number().int().nullable(),
  ordinaryHoursReadiness: z.boolean(),
  from: z.string(),
  to: z.string().nullable(),
  note: z.string().nullable(),
};

export const agreementSchema = z.object({
  id: z.string(),
  ...agreementTermsSchema,
  inForce: z.boolean(),
  version: z.number().int(),
  versions: z.array(
    z.object({
      versionNo: z.number().int(),
      ...agreementTermsSchema,
      reason: z.string().nullable().describe('Why the terms were renegotiated; null for the first version'),
      createdAt: z.string(),
      createdBy: personRef.nullable(),
    }),
  ),
  placesInUse: z.number().int().describe('Running placements at the company while the agreement is in force'),
});

export const openingSchema = z.object({
  id: z.string(),
  companyId: z.string(),
  companyName: z.string(),
  title: z.string(),
  tasks: z.string(),
  occupationCode: z.string().nullable().describe('DISCO-08'),
  industry: industrySchema,
  postcode: z.string(),
  city: z.string().nullable(),
  hoursMin: z.number(),
  hoursMax: z.number(),
  paidFromStart: z.boolean(),
  places: z.number().int(),
  placesTaken: z.number().int().describe('Placements in this opening not yet ended (running or starting later)'),
  status: z.enum(openingStatuses),
  openFrom: z.string(),
  openTo: z.string().nullable(),
  contactPerson: personRef.nullable(),
  version: z.number().int(),
});

export const statsSchema = z.object({
  placementsRunning: z.number().int(),
  placementsPast: z.number().int(),
  paidHoursTotal: z.number().describe('Actual paid ordinary hours at the company, all placements'),
  placementsWithPaidHours: z.number().int(),
  conversions: z.number().int().describe('Placements ended converted to paid hours'),
});

// ---- Input fields ----

/** A CVR number as typed (spaces and DK allowed), checked with modulus 11; the reason says what is wrong. */
export const cvrInput = z
  .string({ error: 'CVR-nummeret mangler.' })
  .transform((value, ctx) => {
    const result = checkCvr(value);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.reason });
      return z.NEVER;
    }
    return result.cvr;
  })
  .describe('CVR number, 8 digits (modulus 11)');

/** A Danish postcode from the shipped postcode list. */
export const postcodeInput = z
  .string({ error: 'Postnummeret mangler.' })
  .trim()
  .superRefine((value, ctx) => {
    if (postcodeName(value) === undefined) ctx.addIssue({ code: 'custom', message: unknownPostcode(value) });
  })
  .describe('Danish postcode, 4 digits');

/** A postcode or its first digits, for filters. */
export const postcodeFilter = z.string().trim().regex(/^[0-9]{1,4}$/, { error: 'Postnummeret skal være 1-4 cifre.' });

export const industryCodeInput = optionalText(12)
  .transform((value, ctx) => {
    if (value === null || value === undefined) return value;
    const result = normaliseIndustryCode(value);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.reason });
      return z.NEVER;
    }
    return result.code;
  })
  .describe('DB07 industry code, 2-6 digits');

export const occupationCodeInput = optionalText(4)
  .pipe(z.string().regex(/^[0-9]{1,4}$/, { error: 'En DISCO-08-kode er 1-4 cifre.' }).nullable().optional())
  .describe('DISCO-08 occupation code, 1-4 digits');

const checked = (max: number, check: (value: string) => string | null) =>
  optionalText(max).superRefine((value, ctx) => {
    const reason = value ? check(value) : null;
    if (reason) ctx.addIssue({ code: 'custom', message: reason });
  });

export const phoneInput = checked(30, checkPhone);
export const emailInput = checked(200, checkEmail);
export const websiteInput = checked(300, (value) =>
  /^(https?:\/\/)?[^\s/]+\.[^\s]+$/i.test(value) ? null : 'Angiv en webadresse, fx www.firma.dk.',
);

export const industry10Filter = z.enum(industry10Groups);

// ---- Access ----

/**
 * A company of the caller's municipality, or 404 naming `what` (a record of
 * the company, such as a contact person, is as hidden as the company). Call
 * before opening a transaction.
 */
export async function accessibleCompany(request: FastifyRequest, db: Kysely<Database>, companyId: string, what = 'Virksomheden') {
  const [key, municipalityId] = await Promise.all([companyKey(db, companyId), callerMunicipality(request)]);
  if (!key || key.municipalityId !== municipalityId) throw notFound(what);
  return key;
}

/**
 * The owner of a company relationship: an active staff member of the
 * caller's municipality whose role works with companies. Returns the owner's
 * unit (the owner unit) or a 400 on `fields.ownerStaffId`.
 */
export async function checkOwner(request: FastifyRequest, db: Kysely<Database>, staffId: string): Promise<{ staffId: string; unitId: string }> {
  const { staff, fields } = await checkMunicipalityStaff(request, db, staffId, 'ownerStaffId', (roles) =>
    can(roles.filter(isRole), 'company.write') ? null : 'Medarbejderens rolle arbejder ikke med virksomheder (kræver fx virksomhedskonsulent eller jobformidler).',
  );
  if (!staff) throw badRequest('Ugyldig ejer af relationen.', fields);
  return { staffId: staff.id, unitId: staff.unitId };
}
