/**
 * Demo area "fidelity" (issue 12 §5): survey rounds for every model the demo
 * municipality runs that has a fidelity instrument. Per model two closed
 * rounds, a baseline about 13 months ago and an end round about 2 months
 * ago, answered by the staff of the units running the model (invitations
 * spent) plus a batch of paper answers imported per round, so the role and
 * unit cells of the bigger units reach the minimum cell size. The answers
 * are drawn so that some core elements improve by more than 5 percentage
 * points, some stay within ±5 and at least one falls by more than 5, and
 * leaders answer a little more positively than their staff, as in 003
 * Tabel 2 (§3.1). One model also has an OPEN round, opened a few days ago, with
 * unspent invitations for the demo logins, so the worklist reminder and the
 * answer page have something to show on first start.
 *
 * Rows are written directly (ids from the area's random stream), in the
 * shape the store writes them: responses carry role and unit only.
 */
import { sql } from 'kysely';
import { itemsFor, type Instrument, type RespondentRole } from '../../domain/fidelity/instrument.ts';
import { builtinInstruments } from '../../domain/fidelity/instruments/index.ts';
import { compareVersions } from '../../domain/models/registry.ts';
import { syncBuiltinInstruments } from '../../store/fidelity/instruments.ts';
import { respondentRolesOf } from '../../store/fidelity/rounds.ts';
import { insertRows, requireUnit, staffByUsername, type DemoArea, type DemoContext } from './context.ts';
import { addDays, addMonths } from './dates.ts';
import { demoLogins } from './organisation.ts';
import type { Random } from './random.ts';

/** A core element's planned course between the two rounds. */
export type Trend = 'improve' | 'stay' | 'fall';

interface Respondent {
  role: RespondentRole;
  unitId: string;
}

/** The model of the open round when it has an instrument (else the first model that has one). */
export const openRoundModel = 'flere-skal-med';

/**
 * Leaders agree this much more often than the plan, the staff a little less.
 * In 003 Tabel 2 (§3.1) the leaders' mean share agreeing over the seven
 * elements at the end was 72 %, above the caseworkers' 67 % and the mentors'
 * 65 % (project leaders, 78 %, were higher still).
 */
const leaderLift = 0.06;
const staffDip = 0.03;

function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const k = random.int(0, i);
    [items[i], items[k]] = [items[k]!, items[i]!];
  }
  return items;
}

/** Per section: the planned trend and the share agreeing at baseline and at the end. */
export function plannedTrends(random: Random, sectionIds: readonly string[]): Map<string, { trend: Trend; start: number; end: number }> {
  const base: Trend[] = ['improve', 'stay', 'fall'];
  const trends = sectionIds.map((_, i) => base[i] ?? random.pick<Trend>(['improve', 'improve', 'stay', 'stay', 'fall']));
  shuffle(random, trends);
  return new Map<string, { trend: Trend; start: number; end: number }>(
    sectionIds.map((id, i) => {
      const trend = trends[i]!;
      if (trend === 'improve') {
        const start = random.float(0.4, 0.58);
        return [id, { trend, start, end: start + random.float(0.15, 0.25) }];
      }
      if (trend === 'fall') {
        const start = random.float(0.62, 0.78);
        return [id, { trend, start, end: start - random.float(0.13, 0.2) }];
      }
      const start = random.float(0.55, 0.72);
      return [id, { trend, start, end: start + random.float(-0.015, 0.015) }];
    }),
  );
}

/**
 * Answers for a set of respondents, with the share agreeing of each section
 * near `shares` (leaders a little higher). Agreeing answers are dealt out
 * by quota per item and group, with the rounding carried from item to item,
 * so a section's pooled share lands within about a point of the plan.
 */
export function drawAnswers(random: Random, instrument: Instrument, respondents: readonly Respondent[], shares: ReadonlyMap<string, number>): Record<string, number | null>[] {
  const answers = respondents.map(() => ({}) as Record<string, number | null>);
  const scales = new Map(instrument.scales.map((s) => [s.id, s]));
  const asked = respondents.map((r) => new Set(itemsFor(instrument, r.role).map((i) => i.id)));
  for (const section of instrument.sections) {
    const share = shares.get(section.id) ?? 0.6;
    for (const group of ['leder', 'staff'] as const) {
      const target = Math.min(0.97, Math.max(0.03, group === 'leder' ? share + leaderLift : share - staffDip));
      let expected = 0;
      let dealt = 0;
      for (const item of section.items) {
        const scale = scales.get(item.scale)!;
        const lo = scale.points[0]!.value;
        const hi = scale.points[scale.points.length - 1]!.value;
        const raw = (scored: number) => (item.reverse ? lo + hi - scored : scored);
        const agreeing = scale.agreement;
        const other = scale.points.map((p) => p.value).filter((v) => !agreeing.includes(v));
        const who = respondents.map((r, i) => ({ r, i })).filter(({ r, i }) => (r.role === 'leder') === (group === 'leder') && asked[i]!.has(item.id));
        const answering: number[] = [];
        for (const { r, i } of who) {
          // A few staff do not know (never leaders, only where the scale allows it).
          if (r.role !== 'leder' && scale.allowDontKnow && random.chance(0.04)) answers[i]![item.id] = null;
          else answering.push(i);
        }
        expected += target * answering.length;
        const k = Math.max(0, Math.min(answering.length, Math.round(expected) - dealt));
        dealt += k;
        shuffle(random, answering).forEach((i, n) => {
          if (n < k) answers[i]![item.id] = raw(random.weighted(agreeing.map((v, j) => [v, agreeing.length - j] as const)));
          else answers[i]![item.id] = other.length ? raw(random.weighted(other.map((v, j) => [v, j + 1] as const))) : raw(agreeing[0]!);
        });
      }
    }
  }
  return answers;
}

