/**
 * `jobspor fidelity behaviour --model M (--unit ID | --all) [--months N] [--as-of DATE] [--json]`:
 * behavioural fidelity per core element (checks met of checks applied, from
 * case data) for a unit's subtree, or for every unit that has had courses of
 * the model, at the last N month ends (the running month ends on --as-of).
 * The same figures as the fidelity pages (store/fidelity/behaviour.ts).
 * The CLI is the operator's: no role or scope applies.
 */
import { migrate } from '../../db/migrate.ts';
import { behaviourPercent, monthEnds } from '../../domain/fidelity/behaviour.ts';
import { registry } from '../../domain/models/registry.ts';
import { isIsoDate } from '../../domain/rules/days.ts';
import { loadBehaviour } from '../../store/fidelity/behaviour.ts';
import { today } from '../../store/facts.ts';
import { withDatabase } from '../database.ts';
import type { CliCommand } from '../main.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function percentText(met: number, checks: number): string {
  if (checks === 0) return '-';
  return `${met}/${checks} ${(behaviourPercent({ met, checks }) ?? 0).toFixed(1)}%`;
}

export const behaviourCommand: CliCommand = {
  name: 'behaviour',
  summary: 'Behavioural fidelity per core element from case data, per unit at the last N month ends.',
  options: {
    model: { value: 'ID', required: true, description: 'model id, e.g. flere-skal-med ("jobspor models list")' },
    unit: { value: 'ID', description: 'a unit id (uuid); the unit counts its whole subtree' },
    all: { description: 'every unit that has had courses of the model, one after another' },
    months: { value: 'N', description: 'how many month ends, oldest first (default 12, at most 60)' },
    'as-of': { value: 'YYYY-MM-DD', description: 'the last date (default today); earlier months are taken at their last day' },
    json: { description: 'print JSON instead of a table' },
  },
  details:
    'A check is a rule of the model held against a course, a staff member\'s caseload or a unit\'s team on the day; met = kept in time, or a deadline not yet passed. Only what was recorded on or before the day counts. See docs/fidelity.md.',
  run: async (args, { config, out }) => {
    const modelId = String(args.flags.get('model'));
    const definition = registry.get(modelId);
    if (!definition) throw new Error(`--model: unknown model "${modelId}" (known: ${registry.latest().map((m) => m.id).join(', ')})`);
    const unit = args.flags.get('unit');
    const all = args.flags.has('all');
    if (unit === true) throw new Error('--unit needs a unit id');
    if ((unit === undefined) === !all) throw new Error('give either --unit ID or --all');
    if (unit !== undefined && !UUID.test(unit)) throw new Error(`--unit: "${unit}" is not a unit id (uuid)`);
    const monthsFlag = args.flags.get('months') ?? '12';
    const months = Number(monthsFlag);
    if (monthsFlag === true || !Number.isInteger(months) || months < 1 || months > 60) throw new Error('--months: a whole number from 1 to 60');
    const asOfFlag = args.flags.get('as-of');
    if (asOfFlag === true || (asOfFlag !== undefined && !isIsoDate(asOfFlag))) throw new Error('--as-of: a date written YYYY-MM-DD');
    const asOf = asOfFlag ?? today();
    const dates = monthEnds(asOf, months);
    const json = args.flags.has('json');

    return withDatabase(config, async ({ db }) => {
      await migrate(db);
      let units: { id: string; name: string }[];
      if (unit !== undefined) {
        units = await db.selectFrom('unit').select(['id', 'name']).where('id', '=', unit).execute();
        if (units.length === 0) throw new Error(`--unit: no unit "${unit}"`);
      } else {
        units = await db
          .selectFrom('unit')
          .select(['unit.id', 'unit.name'])
          .where((eb) =>
            eb.exists(
              eb
                .selectFrom('course_unit')
                .innerJoin('course', 'course.id', 'course_unit.course_id')
                .select('course_unit.course_id')
                .whereRef('course_unit.unit_id', '=', 'unit.id')
                .where('course.model_id', '=', modelId),
            ),
          )
          .orderBy('unit.name')
          .execute();
      }
      const figures = await loadBehaviour(db, { modelId, unitIds: units.map((u) => u.id), dates });
      const titles = new Map(definition.coreElements.map((e) => [e.id, e.title]));
      const result = units.map((u) => {
        const byDate = figures.get(u.id) ?? new Map();
        const ids = [...new Set(dates.flatMap((d) => (byDate.get(d) ?? []).map((e: { coreElementId: string }) => e.coreElementId)))];
        return {
          id: u.id,
          name: u.name,
          elements: ids.map((id) => ({
            coreElementId: id,
            title: titles.get(id) ?? { da: id, en: id },
            points: dates.map((date) => {
              const e = (byDate.get(date) ?? []).find((x: { coreElementId: string }) => x.coreElementId === id) ?? { coreElementId: id, met: 0, checks: 0 };
              return { date, met: e.met, checks: e.checks, percent: behaviourPercent(e) };
            }),
          })),
        };
      });
      if (json) {
        for (const line of JSON.stringify({ model: { id: definition.id, shortName: definition.shortName }, asOf, dates, units: result }, null, 2).split('\n')) out(line);
        return 0;
      }
      out(`Behavioural fidelity, ${definition.shortName} (${definition.id}): checks met of checks applied per core element`);
      if (result.length === 0) out('No unit has had courses of the model.');
      for (const u of result) {
        out('');
        out(`${u.name} (${u.id})`);
        const rows = [['Element', ...dates], ...u.elements.map((e) => [e.coreElementId, ...e.points.map((p) => percentText(p.met, p.checks))])];
        const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
        for (const r of rows) out(`  ${r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')}`);
      }
      return 0;
    });
  },
};

export const behaviourCommands: CliCommand[] = [behaviourCommand];
