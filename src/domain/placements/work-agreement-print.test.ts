import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WorkAgreementContentSchema } from './work-agreement.ts';
import { agreementSections, cadenceText, renderWorkAgreementHtml, type WorkAgreementDocument } from './work-agreement-print.ts';

const content = () =>
  WorkAgreementContentSchema.parse({
    tasks: 'Varemodtagelse <og> opfyldning\npå lageret',
    hoursPerWeek: 12.5,
    weekdayHours: { mon: 5, wed: 7.5 },
    subGoals: [{ text: 'Møde stabilt', targetDate: '2024-04-01' }],
    ordinaryHours: { kind: 'declaration_of_intent', hoursPerWeek: 10, text: 'Ansættelse i 10 timer, når varemodtagelsen kører.' },
    accommodations: null,
    companyContact: { name: 'Lise Lager', phone: '12345678', email: 'lise@example.dk' },
    followUpPlan: { cadenceDays: 28, firstDate: '2024-03-15' },
    mentor: { name: 'Mona Mentor', kind: 'company' },
    placementType: 'loentilskud',
    plannedFrom: '2024-03-04',
    plannedTo: null,
  });

const doc = (overrides: Partial<WorkAgreementDocument> = {}): WorkAgreementDocument => ({
  citizen: { name: 'Søren "Sønne" Ågård' },
  company: { name: 'Lager & Co', cvr: '12345674', address: 'Havnevej 1, 4300 Holbæk' },
  jobcentre: { name: 'Jobcenter Holbæk' },
  versionNo: 2,
  madeOn: '2024-03-01',
  firstMadeOn: '2024-02-20',
  content: content(),
  citizenAgreedOn: '2024-03-01',
  companyAgreedOn: null,
  jobcentreAgreedOn: '2024-03-02',
  printedOn: '2024-03-05',
  ...overrides,
});

describe('printable work agreement', () => {
  it('is a Danish HTML document with every section, the parties and the version', () => {
    const html = renderWorkAgreementHtml(doc());
    assert.match(html, /^<!doctype html>\n<html lang="da">/);
    for (const heading of [
      'Parter',
      'Forløbet',
      'Opgaver',
      'Arbejdstid',
      'Delmål for progression',
      'Ordinære timer',
      'Hensyn til helbred (skånehensyn)',
      'Fast kontaktperson på virksomheden',
      'Mentor og hjælpemidler',
      'Opfølgning',
      'Godkendelse og underskrifter',
    ]) {
      assert.ok(html.includes(`<h2>${heading}</h2>`), heading);
    }
    assert.match(html, /Lager &amp; Co \(CVR 12345674\), Havnevej 1, 4300 Holbæk/);
    assert.match(html, /Jobcenter Holbæk/);
    assert.match(html, /Løntilskud/);
    assert.match(html, /Fra 4\. marts 2024 \(slutdato ikke aftalt\)/);
    assert.match(html, /<dt>Timer om ugen i alt<\/dt><dd>12,5 timer<\/dd>/);
    assert.match(html, /<dt>Onsdag<\/dt><dd>7,5 timer<\/dd>/);
    assert.match(html, /Møde stabilt \(senest 1\. april 2024\)/);
    assert.match(html, /<dt>Hensigtserklæring<\/dt><dd>Ansættelse i 10 timer/);
    assert.match(html, /Mål for lønnede timer om ugen<\/dt><dd>10 timer/);
    assert.match(html, /Mona Mentor \(Virksomhedsmentor\)/);
    assert.match(html, /Hver 4\. uge \(28 dage\)/);
    assert.match(html, /Version 2, lavet 1\. marts 2024/);
    assert.match(html, /Udskrevet fra Jobspor 5\. marts 2024\./);
    assert.match(html, /<style>[\s\S]*@page/);
  });

  it('escapes every value and keeps line breaks', () => {
    const html = renderWorkAgreementHtml(doc());
    assert.match(html, /Søren &quot;Sønne&quot; Ågård/);
    assert.match(html, /Varemodtagelse &lt;og&gt; opfyldning<br>på lageret/);
    assert.ok(!html.includes('<og>'));
  });

  it('has a dated signature line per party, blank when a party has not agreed yet', () => {
    const html = renderWorkAgreementHtml(doc());
    const signatures = html.slice(html.indexOf('Godkendelse og underskrifter'));
    assert.equal(signatures.match(/class="signature"/g)?.length, 3);
    assert.match(signatures, /Borger<\/p><p>Søren &quot;Sønne&quot; Ågård<\/p>\n<p class="caption">Godkendt den: 1\. marts 2024/);
    assert.match(signatures, /Virksomhed<\/p><p>Lager &amp; Co v\/ Lise Lager<\/p>\n<p class="caption">Godkendt den: ________________/);
    assert.match(signatures, /Jobcenter Holbæk<\/p>\n<p class="caption">Godkendt den: 2\. marts 2024/);
    assert.equal(signatures.match(/>Underskrift</g)?.length, 3);
  });

  it('lists the seeds’ points the agreement lacks, and none when it is complete', () => {
    const html = renderWorkAgreementHtml(doc());
    assert.match(html, /Mangler i aftalen/);
    assert.match(html, /Hensyn til helbred \(skånehensyn\):<\/strong>/);
    assert.doesNotMatch(html, /Godkendt af borger, virksomhed og jobcenter/, 'approval is given on the signature lines');
    assert.match(renderWorkAgreementHtml(doc({ firstMadeOn: '2024-03-05' })), /Aftalt før forløbet starter:<\/strong>/);
    const complete = renderWorkAgreementHtml(doc({ content: { ...content(), accommodations: 'Ingen tunge løft' } }));
    assert.ok(!complete.includes('Mangler i aftalen'));
  });

  it('shows what is agreed on ordinary hours for each kind', () => {
    const rows = (ordinaryHours: object) =>
      agreementSections(doc({ content: { ...content(), ordinaryHours: { hoursPerWeek: null, from: null, text: null, ...ordinaryHours } as never } })).find(
        (s) => s.title === 'Ordinære timer',
      )!.rows;
    assert.deepEqual(rows({ kind: 'now', hoursPerWeek: 5, from: '2024-03-04' }), [
      { label: 'Aftale', text: 'Ordinære timer fra start' },
      { label: 'Lønnede timer om ugen', text: '5 timer' },
      { label: 'Fra', text: '4. marts 2024' },
    ]);
    assert.deepEqual(rows({ kind: 'none' }), [{ label: 'Aftale', text: 'Ingen aftale om ordinære timer endnu' }]);
  });

  it('words the follow-up cadence in weeks when it is whole weeks', () => {
    assert.equal(cadenceText(7), 'Hver uge (7 dage)');
    assert.equal(cadenceText(21), 'Hver 3. uge (21 dage)');
    assert.equal(cadenceText(10), 'Hver 10. dag');
  });
});
