import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GeoPoint, PostcodeDirectory } from './distance.ts';
import {
  candidatesFor,
  defaultMatchParams,
  distanceComponent,
  jobGoalComponent,
  matchParams,
  openPlacesComponent,
  ordinaryHoursComponent,
  ordinaryHoursShare,
  rankCitizens,
  rankCompanies,
  scoreMatch,
  type CitizenProfile,
  type CompanyCandidate,
  type NetworkCompany,
  type OpeningFacts,
  type ScoreComponent,
} from './matching.ts';

// Centroids as in resources/postcodes-dk.csv.
const places: Record<string, GeoPoint & { name: string }> = {
  '4300': { lat: 55.7175, lon: 11.7128, name: 'Holbæk' },
  '4340': { lat: 55.6125, lon: 11.7703, name: 'Tølløse' },
  '4200': { lat: 55.4028, lon: 11.3546, name: 'Slagelse' },
  '2500': { lat: 55.6661, lon: 12.5139, name: 'Valby' },
};
const dir: PostcodeDirectory = { lookup: (code) => places[code] };

const citizen: CitizenProfile = {
  postcode: '4300',
  jobGoals: [{ tier: 'A', occupationCode: '5223', occupationText: 'butiksassistent', industryCode: '471100' }],
};

function company(spec: Partial<NetworkCompany> & Pick<NetworkCompany, 'id' | 'name'>): NetworkCompany {
  return { industryCode: null, occupationCodes: [], postcodes: [], openings: [], record: { placements: 0, withPaidHours: 0 }, agreement: null, ...spec };
}

function opening(spec: Partial<OpeningFacts> & Pick<OpeningFacts, 'id' | 'title' | 'postcode'>): OpeningFacts {
  return { occupationCode: null, industryCode: null, paidFromStart: false, places: 1, placesTaken: 0, status: 'open', ...spec };
}

const superHolbaek = company({
  id: 'c1',
  name: 'SuperBrugsen Holbæk',
  industryCode: '471100',
  postcodes: ['4300'],
  openings: [opening({ id: 'o1', title: 'Butiksassistent, varepåfyldning', occupationCode: '5223', industryCode: '471100', postcode: '4300', places: 2 })],
  record: { placements: 5, withPaidHours: 3 },
});
const superSlagelse = company({ id: 'c2', name: 'Netto Slagelse', industryCode: '471100', postcodes: ['4200'] });
const cleaning = company({
  id: 'c3',
  name: 'Holbæk Rengøring ApS',
  industryCode: '812100',
  postcodes: ['4300'],
  agreement: { ordinaryHoursReadiness: true, fixedPlaces: null, placesInUse: 0, open: true },
});
const restaurant = company({ id: 'c4', name: 'Restaurant Valby', industryCode: '561010', postcodes: ['2500'] });

const component = (components: ScoreComponent[], key: ScoreComponent['key']) => components.find((c) => c.key === key)!;

