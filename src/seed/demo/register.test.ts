import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { databaseTargets, type TestDatabase } from '../../../test/helpers/databases.ts';
import { benefitStateCode } from '../../domain/registers/states.ts';
import { toDay } from '../../domain/rules/days.ts';
import { seedDemo } from './index.ts';
import { closedMonthBefore, fjordbyMunicipalityCode } from './register.ts';

const today = '2025-06-15';
const secret = new Uint8Array(32).fill(9);
const stateOfSpell: Record<string, number> = {
  kontanthjaelp: benefitStateCode.kontanthjaelp,
  uddannelseshjaelp: benefitStateCode.uddannelseshjaelp,
  integrationsydelse: benefitStateCode.integrationsydelse,
  ressourceforloeb: benefitStateCode.ressourceforloebsydelse,
  sygedagpenge: benefitStateCode.sygedagpenge,
  dagpenge: benefitStateCode.dagpenge,
  ledighedsydelse: benefitStateCode.ledighedsydelse,
  fleksjob: benefitStateCode.fleksjob,
  foertidspension: benefitStateCode.foertidspension,
};

test('the register ends with the last closed month', () => {
  assert.equal(closedMonthBefore('2025-06-15'), '2025-05');
  assert.equal(closedMonthBefore('2026-01-02'), '2025-12');
});