/**
 * The role a demo staff member answers as: the first of their respondent
 * roles the instrument asks; a job broker answers as caseworker
 * (sagsbehandler) where the instrument asks caseworkers but not job
 * brokers, since in the demo the job brokers hold the cases.
 */
function demoRole(staffRoles: readonly string[], instrument: Instrument): RespondentRole | undefined {
  const roles = respondentRolesOf(staffRoles);
  const direct = roles.find((r) => instrument.respondentRoles.includes(r));
  if (direct) return direct;
  return roles.includes('jobformidler') && instrument.respondentRoles.includes('sagsbehandler') ? 'sagsbehandler' : undefined;
}

/** The newest version of each model's instrument. */
function instrumentsByModel(instruments: readonly Instrument[]): Map<string, Instrument> {
  const out = new Map<string, Instrument>();
  for (const inst of instruments) {
    if (!inst.modelId) continue;
    const known = out.get(inst.modelId);
    if (!known || compareVersions(inst.version, known.version) > 0) out.set(inst.modelId, inst);
  }
  return out;
}

/** The area, seeding rounds for the given instruments (the built-in ones in the demo). */
export function fidelityAreaWith(instruments: readonly Instrument[]): DemoArea {
  return { name: 'fidelity', run: (ctx) => seedFidelity(ctx, instruments) };
}

export const fidelityArea: DemoArea = fidelityAreaWith(builtinInstruments);