describe('matching: ranking companies for a citizen', () => {
  const ranked = rankCompanies(citizen, candidatesFor([restaurant, cleaning, superSlagelse, superHolbaek]), dir);

  it('ranks the matching opening nearby first, a nearby company ready for ordinary hours before a far one known only by industry, the distant restaurant last', () => {
    assert.deepEqual(
      ranked.map((r) => [r.rank, r.item.company.name, r.score]),
      [
        [1, 'SuperBrugsen Holbæk', 83.6],
        [2, 'Holbæk Rengøring ApS', 43.8],
        [3, 'Netto Slagelse', 27.5],
        [4, 'Restaurant Valby', 17.5],
      ],
    );
    for (const r of ranked) {
      assert.deepEqual(r.components.map((c) => c.key), ['job_goal', 'distance', 'ordinary_hours', 'open_places']);
      assert.deepEqual(r.components.map((c) => c.max), [40, 25, 25, 10]);
      assert.equal(r.score, Math.round(r.components.reduce((s, c) => s + c.points, 0) * 10) / 10);
    }
  });

  it('explains the top match: same occupation, same postcode, the ordinary-hours record and free places', () => {
    const top = ranked[0]!;
    assert.equal(top.item.opening?.id, 'o1');
    assert.equal(top.distanceKm, 0);
    const goal = component(top.components, 'job_goal');
    assert.equal(goal.points, 40);
    assert.equal(goal.reason, 'Jobmål A (butiksassistent, DISCO 5223): opslaget gælder samme stilling (DISCO 5223).');
    assert.equal(component(top.components, 'distance').reason, 'Samme postnummer som borgeren (4300 Holbæk).');
    const hours = component(top.components, 'ordinary_hours');
    // (3 + 1) / (5 + 2) = 0.571; 0.6 × 0.571 × 25 = 8.6
    assert.equal(hours.points, 8.6);
    assert.match(hours.reason, /^3 af 5 tidligere forløb her fik ordinære timer/);
    const placesComponent = component(top.components, 'open_places');
    assert.equal(placesComponent.points, 10);
    assert.match(placesComponent.reason, /^2 ledige pladser/);
  });

  it('says the far supermarket fits the goal only by industry, with fewer points, is beyond the distance limit and has no record', () => {
    const slagelse = ranked.find((r) => r.item.company.id === 'c2')!;
    assert.equal(slagelse.item.opening, null);
    assert.equal(component(slagelse.components, 'job_goal').points, 20);
    assert.equal(
      component(slagelse.components, 'job_goal').reason,
      'Jobmål A (butiksassistent, DISCO 5223, DB07 471100): virksomheden er i samme branche (DB07 471100, handel og transport mv.); ' +
        'virksomhedens stillinger kendes ikke (ingen opslag med DISCO-kode), så kun branchen tæller, med færre point. Delvis pasform: 50 %.',
    );
    const distance = component(slagelse.components, 'distance');
    assert.equal(distance.points, 0);
    assert.equal(distance.reason, '42 km fra borgerens postnummer 4300 Holbæk til 4200 Slagelse – 40 km eller mere giver 0 point.');
    assert.equal(slagelse.distanceKm, 41.6);
    assert.match(component(slagelse.components, 'ordinary_hours').reason, /^Ingen tidligere forløb her/);
    assert.equal(component(slagelse.components, 'ordinary_hours').points, 7.5);
  });

  it('gives the cleaning company nothing for the job goal but credit for readiness and its open agreement', () => {
    const clean = ranked.find((r) => r.item.company.id === 'c3')!;
    const goal = component(clean.components, 'job_goal');
    assert.equal(goal.points, 0);
    assert.equal(
      goal.reason,
      'Ingen af borgerens aktive jobmål (A: butiksassistent, DISCO 5223, DB07 471100) passer til branchen (DB07 812100, erhvervsservice).',
    );
    const hours = component(clean.components, 'ordinary_hours');
    assert.equal(hours.points, 13.8);
    assert.match(hours.reason, /samarbejdsaftale med parathed til ordinære timer/);
    assert.equal(component(clean.components, 'open_places').points, 5);
    assert.match(component(clean.components, 'open_places').reason, /Åben samarbejdsaftale/);
  });

  it('gives the restaurant a quarter of the job-goal points for the same 10-group (half, as an industry fallback) and nothing for 50 km', () => {
    const r = ranked.find((x) => x.item.company.id === 'c4')!;
    assert.equal(component(r.components, 'job_goal').points, 10);
    assert.match(component(r.components, 'job_goal').reason, /virksomheden er i samme brancheområde som jobmålet \(DB07 561010, handel og transport mv\.\)/);
    assert.match(component(r.components, 'distance').reason, /^51 km fra borgerens postnummer 4300 Holbæk til 2500 Valby/);
  });

  it('lets a wider distance scale change the distance points', () => {
    const wide = rankCompanies(citizen, candidatesFor([superSlagelse]), dir, matchParams({ maxKm: 100 }));
    // 25 × (1 − 41.6 / 100) = 14.6
    assert.equal(component(wide[0]!.components, 'distance').points, 14.6);
  });
});

