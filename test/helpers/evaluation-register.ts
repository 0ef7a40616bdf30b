/**
 * A synthetic register for the evaluation API's tests, imported with the
 * real import code (store/registers): `persons` persons on kontanthjælp
 * from 2017-W01 to 2019-W52 (some of them from a later week), with varied
 * birth years, sex, origin and education, ordinary hours per month drawn
 * from a seeded generator, and the first `treated` of them more likely to
 * have hours after 2018-06 (a planted effect). Returns the register
 * pseudonyms in person order, to write a treated file with.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import { mulberry32 } from '../../src/domain/random.ts';
import { importRegisterFile } from '../../src/store/registers/import.ts';
import { ensureMunicipalities } from '../../src/store/registers/municipalities.ts';

export interface EvaluationRegister {
  /** Register pseudonyms, person 0 first. */
  pseudonyms: string[];
}

/** 2017, 2018 and 2019 have 52 ISO weeks each. */
const weeksPerYear = 52;

export async function importEvaluationRegister(db: Kysely<Database>, options: { persons: number; treated: number; seed?: number }): Promise<EvaluationRegister> {
  const random = mulberry32(options.seed ?? 13);
  const dir = mkdtempSync(join(tmpdir(), 'jobspor-evaluation-register-'));
  try {
    await ensureMunicipalities(db);
    const keys = Array.from({ length: options.persons }, (_, i) => `ext:eval-${i}`);
    const persons = ['person;birth_year;sex;municipality;origin;education'];
    const weeks = ['person,week,code'];
    const hours = ['person,month,employer_cvr,db07,paid_hours,subsidised'];
    const municipalities = ['101', '147', '151', '851'];
    const origins = ['dansk', 'vestlig', 'ikke-vestlig'];
    keys.forEach((key, i) => {
      const treated = i < options.treated;
      persons.push(`${key};${1960 + Math.floor(random() * 40)};${random() < 0.5 ? 'K' : 'M'};${municipalities[i % 4]};${origins[Math.floor(random() * 3)]};${Math.floor(random() * 7)}`);
      // On kontanthjælp from a varying week of 2017 to the end of 2019.
      const firstWeek = 1 + Math.floor(random() * 20);
      for (const year of [2017, 2018, 2019]) {
        for (let w = year === 2017 ? firstWeek : 1; w <= weeksPerYear; w++) weeks.push(`${key},${year}-W${String(w).padStart(2, '0')},kontanthjaelp`);
      }
      for (const year of [2017, 2018, 2019]) {
        for (let m = 1; m <= 12; m++) {
          const after = year > 2018 || (year === 2018 && m > 6);
          const chance = after && treated ? 0.35 : 0.12;
          if (random() < chance) hours.push(`${key},${year}-${String(m).padStart(2, '0')},12345678,47,${5 + Math.floor(random() * 60)},false`);
        }
      }
    });
    const run = async (kind: 'persons' | 'benefit_weeks' | 'hours_monthly', lines: string[]) => {
      const path = join(dir, `${kind}.csv`);
      writeFileSync(path, `${lines.join('\n')}\n`);
      const outcome = await importRegisterFile(db, path, { kind, fileName: `${kind}.csv`, actor: { staffId: null, label: 'test' }, secret: new Uint8Array(32).fill(3) });
      if (!outcome.importId) throw new Error(`import of ${kind} refused: ${JSON.stringify(outcome.report)}`);
    };
    await run('persons', persons);
    await run('benefit_weeks', weeks);
    await run('hours_monthly', hours);
    const rows = await db.selectFrom('register_person').select(['person_key', 'pseudonym']).execute();
    const byKey = new Map(rows.map((r) => [r.person_key, r.pseudonym]));
    return { pseudonyms: keys.map((k) => byKey.get(k)!) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
