/**
 * The demo's fidelity rounds (issue 12 §5): for each model in use two closed
 * rounds (baseline about 13 months ago, end about 2 months ago) fully
 * answered, with unit and role cells big enough to show, answers that give
 * green, yellow and red element changes, leaders more positive than staff,
 * and one open round with unspent invitations for the demo logins.
 * Until the built-in instruments exist, synthetic ones are made from each
 * model definition's fidelity items.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import { openDatabase } from '../../db/connection.ts';
import { migrate } from '../../db/migrate.ts';
import type { Database } from '../../db/schema.ts';
import { DEFAULT_COLOUR_RULE, fidelityColour, type FidelityColour } from '../../domain/fidelity/colour.ts';
import { respondentRoles, validateInstrument, type Instrument, type RespondentRole } from '../../domain/fidelity/instrument.ts';
import { builtinInstruments } from '../../domain/fidelity/instruments/index.ts';
import { scoreBreakdown, scoreResponses, type SurveyResponse } from '../../domain/fidelity/scoring.ts';
import { registry } from '../../domain/models/registry.ts';
import { listInvitations } from '../../store/fidelity/invitations.ts';
import { listRounds, type RoundSummaryRow } from '../../store/fidelity/rounds.ts';
import { benefitsArea } from './benefits.ts';
import { casesArea } from './cases.ts';
import { citizensArea } from './citizens.ts';
import { addMonths } from './dates.ts';
import { fidelityAreaWith } from './fidelity.ts';
import { runDemoSeed } from './index.ts';
import { organisationArea } from './organisation.ts';

const today = '2026-03-10';

/** One synthetic instrument per model from its definition's fidelity items (a stand-in for the built-ins). */
export function syntheticInstruments(): Instrument[] {
  return registry.latest().flatMap((m) => {
    const sections = m.coreElements.filter((e) => e.fidelity.length > 0);
    if (!sections.length) return [];
    const result = validateInstrument({
      id: `test-${m.id}`,
      version: '1.0.0',
      name: { da: `Test ${m.name.da}`, en: `Test ${m.name.en}` },
      description: 'Synthetic test instrument.',
      source: { citation: 'test' },
      modelId: m.id,
      respondentRoles: [...respondentRoles],
      scales: [{ id: 's', kind: 'likert', points: m.fidelityScale.points.map((p) => ({ value: p.value, label: { da: p.label, en: p.label } })), agreement: m.fidelityScale.positive }],
      sections: sections.map((e) => ({ id: e.id, title: e.title, coreElement: e.id, source: e.source, items: e.fidelity.map((f) => ({ id: f.id, statement: f.statement, scale: 's' })) })),
      scoring: { method: 'share_agreeing' },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return [result.instrument];
  });
}

const instruments = builtinInstruments.length ? [...builtinInstruments] : syntheticInstruments();
let db: Kysely<Database>;
let rounds: RoundSummaryRow[];

async function responsesOf(roundId: string): Promise<SurveyResponse[]> {
  const rows = await db
    .selectFrom('fidelity_response as r')
    .innerJoin('fidelity_answer as a', 'a.response_id', 'r.id')
    .select(['r.id', 'r.respondent_role', 'r.unit_id', 'a.item_id', 'a.value'])
    .where('r.round_id', '=', roundId)
    .execute();
  const byId = new Map<string, SurveyResponse & { answers: Record<string, number | null> }>();
  for (const r of rows) {
    const entry = byId.get(r.id) ?? { role: r.respondent_role as RespondentRole, unitId: r.unit_id, answers: {} };
    entry.answers[r.item_id] = r.value;
    byId.set(r.id, entry);
  }
  return [...byId.values()];
}

before(async () => {
  const handle = await openDatabase({});
  await migrate(handle.db);
  db = handle.db;
  await runDemoSeed(db, [organisationArea, citizensArea, benefitsArea, casesArea, fidelityAreaWith(instruments)], { today });
  rounds = await listRounds(db, {}, today);
});

test('each model in use has a closed baseline and end round, all invitations answered', async () => {
  const models = (await db.selectFrom('course').select('model_id').distinct().execute()).map((r) => r.model_id).filter((m) => instruments.some((i) => i.modelId === m));
  assert.ok(models.length >= 1);
  for (const model of models) {
    const closed = rounds.filter((r) => r.modelId === model && r.status === 'closed');
    assert.deepEqual(closed.map((r) => r.wave).sort(), ['baseline', 'end'], model);
    const baseline = closed.find((r) => r.wave === 'baseline')!;
    const end = closed.find((r) => r.wave === 'end')!;
    assert.ok(baseline.opensOn >= addMonths(today, -14) && baseline.opensOn <= addMonths(today, -12), `${model} baseline ${baseline.opensOn}`);
    assert.ok(end.closedOn! >= addMonths(today, -2) && end.closedOn! <= addMonths(today, -1), `${model} end closed ${end.closedOn}`);
    for (const r of closed) {
      assert.ok(r.invited > 0 && r.answered > r.invited, `${model} ${r.wave}: ${r.invited} invited, ${r.answered} answers (app and imported)`);
      const unspent = await db.selectFrom('fidelity_invitation').select('id').where('round_id', '=', r.id).where('spent', '=', false).execute();
      assert.equal(unspent.length, 0);
      const spent = await db.selectFrom('fidelity_invitation').select('id').where('round_id', '=', r.id).execute();
      const app = await db.selectFrom('fidelity_response').select('id').where('round_id', '=', r.id).where('import_id', 'is', null).execute();
      assert.equal(app.length, spent.length, 'one app response per spent invitation');
    }
  }
});

test('the answers show green, yellow and red element changes; unit and role cells of the bigger units show', async () => {
  const seen = new Set<FidelityColour>();
  let someModelHasAll = false;
  for (const instrument of instruments) {
    const pair = ['baseline', 'end'].map((w) => rounds.find((r) => r.modelId === instrument.modelId && r.status === 'closed' && r.wave === w));
    if (!pair[0] || !pair[1]) continue;
    const [start, end] = await Promise.all(pair.map((r) => responsesOf(r!.id)));
    const rule = instrument.colourRule ?? registry.get(instrument.modelId!)?.fidelityScale.colourRule ?? DEFAULT_COLOUR_RULE;
    const a = scoreBreakdown(instrument, start!, 'total', 3).total!;
    const b = scoreBreakdown(instrument, end!, 'total', 3).total!;
    const colours = new Set(a.sections.map((s, i) => fidelityColour(s.shareAgreeing!, b.sections[i]!.shareAgreeing!, rule)));
    colours.forEach((c) => seen.add(c));
    if (colours.size === 3) someModelHasAll = true;
    // Leaders are more positive than the other staff, over all sections.
    for (const responses of instrument.respondentRoles.includes('leder') ? [start!, end!] : []) {
      const mean = (rs: SurveyResponse[]) => {
        const s = scoreResponses(instrument, rs).sections.filter((x) => x.shareAgreeing !== null);
        return s.reduce((n, x) => n + x.shareAgreeing!, 0) / s.length;
      };
      assert.ok(mean(responses.filter((r) => r.role === 'leder')) > mean(responses.filter((r) => r.role !== 'leder')), `${instrument.modelId}: leaders more positive`);
    }
    // Every role the instrument asks reaches the minimum cell size, and so does the biggest unit.
    const byRole = scoreBreakdown(instrument, end!, 'role', 3);
    assert.ok(byRole.cells.filter((c) => !c.suppressed).length >= 2, `${instrument.modelId}: role cells shown`);
    const byUnit = scoreBreakdown(instrument, end!, 'unit', 3);
    assert.ok(byUnit.cells.some((c) => !c.suppressed), `${instrument.modelId}: a unit cell shown`);
  }
  assert.deepEqual([...seen].sort(), ['green', 'red', 'yellow']);
  assert.ok(someModelHasAll, 'one model shows all three colours');
});

test('one round is open with unspent invitations for the demo logins', async () => {
  const open = rounds.filter((r) => r.status === 'open');
  assert.equal(open.length, 1);
  assert.ok(open[0]!.opensOn < today && open[0]!.closesOn! > today);
  for (const username of ['jobformidler', 'leder']) {
    const staff = await db.selectFrom('staff').select('id').where('username', '=', username).executeTakeFirstOrThrow();
    const invitations = await listInvitations(db, staff.id, today);
    assert.deepEqual(invitations.map((i) => i.roundId), [open[0]!.id], username);
  }
});