async function seedFidelity(ctx: DemoContext, instruments: readonly Instrument[]): Promise<void> {
  const { trx, random, today } = ctx;
  await syncBuiltinInstruments(trx, instruments);
  const byModel = instrumentsByModel(instruments);
  if (byModel.size === 0) return;
  const municipality = requireUnit(ctx, 'municipality');
  const leder = staffByUsername(ctx, 'leder');
  // The units each model runs in: where its courses are.
  const modelUnits = await sql<{ model_id: string; unit_id: string }>`SELECT DISTINCT model_id, unit_id FROM course ORDER BY model_id, unit_id`.execute(trx);
  const unitsOf = new Map<string, string[]>();
  for (const r of modelUnits.rows) unitsOf.set(r.model_id, [...(unitsOf.get(r.model_id) ?? []), r.unit_id]);

  const rounds: { id: string; municipality_id: string; instrument_id: string; instrument_version: string; model_id: string; wave: 'baseline' | 'end' | 'midway'; name: string; opens_on: string; closes_on: string; origin: 'app'; created_by: string }[] = [];
  const roundUnits: { round_id: string; unit_id: string }[] = [];
  const invitations: { id: string; round_id: string; staff_id: string; respondent_role: RespondentRole; unit_id: string; spent: boolean }[] = [];
  const imports: { id: string; round_id: string; file_name: string; rows_read: number; rows_accepted: number; rejected: string; imported_by: string }[] = [];
  const responses: { id: string; round_id: string; respondent_role: RespondentRole; unit_id: string; import_id: string | null }[] = [];
  const answers: { response_id: string; item_id: string; value: number | null }[] = [];

  const addResponses = (roundId: string, importId: string | null, who: readonly Respondent[], drawn: readonly Record<string, number | null>[]) => {
    who.forEach((r, i) => {
      const id = random.uuid();
      responses.push({ id, round_id: roundId, respondent_role: r.role, unit_id: r.unitId, import_id: importId });
      for (const [item_id, value] of Object.entries(drawn[i]!)) answers.push({ response_id: id, item_id, value });
    });
  };

  const demoUsernames = new Set(demoLogins.map((l) => l.username));
  for (const [modelId, instrument] of [...byModel].sort(([a], [b]) => a.localeCompare(b))) {
    const units = unitsOf.get(modelId) ?? [];
    if (units.length === 0) continue;
    const staff = ctx.staff
      .filter((s) => units.includes(s.unitId))
      .flatMap((s) => {
        const role = demoRole(s.roles, instrument);
        return role ? [{ staff: s, role }] : [];
      });
    const invited: Respondent[] = staff.map((s) => ({ role: s.role, unitId: s.staff.unitId }));
    // Paper answers: each role the instrument asks up to three respondents or more, spread over the units, biggest first.
    const paper: Respondent[] = [];
    for (const role of instrument.respondentRoles) {
      const have = invited.filter((r) => r.role === role).length;
      const add = Math.max(0, 3 - have) + random.int(role === 'leder' ? 0 : 1, 2);
      for (let k = 0; k < add; k++) paper.push({ role, unitId: units[k % units.length]! });
    }
    const plan = plannedTrends(random.fork(modelId), instrument.sections.map((s) => s.id));
    const waves = [
      { wave: 'baseline' as const, name: 'Startmåling', opensOn: addDays(addMonths(today, -13), -random.int(0, 10)), share: (id: string) => plan.get(id)!.start },
      { wave: 'end' as const, name: 'Slutmåling', opensOn: addDays(addMonths(today, -2), -random.int(0, 10)), share: (id: string) => plan.get(id)!.end },
    ];
    for (const w of waves) {
      const roundId = random.uuid();
      rounds.push({
        id: roundId,
        municipality_id: municipality.id,
        instrument_id: instrument.id,
        instrument_version: instrument.version,
        model_id: modelId,
        wave: w.wave,
        name: `${w.name} ${w.opensOn.slice(0, 4)} – ${instrument.name.da}`.slice(0, 120),
        opens_on: w.opensOn,
        closes_on: addDays(w.opensOn, 20),
        origin: 'app',
        created_by: leder.id,
      });
      for (const unit_id of units) roundUnits.push({ round_id: roundId, unit_id });
      for (const s of staff) invitations.push({ id: random.uuid(), round_id: roundId, staff_id: s.staff.id, respondent_role: s.role, unit_id: s.staff.unitId, spent: true });
      const shares = new Map(instrument.sections.map((s) => [s.id, w.share(s.id)]));
      // One draw over app and paper respondents together, so the quotas hold for the whole round.
      const everyone = [...invited, ...paper];
      const drawn = drawAnswers(random, instrument, everyone, shares);
      addResponses(roundId, null, invited, drawn.slice(0, invited.length));
      const importId = random.uuid();
      imports.push({ id: importId, round_id: roundId, file_name: `papirskemaer-${w.wave}.csv`, rows_read: paper.length, rows_accepted: paper.length, rejected: '[]', imported_by: leder.id });
      addResponses(roundId, importId, paper, drawn.slice(invited.length));
    }
  }

  // The open round: the model's units and the job centre (where the demo leder works); invitations for their staff, the demo logins' not yet answered.
  const openModel = byModel.has(openRoundModel) && unitsOf.has(openRoundModel) ? openRoundModel : [...byModel.keys()].sort().find((m) => unitsOf.has(m));
  if (openModel) {
    const instrument = byModel.get(openModel)!;
    const jobcentre = requireUnit(ctx, 'jobcentre');
    const units = [...unitsOf.get(openModel)!, jobcentre.id];
    const roundId = random.uuid();
    const opensOn = addDays(today, -4);
    rounds.push({
      id: roundId,
      municipality_id: municipality.id,
      instrument_id: instrument.id,
      instrument_version: instrument.version,
      model_id: openModel,
      wave: 'midway',
      name: `Opfølgning ${opensOn.slice(0, 4)} – ${instrument.name.da}`.slice(0, 120),
      opens_on: opensOn,
      closes_on: addDays(today, 14),
      origin: 'app',
      created_by: leder.id,
    });
    for (const unit_id of units) roundUnits.push({ round_id: roundId, unit_id });
    const answered: Respondent[] = [];
    for (const s of ctx.staff.filter((x) => units.includes(x.unitId))) {
      const role = demoRole(s.roles, instrument);
      if (!role) continue;
      const spent = !demoUsernames.has(s.username) && random.chance(0.5);
      invitations.push({ id: random.uuid(), round_id: roundId, staff_id: s.id, respondent_role: role, unit_id: s.unitId, spent });
      if (spent) answered.push({ role, unitId: s.unitId });
    }
    const plan = plannedTrends(random.fork(openModel), instrument.sections.map((s) => s.id));
    addResponses(roundId, null, answered, drawAnswers(random, instrument, answered, new Map([...plan].map(([id, p]) => [id, p.end + 0.02]))));
  }

  await insertRows(ctx, 'fidelity_round', rounds);
  await insertRows(ctx, 'fidelity_round_unit', roundUnits);
  await insertRows(ctx, 'fidelity_invitation', invitations);
  await insertRows(ctx, 'fidelity_import', imports);
  // Responses in a shuffled order, so their physical order says nothing about who answered first.
  await insertRows(ctx, 'fidelity_response', shuffle(random, responses));
  await insertRows(ctx, 'fidelity_answer', answers, 1000);
}