for (const target of databaseTargets()) {
  describe(`demo register [${target.name}]`, () => {
    let database: TestDatabase;
    before(async () => {
      database = await target.open();
      await seedDemo(database.handle.db, { seed: 7, today, registerSecret: secret, registerPersonsPerMunicipality: 2 });
    });
    after(async () => {
      await database?.dispose();
    });
    const q = async <T>(text: string) => (await sql.raw<T>(text).execute(database.handle.db)).rows;

    test('Fjordby is municipality 998 and its unit carries the code', async () => {
      assert.deepEqual(await q(`SELECT code, name FROM municipality WHERE code = '998'`), [{ code: '998', name: 'Fjordby' }]);
      const units = await q<{ name: string }>(`SELECT name FROM unit WHERE municipality_code = '${fjordbyMunicipalityCode}'`);
      assert.deepEqual(units.map((u) => u.name), ['Fjordby Kommune']);
    });

    test('four extracts are imported whole, covering the months to the last closed month', async () => {
      const imports = await q<{ kind: string; rows_read: number; rows_kept: number; period_to: string | null; rolled_back_at: unknown }>(
        `SELECT kind, rows_read, rows_kept, period_to::text AS period_to, rolled_back_at FROM register_import ORDER BY id`,
      );
      assert.deepEqual(imports.map((i) => i.kind), ['persons', 'benefit_weeks', 'hours_monthly', 'visitations']);
      for (const i of imports) {
        assert.equal(i.rows_kept, i.rows_read, i.kind);
        assert.ok(i.rows_read > 0, i.kind);
        assert.equal(i.rolled_back_at, null);
      }
      // The last week whose Thursday is in May 2025 ends Sunday 1 June.
      assert.equal(imports[1]!.period_to, '2025-06-01');
      assert.equal(imports[2]!.period_to, '2025-05-31');
    });

    test('every citizen is a register person of Fjordby, linked by CPR; 97 other municipalities, not Holbæk', async () => {
      const [counts] = await q<{ citizens: number; linked: number; fjordby: number }>(
        `SELECT (SELECT count(*)::int FROM citizen) AS citizens, count(DISTINCT citizen_id)::int AS linked,
                count(*) FILTER (WHERE municipality = '998')::int AS fjordby FROM register_person`,
      );
      assert.equal(counts!.linked, counts!.citizens);
      assert.equal(counts!.fjordby, counts!.citizens);
      const others = await q<{ municipality: string; n: number }>(
        `SELECT municipality, count(*)::int AS n FROM register_person WHERE citizen_id IS NULL GROUP BY 1 ORDER BY 1`,
      );
      assert.equal(others.length, 97);
      assert.ok(others.every((o) => o.n === 2 && o.municipality !== '316' && o.municipality !== '998'));
      const keys = await q<{ bad: number }>(`SELECT count(*)::int AS bad FROM register_person WHERE person_key !~ '^[0-9a-f]{64}$'`);
      assert.equal(keys[0]!.bad, 0);
    });

    test("citizens' weeks follow their benefit spells; company-oriented weeks lie in a placement", async () => {
      const weeks = await q<{ citizen_id: string; week: string; state: number }>(
        `SELECT p.citizen_id, w.week::text AS week, w.state FROM register_benefit_week w JOIN register_person p ON p.id = w.person_id WHERE p.citizen_id IS NOT NULL`,
      );
      const spells = await q<{ citizen_id: string; benefit_type: string; from_date: string; to_date: string | null }>(
        `SELECT citizen_id, benefit_type, from_date::text AS from_date, to_date::text AS to_date FROM benefit_spell`,
      );
      const placements = await q<{ citizen_id: string; type: string; from_date: string; to_date: string | null }>(
        `SELECT c.citizen_id, p.type, p.from_date::text AS from_date, p.to_date::text AS to_date FROM placement p JOIN course c ON c.id = p.course_id`,
      );
      const covers = (from: string, to: string | null, day: number) => toDay(from) <= day && (to === null || day <= toDay(to));
      const company = new Set([benefitStateCode.company_internship, benefitStateCode.wage_subsidy]);
      let companyWeeks = 0;
      for (const w of weeks) {
        const thursday = toDay(w.week) + 3;
        if (company.has(w.state)) {
          companyWeeks++;
          const kind = w.state === benefitStateCode.wage_subsidy ? ['loentilskud'] : ['virksomhedspraktik', 'hybrid'];
          assert.ok(placements.some((p) => p.citizen_id === w.citizen_id && kind.includes(p.type) && covers(p.from_date, p.to_date, thursday)));
        } else {
          const spell = spells.find((s) => s.citizen_id === w.citizen_id && covers(s.from_date, s.to_date, thursday));
          assert.equal(w.state, spell ? stateOfSpell[spell.benefit_type] : undefined, `${w.week}`);
        }
      }
      assert.ok(companyWeeks > 100, `company-oriented weeks ${companyWeeks}`);
      // And every covered week of a spell has its row.
      const [{ first }] = (await q<{ first: string }>(`SELECT min(week)::text AS first FROM register_benefit_week`)) as [{ first: string }];
      let expected = 0;
      for (let day = toDay(first) + 3; day < toDay('2025-06-01'); day += 7) {
        expected += spells.filter((s) => covers(s.from_date, s.to_date, day)).length;
      }
      assert.equal(weeks.length, expected);
    });

    test("citizens' recorded paid placement hours are in the register's ordinary hours", async () => {
      const [row] = await q<{ recorded: number; register: number }>(
        `SELECT
           (SELECT coalesce(sum(h.actual_paid_hours), 0)::float FROM placement_hours h JOIN placement p ON p.id = h.placement_id
             WHERE p.type NOT IN ('loentilskud', 'fleksjob') AND h.week_start + 3 < date '2025-06-01' AND h.week_start + 3 >= (SELECT min(week) + 3 FROM register_benefit_week)) AS recorded,
           (SELECT coalesce(sum(m.paid_hours), 0)::float FROM register_hours_month m JOIN register_person p ON p.id = m.person_id
             WHERE p.citizen_id IS NOT NULL AND NOT m.subsidised) AS register`,
      );
      assert.ok(row!.recorded > 0);
      assert.ok(row!.register >= row!.recorded - 0.01, `${row!.register} < ${row!.recorded}`);
    });

    test('the closed months have monitoring figures for Fjordby and the other municipalities', async () => {
      const rows = await q<{ units: number; months: number }>(
        `SELECT count(DISTINCT unit_key)::int AS units, count(DISTINCT month)::int AS months FROM monitoring_figure
         WHERE unit_key LIKE 'municipality:%' AND superseded_at IS NULL`,
      );
      assert.ok(rows[0]!.units > 10, `units ${rows[0]!.units}`); // two persons per municipality in this test
      assert.ok(rows[0]!.months >= 25, `months ${rows[0]!.months}`); // the report's 25-month series
      const fjordby = await q<{ n: number }>(`SELECT count(*)::int AS n FROM monitoring_figure WHERE unit_key = 'municipality:998' AND month = date '2025-05-01'`);
      assert.ok(fjordby[0]!.n > 0);
    });

    test('other municipalities have visitation rows of the models', async () => {
      const rows = await q<{ model_id: string }>(`SELECT DISTINCT model_id FROM register_visitation ORDER BY 1`);
      assert.ok(rows.some((r) => r.model_id === 'flere-skal-med'));
    });
  });
}
