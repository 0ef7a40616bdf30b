/**
 * Visitation: how a model assigns citizens to groups or tracks (FSM groups
 * 1/2/3 and code 6, STV's AK/RF, the social-support random draw with its
 * exclusion reasons), plus the pure rules that go with it.
 */
import { z } from 'zod';
import { toDay } from '../rules/days.ts';
import type { IsoDate } from '../rules/facts.ts';
import { IdSchema, NameSchema, SourceRefSchema } from '../rules/source.ts';
import type { ModelDefinition } from './schema.ts';

export const VisitationSchema = z
  .object({
    method: z.enum(['assessment', 'track', 'random_draw']),
    description: z.string().min(1),
    source: SourceRefSchema,
    groups: z
      .array(
        z
          .object({
            id: IdSchema,
            name: NameSchema,
            description: z.string().min(1),
            /** Whether citizens in the group take part in the model's intervention. */
            participates: z.boolean(),
            /** Share of the target group reported in the source, in percent. */
            reportedShare: z.object({ percent: z.number().min(0).max(100), source: SourceRefSchema }).strict().optional(),
          })
          .strict(),
      )
      .min(1),
    /** Reasons a municipality may give for leaving a drawn citizen out (random draw only). */
    exclusionReasons: z.array(z.object({ id: IdSchema, label: z.string().min(1) }).strict()).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.method === 'random_draw' && !v.exclusionReasons?.length) {
      ctx.addIssue({ code: 'custom', path: ['exclusionReasons'], message: 'a random draw must list its exclusion reasons' });
    }
    if (v.method !== 'random_draw' && v.exclusionReasons) {
      ctx.addIssue({ code: 'custom', path: ['exclusionReasons'], message: 'exclusion reasons belong to a random draw only' });
    }
  });
export type Visitation = z.infer<typeof VisitationSchema>;

/** Checks a reason for leaving a drawn citizen out against the model's list. */
export function checkDrawExclusion(definition: ModelDefinition, reasonId: string): { ok: true; label: string } | { ok: false; reason: string } {
  const visitation = definition.visitation;
  if (visitation?.method !== 'random_draw') return { ok: false, reason: `Modellen '${definition.id}' visiterer ikke ved lodtrækning.` };
  const found = visitation.exclusionReasons?.find((r) => r.id === reasonId);
  if (!found) {
    const allowed = (visitation.exclusionReasons ?? []).map((r) => r.id).join(', ');
    return { ok: false, reason: `'${reasonId}' er ikke en tilladt frasorteringsgrund (tilladt: ${allowed}).` };
  }
  return { ok: true, label: found.label };
}

export interface VisitationRow {
  group: string;
  start: IsoDate;
  end?: IsoDate;
}

interface PickOptions {
  groups: readonly string[];
  /** Which start date is preferred: the latest (closest to a reference after the period) or the earliest. */
  prefer: 'latest_start' | 'earliest_start';
  /** Tie-break order of groups. */
  priority: readonly string[];
}

/** One row per citizen from several visitation rows (rows ending before they start are ignored). */
export function pickVisitationRow(rows: readonly VisitationRow[], options: PickOptions): VisitationRow | undefined {
  const end = (r: VisitationRow) => (r.end === undefined ? Infinity : toDay(r.end));
  const candidates = rows.filter((r) => options.groups.includes(r.group) && end(r) >= toDay(r.start));
  candidates.sort((a, b) => {
    const byStart = toDay(a.start) - toDay(b.start);
    if (byStart !== 0) return options.prefer === 'latest_start' ? -byStart : byStart;
    const byEnd = end(b) - end(a);
    if (byEnd !== 0 && !Number.isNaN(byEnd)) return byEnd;
    return options.priority.indexOf(a.group) - options.priority.indexOf(b.group);
  });
  return candidates[0];
}

/**
 * The Flere skal med rule for giving each citizen one visitation group
 * (000 §6, Bilag 1): rows starting August 2017 - January 2018 prefer the start
 * closest to 31 January 2018 and may be group 6 (postponed); rows starting
 * February - March 2018 prefer the start closest to 1 February 2018. Ties go
 * to the row with the longest time to its end, then to group 1, 2, 3, 6. A
 * citizen postponed (6) in the first period who got group 1, 2 or 3 in the
 * second is placed by the second period's rule.
 */
export function fsmVisitationGroup(rows: readonly VisitationRow[]): VisitationRow | undefined {
  const inPeriod = (from: string, to: string) => rows.filter((r) => r.start >= from && r.start <= to);
  const first = pickVisitationRow(inPeriod('2017-08-01', '2018-01-31'), {
    groups: ['1', '2', '3', '6'],
    prefer: 'latest_start',
    priority: ['1', '2', '3', '6'],
  });
  const second = pickVisitationRow(inPeriod('2018-02-01', '2018-03-31'), {
    groups: ['1', '2', '3'],
    prefer: 'earliest_start',
    priority: ['1', '2', '3'],
  });
  if (first && (first.group !== '6' || !second)) return first;
  return second ?? first;
}
