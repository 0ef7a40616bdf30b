/**
 * Response shapes of the matching routes (docs/contracts/companies-api.md,
 * section B), shared by the suggestion, candidate and match modules.
 */
import { z } from 'zod';
import { componentKeys } from '../../../domain/companies/matching.ts';
import { personRef } from '../../schemas.ts';
import { industrySchema } from '../companies/shared.ts';

export const scoreComponentSchema = z.object({
  key: z.enum(componentKeys),
  points: z.number(),
  max: z.number(),
  reason: z.string().describe('Danish: exactly why these points'),
});

export const matchSuggestionSchema = z.object({
  company: z.object({ id: z.string(), name: z.string(), industry: industrySchema, postcode: z.string().nullable(), city: z.string().nullable() }),
  opening: z.object({ id: z.string(), title: z.string(), hoursMin: z.number(), hoursMax: z.number(), paidFromStart: z.boolean() }).nullable(),
  score: z.number().describe('0-100, the sum of the components'),
  rank: z.number().int(),
  distanceKm: z.number().nullable(),
  components: z.array(scoreComponentSchema),
});

export const candidateSuggestionSchema = z.object({
  citizen: z.object({ id: z.string(), name: z.string(), postcode: z.string().nullable() }),
  courseId: z.string(),
  modelId: z.string(),
  phase: z.string().nullable(),
  score: z.number(),
  rank: z.number().int(),
  distanceKm: z.number().nullable(),
  components: z.array(scoreComponentSchema),
});

export const matchSchema = z.object({
  id: z.string(),
  courseId: z.string(),
  company: personRef,
  opening: z.object({ id: z.string(), title: z.string() }).nullable(),
  consultant: personRef,
  matchedOn: z.string(),
  rationale: z.string(),
  score: z.object({ score: z.number(), components: z.array(scoreComponentSchema) }).nullable().describe('The score when the match was made'),
  status: z.enum(['agreed', 'withdrawn']),
  withdrawnOn: z.string().nullable(),
  withdrawnReason: z.string().nullable(),
  createdAt: z.string(),
});

/** `limit` of the suggestion and candidate lists. */
export const listLimit = z.coerce.number().int().min(1, { error: 'Mindst 1.' }).max(100, { error: 'Højst 100.' }).default(20);
