/**
 * Survey data for the fidelity report tests, inserted with SQL (independent
 * of the rounds store): a three-section instrument for Bedre
 * Ressourceforløb, two closed rounds (Start 2026-01, Slut 2026-06) over
 * four teams, and 20 anonymous responses per round.
 *
 * Per team: respondents and how many agree on s1, s2, s3 (the rest
 * disagree). Round 1 totals: s1 9/20 = 45 %, s2 10/20 = 50 %, s3 15/20 =
 * 75 %. Round 2: s1 10/20 = 50 % (+5 exactly: yellow), s2 16/20 = 80 %
 * (+30: green), s3 10/20 = 50 % (-25: red). Team D has 2 respondents in
 * round 1 (suppressed, and Team C with it).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import type { Fixture } from './fixtures.ts';

export const FIDELITY_MODEL = 'bedre-ressourceforloeb';

const likert = {
  id: 'l5',
  kind: 'likert',
  points: [1, 2, 3, 4, 5].map((value) => ({ value, label: { da: `Svar ${value}`, en: `Answer ${value}` } })),
  agreement: [4, 5],
};

export const reportInstrument = {
  id: 'test.brf-report',
  version: '1.0.0',
  name: { da: 'Testredskab', en: 'Test instrument' },
  description: 'Three one-item sections for the report tests.',
  source: { seed: '003', section: '3.1' },
  modelId: FIDELITY_MODEL,
  respondentRoles: ['leder', 'jobformidler', 'virksomhedskonsulent', 'mentor'],
  scales: [likert],
  sections: [
    { id: 's1', title: { da: 'Forberedelse', en: 'Preparation' }, coreElement: '1A', source: { seed: '003', section: '3.1' }, items: [{ id: 'a1', statement: 'Udsagn 1', scale: 'l5' }] },
    { id: 's2', title: { da: 'Mål', en: 'Goals' }, coreElement: '2A', source: { seed: '003', section: '3.1' }, items: [{ id: 'b1', statement: 'Udsagn 2', scale: 'l5' }] },
    { id: 's3', title: { da: 'Match', en: 'Match' }, coreElement: '3B', source: { seed: '003', section: '3.1' }, items: [{ id: 'c1', statement: 'Udsagn 3', scale: 'l5' }] },
  ],
  scoring: { method: 'share_agreeing' },
};

type Team = 'A' | 'B' | 'C' | 'D';
const plan: Record<'r1' | 'r2', Record<Team, [number, number, number, number]>> = {
  r1: { A: [8, 4, 4, 6], B: [6, 3, 3, 5], C: [4, 1, 2, 3], D: [2, 1, 1, 1] },
  r2: { A: [8, 4, 8, 4], B: [4, 1, 3, 1], C: [4, 3, 3, 3], D: [4, 2, 2, 2] },
};
/** Roles over each round's 20 respondents in order: 10 job brokers, 5 company consultants, 3 leaders, 2 mentors. */
const roleAt = (i: number) => (i < 10 ? 'jobformidler' : i < 15 ? 'virksomhedskonsulent' : i < 18 ? 'leder' : 'mentor');

export interface FidelityReportFixture {
  units: Record<Team, string>;
  rounds: { r1: string; r2: string };
}

export async function buildFidelityReportFixture(db: Kysely<Database>, fixture: Fixture): Promise<FidelityReportFixture> {
  const team = async (name: string) =>
    (await db.insertInto('unit').values({ kind: 'team', name, parent_id: fixture.jobcentreId }).returning('id').executeTakeFirstOrThrow()).id;
  const units: Record<Team, string> = { A: fixture.teamA, B: fixture.teamB, C: await team('Team C'), D: await team('Team D') };
  await db
    .insertInto('fidelity_instrument')
    .values({ id: reportInstrument.id, version: reportInstrument.version, model_id: FIDELITY_MODEL, definition: JSON.stringify(reportInstrument), builtin: false, municipality_id: fixture.municipalityId })
    .execute();
  const dates = { r1: ['2026-01-05', '2026-01-31', 'baseline', 'Start'], r2: ['2026-06-01', '2026-06-30', 'end', 'Slut'] } as const;
  const rounds = { r1: '', r2: '' };
  for (const key of ['r1', 'r2'] as const) {
    const [opens, closes, wave, name] = dates[key];
    const round = await db
      .insertInto('fidelity_round')
      .values({
        municipality_id: fixture.municipalityId,
        instrument_id: reportInstrument.id,
        instrument_version: reportInstrument.version,
        model_id: FIDELITY_MODEL,
        wave,
        name,
        opens_on: opens,
        closes_on: closes,
        created_by: fixture.staff.leder!.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    rounds[key] = round.id;
    await db
      .insertInto('fidelity_round_unit')
      .values(Object.values(units).map((unit_id) => ({ round_id: round.id, unit_id })))
      .execute();
    let i = 0;
    for (const u of ['A', 'B', 'C', 'D'] as const) {
      const [n, ...agree] = plan[key][u];
      for (let k = 0; k < n; k++) {
        const response = await db
          .insertInto('fidelity_response')
          .values({ round_id: round.id, respondent_role: roleAt(i++), unit_id: units[u] })
          .returning('id')
          .executeTakeFirstOrThrow();
        await db
          .insertInto('fidelity_answer')
          .values(['a1', 'b1', 'c1'].map((item_id, s) => ({ response_id: response.id, item_id, value: k < agree[s]! ? 5 : 2 })))
          .execute();
      }
    }
  }
  return { units, rounds };
}
