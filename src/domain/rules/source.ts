/**
 * Small schema pieces shared by rule and model definitions: where a fact
 * comes from, bilingual names, identifiers.
 */
import { z } from 'zod';

/** The five seed reports, by file id. */
export const seedIds = ['000', '001', '002', '003', '004'] as const;
export type SeedId = (typeof seedIds)[number];

export const seedTitles: Record<SeedId, string> = {
  '000': 'Flere skal med – midtvejsevaluering (Rambøll/Mploy for STAR, feb. 2019)',
  '001': 'Særlig Tilrettelagt Virksomhedsforløb – casestudier (DISCUS, sep. 2019)',
  '002': 'Social støtte i overgang til og fastholdelse i job – slutevaluering (Rambøll for Socialstyrelsen, apr. 2021)',
  '003': 'Projekt Bedre Ressourceforløb – afsluttende evaluering, sammenfatning (DISCUS, sep. 2019)',
  '004': 'Uddannelses- og jobgaranti i ghettoer og udsatte boligområder – midtvejsevaluering (CFBU, 2019)',
};

export const SourceRefSchema = z
  .object({
    seed: z.enum(seedIds),
    /** Section number or, where the report has none, the section title. */
    section: z.string().min(1),
    note: z.string().min(1).optional(),
    /**
     * The report's numbers this reference vouches for, as plain numbers
     * (1418, 30, 0.5); scripts/check-citations.ts checks that each appears in
     * the cited section, however the report writes it ("1.418", "30 %", "0,5").
     */
    numbers: z.array(z.number()).min(1).optional(),
  })
  .strict();
export type SourceRef = z.infer<typeof SourceRefSchema>;

export const NameSchema = z.object({ da: z.string().min(1), en: z.string().min(1) }).strict();
export type Name = z.infer<typeof NameSchema>;

/** Ids as the sources write them (KE1, 1A, TRIN2) or short slugs (ke1.cv). */
export const IdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be letters, digits, ".", "_" or "-"');

export function formatSource(source: SourceRef): string {
  const where = /^\d/.test(source.section) ? `§${source.section}` : source.section;
  return `${source.seed} ${where}${source.note ? ` (${source.note})` : ''}`;
}
