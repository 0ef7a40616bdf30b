/**
 * Demo answers to the progression instruments, scored by the instruments'
 * own rules in domain/cases/instruments.ts (a missing item makes the score
 * null, never zero).
 *
 * Levels follow 002: WHO-5 baseline 47.2 (population 68), GSE baseline
 * 26.4 (population 33); change over a course is modest on average and
 * negative for some.
 */
import { instruments, scoreAnswers, type InstrumentId } from '../../../domain/cases/instruments.ts';
import type { Random } from '../random.ts';

export type Instrument = InstrumentId;

/** The score by the instrument's own rule (domain/cases/instruments.ts); null when an item is missing. */
export function scoreOf(instrument: Instrument, answers: Record<string, number | null>): number | null {
  const result = scoreAnswers(instruments[instrument], answers);
  if (!result.ok) throw new Error(`demo answers for ${instrument} are invalid: ${JSON.stringify(result.errors)}`);
  return result.score;
}

/** Answers whose score lands near `level` (on the instrument's score scale); one item left out when `missing`. */
export function answersNear(random: Random, instrument: Instrument, level: number, missing = false): Record<string, number | null> {
  const definition = instruments[instrument];
  const spec = definition.scale;
  const n = definition.items.length;
  const scoring = definition.scoring;
  const rawTarget = scoring.kind === 'sum' ? level / scoring.factor : level * n;
  const total = Math.min(n * spec.max, Math.max(n * spec.min, Math.round(rawTarget)));
  const values = Array<number>(n).fill(Math.floor(total / n));
  for (let left = total - Math.floor(total / n) * n, i = 0; left > 0; i++) {
    const k = random.int(0, n - 1);
    if ((values[k] ?? 0) < spec.max) {
      values[k] = (values[k] ?? 0) + 1;
      left--;
    }
    if (i > 1000) break;
  }
  // Spread the answers a little without changing the sum.
  for (let i = 0; i < n; i++) {
    const a = random.int(0, n - 1);
    const b = random.int(0, n - 1);
    if (a !== b && (values[a] ?? 0) < spec.max && (values[b] ?? 0) > spec.min) {
      values[a] = (values[a] ?? 0) + 1;
      values[b] = (values[b] ?? 0) - 1;
    }
  }
  const answers: Record<string, number | null> = {};
  definition.items.forEach((item, i) => (answers[item.id] = values[i] ?? null));
  if (missing) answers[definition.items[random.int(0, n - 1)]!.id] = null;
  return answers;
}

/** A citizen's level on an instrument at measurement k (0 = baseline): baseline plus a personal trend and noise. */
export interface Trajectory {
  baseline: number;
  /** Change per measurement. */
  slope: number;
  noise: number;
  min: number;
  max: number;
}

export function levelAt(random: Random, t: Trajectory, k: number): number {
  return Math.min(t.max, Math.max(t.min, t.baseline + t.slope * k + random.normal(0, t.noise)));
}

/** WHO-5, GSE and BIP trajectories for a social-support citizen; about one in five declines. */
export function socialSupportTrajectories(random: Random): Record<'WHO-5' | 'GSE' | 'BIP', Trajectory> {
  const declining = random.chance(0.2);
  return {
    'WHO-5': { baseline: random.normal(47, 15, 8, 88), slope: declining ? random.normal(-3, 2, -8, 0) : random.normal(3.5, 2.5, 0, 10), noise: 4, min: 0, max: 100 },
    GSE: { baseline: random.normal(26.4, 4.5, 12, 38), slope: declining ? random.normal(-0.5, 0.4, -2, 0) : random.normal(0.9, 0.6, 0, 3), noise: 1, min: 10, max: 40 },
    BIP: { baseline: random.normal(2.7, 0.6, 1.2, 4.5), slope: declining ? random.normal(-0.08, 0.06, -0.3, 0) : random.normal(0.15, 0.1, 0, 0.5), noise: 0.15, min: 1, max: 5 },
  };
}

/** BRF-11 trajectory for a resource-programme citizen. */
export function resourceTrajectory(random: Random): Trajectory {
  return { baseline: random.normal(2.6, 0.55, 1.3, 4.2), slope: random.normal(0.25, 0.25, -0.4, 0.9), noise: 0.12, min: 1, max: 5 };
}