describe('matching: components', () => {
  const candidate: CompanyCandidate = { company: superHolbaek, opening: superHolbaek.openings[0]! };

  it('gives no distance points for an unknown distance and says the distance is unknown', () => {
    const missing = distanceComponent(null, ['4300'], dir);
    assert.equal(missing.points, 0);
    assert.equal(missing.km, null);
    assert.equal(missing.reason, 'Borgerens postnummer mangler. Afstanden er ukendt og giver ingen point.');
    const unknown = scoreMatch({ ...citizen, postcode: '9999' }, candidate, dir);
    assert.equal(unknown.distanceKm, null);
    assert.equal(component(unknown.components, 'distance').points, 0);
    assert.match(component(unknown.components, 'distance').reason, /postnummer 9999 findes ikke i postnummerlisten\. Afstanden er ukendt og giver ingen point/);
    const companyUnknown = distanceComponent('4300', ['9998'], dir);
    assert.equal(companyUnknown.points, 0);
    assert.match(companyUnknown.reason, /Arbejdsstedets postnummer 9998.*ukendt og giver ingen point/);
    // Unknown never outranks a known commute, however long.
    assert.ok(companyUnknown.points < distanceComponent('4300', ['4340'], dir).points);
  });

  it('says when a distance is approximate because a postcode sits at its municipality’s largest town', () => {
    const approx: PostcodeDirectory = { lookup: (code) => (code === '4420' ? { ...places['4300']!, name: 'Regstrup', approximate: true } : places[code]) };
    const r = distanceComponent('4420', ['4340'], approx);
    assert.match(r.reason, /Omtrentlig afstand: 4420 Regstrup er placeret ved kommunens største by/);
    assert.doesNotMatch(distanceComponent('4300', ['4340'], approx).reason, /Omtrentlig/);
  });

  it('measures to the nearest of a company’s addresses and falls linearly to 0 at maxKm', () => {
    const near = distanceComponent('4300', ['4200', '4340'], dir);
    assert.equal(near.km, 12.2);
    assert.equal(near.points, Math.round(25 * (1 - 12.2 / 40) * 10) / 10);
    assert.equal(near.reason, '12 km fra borgerens postnummer 4300 Holbæk til 4340 Tølløse.');
  });

  it('scores occupation codes by shared DISCO digits and weighs B and C goals down', () => {
    const withCode = (code: string): CompanyCandidate => ({ company: superHolbaek, opening: { ...candidate.opening!, occupationCode: code, industryCode: '999999' } });
    const goal = (tier: 'A' | 'B' | 'C', occupationCode: string) => [{ tier, occupationCode, occupationText: null, industryCode: null }];
    assert.equal(jobGoalComponent(goal('A', '5223'), withCode('5223')).points, 40);
    assert.equal(jobGoalComponent(goal('A', '5223'), withCode('5221')).points, 30);
    assert.equal(jobGoalComponent(goal('A', '5223'), withCode('5230')).points, 20);
    assert.equal(jobGoalComponent(goal('A', '5223'), withCode('5400')).points, 10);
    assert.equal(jobGoalComponent(goal('A', '5223'), withCode('9112')).points, 0);
    const b = jobGoalComponent(goal('B', '5223'), withCode('5223'));
    assert.equal(b.points, 34);
    assert.match(b.reason, /B-mål tæller 85 %/);
    assert.equal(jobGoalComponent(goal('C', '5223'), withCode('5223')).points, 28);
    assert.match(jobGoalComponent(goal('A', '5223'), withCode('5221')).reason, /deler 3 cifre med jobmålets\. Delvis pasform: 75 %/);
  });

  it('takes the best of several goals: an A goal that fits beats a C goal that fits better', () => {
    const goals = [
      { tier: 'C' as const, occupationCode: '9112', occupationText: 'rengøringsassistent', industryCode: null },
      { tier: 'A' as const, occupationCode: '5221', occupationText: 'butiksassistent', industryCode: null },
    ];
    const result = jobGoalComponent(goals, candidate); // A: 0.75 × 1.0 = 0.75; C: no fit
    assert.equal(result.points, 30);
    assert.match(result.reason, /^Jobmål A/);
    const cleaningJob: CompanyCandidate = { company: cleaning, opening: opening({ id: 'o9', title: 'Rengøring', occupationCode: '9112', postcode: '4300' }) };
    const viaC = jobGoalComponent(goals, cleaningJob);
    assert.equal(viaC.points, 28);
    assert.match(viaC.reason, /^Jobmål C \(rengøringsassistent, DISCO 9112\): opslaget gælder samme stilling/);
  });

  it('falls back to industries at half weight when occupations cannot be compared: 4+ shared DB07 digits, 2-3, the same 10-group', () => {
    const goal = [{ tier: 'A' as const, occupationCode: null, occupationText: null, industryCode: '471100' }];
    const at = (industryCode: string): CompanyCandidate => ({ company: company({ id: 'x', name: 'X', industryCode }), opening: null });
    assert.equal(jobGoalComponent(goal, at('471190')).points, 20);
    assert.match(jobGoalComponent(goal, at('471190')).reason, /jobmålet har ingen DISCO-kode, så kun branchen tæller, med færre point/);
    assert.equal(jobGoalComponent(goal, at('475200')).points, 15);
    assert.match(jobGoalComponent(goal, at('475200')).reason, /virksomheden deler de første 2 cifre af branchekoden med jobmålet \(DB07 475200/);
    assert.equal(jobGoalComponent(goal, at('561010')).points, 10);
    assert.equal(jobGoalComponent(goal, at('812100')).points, 0);
    assert.equal(jobGoalComponent(goal, at('471190'), matchParams({ industryFallback: 1 })).points, 40);
  });

  it('lets the occupation decide when both have a DISCO code: an opening for another job in the same industry gives no job-goal points', () => {
    // A shop assistant's goal against a cleaning job at the supermarket: same DB07, different DISCO.
    const cleaningAtSuper: CompanyCandidate = {
      company: superHolbaek,
      opening: opening({ id: 'o5', title: 'Rengøring af butikken', occupationCode: '9112', industryCode: '471100', postcode: '4300' }),
    };
    const result = jobGoalComponent(citizen.jobGoals, cleaningAtSuper);
    assert.equal(result.points, 0);
    assert.match(result.reason, /passer til opslaget "Rengøring af butikken" \(DISCO 9112\)/);
    // Without a DISCO code on the opening the industry counts, with fewer points, and the reason says why.
    const uncoded = jobGoalComponent(citizen.jobGoals, { ...cleaningAtSuper, opening: { ...cleaningAtSuper.opening!, occupationCode: null } });
    assert.equal(uncoded.points, 20);
    assert.match(uncoded.reason, /opslaget har ingen DISCO-kode, så kun branchen tæller, med færre point/);
  });

  it('scores a company as a whole by the occupations of its openings where known, before its industry', () => {
    const known = company({ id: 'k', name: 'Kendt Butik', industryCode: '471100', postcodes: ['4300'], occupationCodes: ['5223', '9112'] });
    const same = jobGoalComponent(citizen.jobGoals, { company: known, opening: null });
    assert.equal(same.points, 40);
    assert.match(same.reason, /virksomheden har haft opslag til samme stilling \(DISCO 5223\)/);
    const other = company({ id: 'o', name: 'Anden Butik', industryCode: '471100', postcodes: ['4300'], occupationCodes: ['9112'] });
    const none = jobGoalComponent(citizen.jobGoals, { company: other, opening: null });
    assert.equal(none.points, 0);
    assert.match(none.reason, /virksomhedens kendte stillinger \(DISCO 9112\)/);
  });

  it('recognises a goal written in words in the opening’s title', () => {
    const goal = [{ tier: 'A' as const, occupationCode: null, occupationText: 'Butiksassistent', industryCode: null }];
    const result = jobGoalComponent(goal, candidate);
    assert.equal(result.points, 20);
    assert.match(result.reason, /titel "Butiksassistent, varepåfyldning" nævner "Butiksassistent"/);
  });

  it('says so when the citizen has no active job goal', () => {
    const result = jobGoalComponent([], candidate);
    assert.equal(result.points, 0);
    assert.match(result.reason, /intet aktivt jobmål/);
  });

  it('shrinks small ordinary-hours records towards one half and caps the bonuses at max', () => {
    assert.equal(ordinaryHoursShare({ placements: 0, withPaidHours: 0 }), 0.5);
    assert.equal(ordinaryHoursShare({ placements: 1, withPaidHours: 1 }), 2 / 3);
    assert.equal(ordinaryHoursShare({ placements: 20, withPaidHours: 20 }), 21 / 22);
    // One success in one placement is weaker evidence than 8 in 10.
    assert.ok(ordinaryHoursShare({ placements: 1, withPaidHours: 1 }) < ordinaryHoursShare({ placements: 10, withPaidHours: 8 }));
    const agreement = { ordinaryHoursReadiness: true, fixedPlaces: null, placesInUse: 0, open: true };
    const paid = { ...candidate.opening!, paidFromStart: true };
    const full = ordinaryHoursComponent({ placements: 20, withPaidHours: 20 }, agreement, paid);
    assert.equal(full.points, 25);
    assert.equal(full.reason, '20 af 20 tidligere forløb her fik ordinære timer (vægtet 95 % efter udjævning for få forløb); samarbejdsaftale med parathed til ordinære timer; opslaget er med løn fra start.');
    const noReadiness = ordinaryHoursComponent({ placements: 0, withPaidHours: 0 }, { ...agreement, ordinaryHoursReadiness: false }, null);
    assert.equal(noReadiness.points, 7.5);
    assert.match(noReadiness.reason, /samarbejdsaftale uden parathed/);
  });

  it('counts free places in the opening, else in fixed-place agreements', () => {
    const one = openPlacesComponent({ company: superHolbaek, opening: { ...candidate.opening!, places: 3, placesTaken: 2 } });
    assert.deepEqual([one.points, one.reason], [5, '1 ledig plads i opslaget (3 i alt).']);
    const full = openPlacesComponent({ company: superHolbaek, opening: { ...candidate.opening!, places: 2, placesTaken: 2 } });
    assert.deepEqual([full.points, full.reason], [0, 'Alle 2 pladser i opslaget er besat.']);
    const filled = openPlacesComponent({ company: superHolbaek, opening: { ...candidate.opening!, status: 'filled' } });
    assert.equal(filled.points, 0);
    const fixed = company({ id: 'f', name: 'F', agreement: { ordinaryHoursReadiness: false, fixedPlaces: 5, placesInUse: 2, open: false } });
    const fixedResult = openPlacesComponent({ company: fixed, opening: null });
    assert.deepEqual([fixedResult.points, fixedResult.reason], [10, '3 ledige pladser i samarbejdsaftalen (5 aftalt, 2 i brug).']);
    const used = company({ id: 'u', name: 'U', agreement: { ordinaryHoursReadiness: false, fixedPlaces: 2, placesInUse: 2, open: false } });
    assert.equal(openPlacesComponent({ company: used, opening: null }).points, 0);
    assert.equal(openPlacesComponent({ company: company({ id: 'n', name: 'N' }), opening: null }).points, 0);
  });

  it('lists a company with open openings by its openings and one without as a whole; openingsOnly drops the latter', () => {
    const closed = company({ id: 'cl', name: 'Closed', openings: [opening({ id: 'oc', title: 'Lukket', postcode: '4300', status: 'closed' })] });
    const all = candidatesFor([superHolbaek, superSlagelse, closed]);
    assert.deepEqual(all.map((c) => [c.company.id, c.opening?.id ?? null]), [['c1', 'o1'], ['c2', null], ['cl', null]]);
    assert.deepEqual(candidatesFor([superHolbaek, superSlagelse], { openingsOnly: true }).map((c) => c.opening?.id), ['o1']);
  });

  it('refuses a non-positive distance scale', () => {
    assert.throws(() => matchParams({ maxKm: 0 }), RangeError);
    assert.equal(matchParams().maxKm, defaultMatchParams.maxKm);
  });
});

describe('matching: ties and the reverse ranking', () => {
  it('breaks ties by distance, then name, deterministically whatever the input order', () => {
    const twin = (id: string, name: string, postcode: string) => company({ id, name, industryCode: '471100', postcodes: [postcode] });
    // Two equal supermarkets in the citizen's postcode tie on score and distance: the name decides.
    const a = twin('a', 'Beta Butik', '4300');
    const b = twin('b', 'Alfa Butik', '4300');
    const far = twin('c', 'Aaa Butik', '9999'); // unknown postcode: no distance points, so below the two
    const orders = [
      [a, b, far],
      [far, b, a],
      [b, far, a],
    ];
    const results = orders.map((order) => rankCompanies(citizen, candidatesFor(order), dir).map((r) => [r.rank, r.item.company.name]));
    for (const result of results) assert.deepEqual(result, results[0]);
    assert.deepEqual(results[0], [
      [1, 'Alfa Butik'],
      [2, 'Beta Butik'],
      [3, 'Aaa Butik'],
    ]);
    // Equal scores at different distances: the nearer first, even with a later name.
    const scale = matchParams({ maxKm: 10 }); // both beyond 10 km score 0 for distance
    const slagelse = twin('s', 'Aaa Slagelse', '4200');
    const tolloese = twin('t', 'Zzz Tølløse', '4340');
    const byDistance = rankCompanies(citizen, candidatesFor([slagelse, tolloese]), dir, scale);
    assert.equal(byDistance[0]!.score, byDistance[1]!.score);
    assert.deepEqual(byDistance.map((r) => r.item.company.name), ['Zzz Tølløse', 'Aaa Slagelse']);
  });

  it('ranks citizens for an opening with the same components', () => {
    const target: CompanyCandidate = { company: superHolbaek, opening: superHolbaek.openings[0]! };
    const citizens = [
      { id: 'k3', name: 'Carl', postcode: '4340', jobGoals: [] },
      { id: 'k2', name: 'Bente', postcode: '4200', jobGoals: [{ tier: 'C' as const, occupationCode: '5223', occupationText: null, industryCode: null }] },
      { id: 'k1', name: 'Anna', postcode: '4300', jobGoals: citizen.jobGoals },
      { id: 'k4', name: 'Dorte', postcode: null, jobGoals: [{ tier: 'A' as const, occupationCode: '5223', occupationText: null, industryCode: null }] },
    ];
    const ranked = rankCitizens(target, citizens, dir);
    assert.deepEqual(
      ranked.map((r) => [r.rank, r.item.name, r.score]),
      [
        [1, 'Anna', 83.6], // 40 + 25 + 8.6 + 10
        [2, 'Dorte', 58.6], // 40 + 0 (unknown postcode) + 8.6 + 10
        [3, 'Bente', 46.6], // 28 (C goal) + 0 (42 km) + 8.6 + 10
        [4, 'Carl', 36], // 0 + 17.4 (12 km) + 8.6 + 10
      ],
    );
    // The reverse is the forward score: the same citizen scores the same both ways.
    const forward = rankCompanies(citizens[2]!, [target], dir)[0]!;
    assert.deepEqual(forward.components, ranked[0]!.components);
  });
});
