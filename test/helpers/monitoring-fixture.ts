/**
 * The monitoring tests' data on top of the API fixture: Testby gets
 * kommunekode 998, three more municipalities, Flere skal med courses for
 * Anna (also in the register) and Bo (case data only) in team A with the
 * fixture's job broker, and a register of 2018 (52 weeks, 12 months of
 * hours) with persons in every municipality.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import { benefitStateCode } from '../../src/domain/registers/states.ts';
import type { Fixture } from './fixtures.ts';
import { insertCourse } from './cases.ts';
import { insertRegister } from './monitoring-register.ts';

export const FSM = 'flere-skal-med';
const kh = benefitStateCode.kontanthjaelp;
const praktik = benefitStateCode.company_internship;

export interface MonitoringFixture {
  /** Register person ids: p0, p1 (København), p2, p3 (Frederiksberg), p4 (Ballerup), anna (Testby). */
  persons: number[];
  annaCourse: string;
  boCourse: string;
}

export async function buildMonitoringFixture(db: Kysely<Database>, fixture: Fixture): Promise<MonitoringFixture> {
  const [anna, bo] = fixture.citizensA as [Fixture['citizensA'][number], Fixture['citizensA'][number]];
  const municipalities = { '998': 'Testby', '101': 'København', '147': 'Frederiksberg', '151': 'Ballerup' };
  await sql`INSERT INTO municipality (code, name) VALUES ('998', 'Testby') ON CONFLICT (code) DO NOTHING`.execute(db);
  await sql`UPDATE unit SET municipality_code = '998' WHERE id = ${fixture.municipalityId}`.execute(db);
  const broker = fixture.staff.jobformidler!.id;
  const annaCourse = await insertCourse(db, { citizenId: anna.id, unitId: fixture.teamA, modelId: FSM, enrolmentDate: '2018-03-01', phase: 'visitation', group: '1', jobBrokerId: broker });
  const boCourse = await insertCourse(db, { citizenId: bo.id, unitId: fixture.teamA, modelId: FSM, enrolmentDate: '2018-04-03', phase: 'visitation', group: '1', jobBrokerId: broker });
  const all = (state: number) => Array.from({ length: 52 }, () => state);
  const visit = { model: FSM, group: '1', start: '2018-02-05' };
  const persons = await insertRegister(db, {
    firstWeek: '2018-01-01',
    weeks: 52,
    hoursFrom: '2018-01',
    hoursTo: '2018-12',
    municipalities,
    persons: [
      { municipality: '101', states: all(kh), hours: { '2018-06': { ordinary: 20 } }, visitation: visit },
      { municipality: '101', states: all(kh).map((s, w) => (w >= 10 && w < 20 ? praktik : s)), hours: { '2018-07': { ordinary: 50 }, '2018-08': { subsidised: 60 } }, visitation: visit },
      {
        municipality: '147',
        states: all(0),
        hours: Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`2018-${String(i + 1).padStart(2, '0')}`, { ordinary: 140 }])),
        visitation: visit,
      },
      { municipality: '147', states: all(kh), visitation: { ...visit, group: '2' } },
      { municipality: '151', states: all(kh), visitation: visit },
      { municipality: '998', citizenId: anna.id, pseudonym: anna.pseudonym, states: all(kh), hours: { '2018-09': { ordinary: 10 } }, visitation: visit },
    ],
  });
  return { persons, annaCourse, boCourse };
}
