/** Shorthands for writing model definitions; the registry validates the result. */
import type { z } from 'zod';
import type { SeedId, SourceRef } from '../../rules/source.ts';
import type { ParameterBasis, ParameterSpec } from '../../rules/vocabulary.ts';
import type { ModelDefinitionSchema } from '../schema.ts';

/** What a definition file exports before validation. */
export type ModelDefinitionInput = z.input<typeof ModelDefinitionSchema>;

/**
 * A source reference: `ref('000', '5.2')`, with a note `ref('000', '4.1', 'no deadline')`
 * and/or the report's numbers it vouches for `ref('000', '5.2', [47, 52])`,
 * `ref('000', '5.2', 'average', [47])` (checked by scripts/check-citations.ts).
 */
export function ref(seed: SeedId, section: string, note?: string | readonly number[], numbers?: readonly number[]): SourceRef {
  const text = typeof note === 'string' ? note : undefined;
  const cited = typeof note === 'string' ? numbers : (note ?? numbers);
  return {
    seed,
    section,
    ...(text === undefined ? {} : { note: text }),
    ...(cited === undefined ? {} : { numbers: [...cited] }),
  };
}

function spec(unit: ParameterSpec['unit']) {
  return (value: number, bounds: [number, number], basis: ParameterBasis, source: SourceRef): ParameterSpec => ({
    value,
    min: bounds[0],
    max: bounds[1],
    unit,
    basis,
    source,
  });
}

export const inDays = spec('days');
export const inWeeks = spec('weeks');
export const count = spec('count');

/** A yes/no parameter (1 = yes); a municipality may switch it within [0, 1]. */
export function flag(value: 0 | 1, basis: ParameterBasis, source: SourceRef): ParameterSpec {
  return spec('flag')(value, [0, 1], basis, source);
}

/** Five-point agreement scale; 'enig' and 'helt enig' count as agreement. */
export function agreementScale(source: SourceRef): ModelDefinitionInput['fidelityScale'] {
  return {
    description: 'Udsagn besvares på en femtrinsskala fra helt uenig til helt enig; fideliteten er andelen, der svarer enig eller helt enig.',
    points: [
      { value: 1, label: 'Helt uenig' },
      { value: 2, label: 'Uenig' },
      { value: 3, label: 'Hverken enig eller uenig' },
      { value: 4, label: 'Enig' },
      { value: 5, label: 'Helt enig' },
    ],
    positive: [4, 5],
    source,
  };
}

/**
 * A numeric fidelity scale 1..top, labelled at both ends; the upper
 * `positiveFrom`..top count as high fidelity.
 */
export function ratingScale(
  top: number,
  ends: { low: string; high: string },
  positiveFrom: number,
  description: string,
  source: SourceRef,
): ModelDefinitionInput['fidelityScale'] {
  const values = Array.from({ length: top }, (_, i) => i + 1);
  return {
    description,
    points: values.map((value) => ({ value, label: value === 1 ? `1 – ${ends.low}` : value === top ? `${top} – ${ends.high}` : String(value) })),
    positive: values.filter((v) => v >= positiveFrom),
    source,
  };
}

/** Placement types that are company-oriented activity or combine it with paid hours. */
export const companyPlacements = ['virksomhedspraktik', 'loentilskud', 'hybrid'] as const;

/**
 * Paid, unsubsidised work at a company: ordinary hours (småjob) and an
 * ordinary job. Models whose follow-up covers retention in work (000 KE6, 004
 * TRIN 3, 001 3C) add these to `companyPlacements`; see docs/rules.md.
 */
export const ordinaryWorkPlacements = ['ordinary_hours', 'job'] as const;

/** Contacts that are conversations with the citizen (not phone, SMS or e-mail). */
export const conversationKinds = ['meeting', 'start_meeting', 'three_party', 'home_visit', 'walk', 'company_follow_up'] as const;
