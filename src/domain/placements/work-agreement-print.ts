/**
 * The printable work agreement (arbejdsaftale): one self-contained Danish
 * HTML document with print CSS, to be read and signed by the citizen, the
 * company and the job centre. It names the citizen but never carries the CPR
 * number or birth date. Every value is HTML-escaped. The sections are built
 * once (`agreementSections`) and drawn by both the HTML and the PDF renderer.
 */
import { formatHours } from '../companies/company.ts';
import { escapeHtml, printBaseCss } from '../print.ts';
import { danishDateOf } from '../rules/explain.ts';
import { placementTypeLabels } from '../rules/labels.ts';
import {
  agreementChecklist,
  mentorKindLabels,
  ordinaryHoursKindLabels,
  parties,
  weekdayLabels,
  weekdays,
  type ChecklistItem,
  type StoredWorkAgreementContent,
} from './work-agreement.ts';

export interface WorkAgreementDocument {
  citizen: { name: string };
  company: { name: string; cvr: string; address: string | null };
  jobcentre: { name: string };
  versionNo: number;
  /** The day this version was made. */
  madeOn: string;
  /** The day the first version was made (whether the agreement came before the start). */
  firstMadeOn: string;
  content: StoredWorkAgreementContent;
  citizenAgreedOn: string | null;
  companyAgreedOn: string | null;
  jobcentreAgreedOn: string | null;
  /** The day the document is printed. */
  printedOn: string;
}

export interface PrintRow {
  /** Null for running text (a paragraph). */
  label: string | null;
  text: string;
}

export interface PrintSection {
  title: string;
  rows: PrintRow[];
}

/** The party signing for each side, as named on the signature lines. */
export interface Signatory {
  label: string;
  name: string;
  agreedOn: string | null;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const hours = (h: number) => `${formatHours(h)} ${h === 1 ? 'time' : 'timer'}`;
const orNone = (value: string | null | undefined, none: string) => (value?.trim() ? value : none);

function period(from: string | null, to: string | null): string {
  if (from && to) return `${danishDateOf(from)} – ${danishDateOf(to)}`;
  if (from) return `Fra ${danishDateOf(from)} (slutdato ikke aftalt)`;
  if (to) return `Til ${danishDateOf(to)} (startdato ikke aftalt)`;
  return 'Ikke fastlagt';
}

/** "Hver 4. uge (28 dage)" or "Hver 10. dag". */
export function cadenceText(days: number): string {
  return days % 7 === 0 ? (days === 7 ? 'Hver uge (7 dage)' : `Hver ${days / 7}. uge (${days} dage)`) : `Hver ${days}. dag`;
}

/** The agreement's content sections with Danish headings, in reading order. */
export function agreementSections(doc: WorkAgreementDocument): PrintSection[] {
  const c = doc.content;
  const oh = c.ordinaryHours;
  const weekdayRows = c.weekdayHours
    ? weekdays.filter((d) => (c.weekdayHours?.[d] ?? 0) > 0).map((d) => ({ label: weekdayLabels[d], text: hours(c.weekdayHours?.[d] ?? 0) }))
    : [];
  const ordinaryRows: PrintRow[] = [{ label: 'Aftale', text: ordinaryHoursKindLabels[oh.kind] }];
  if (oh.hoursPerWeek !== null) ordinaryRows.push({ label: oh.kind === 'now' ? 'Lønnede timer om ugen' : 'Mål for lønnede timer om ugen', text: hours(oh.hoursPerWeek) });
  if (oh.from) ordinaryRows.push({ label: oh.kind === 'now' ? 'Fra' : 'Forventet fra', text: danishDateOf(oh.from) });
  if (oh.text) ordinaryRows.push({ label: oh.kind === 'declaration_of_intent' ? 'Hensigtserklæring' : 'Betingelser', text: oh.text });
  return [
    {
      title: 'Parter',
      rows: [
        { label: 'Borger', text: doc.citizen.name },
        { label: 'Virksomhed', text: [`${doc.company.name} (CVR ${doc.company.cvr})`, doc.company.address].filter(Boolean).join(', ') },
        { label: 'Jobcenter', text: doc.jobcentre.name },
      ],
    },
    {
      title: 'Forløbet',
      rows: [
        { label: 'Type', text: capitalise(placementTypeLabels[c.placementType] ?? c.placementType) },
        { label: 'Periode', text: period(c.plannedFrom, c.plannedTo) },
      ],
    },
    { title: 'Opgaver', rows: [{ label: null, text: c.tasks }] },
    { title: 'Arbejdstid', rows: [{ label: 'Timer om ugen i alt', text: hours(c.hoursPerWeek) }, ...weekdayRows] },
    {
      title: 'Delmål for progression',
      rows: c.subGoals.map((g, i) => ({ label: `${i + 1}.`, text: g.targetDate ? `${g.text} (senest ${danishDateOf(g.targetDate)})` : g.text })),
    },
    { title: 'Ordinære timer', rows: ordinaryRows },
    { title: 'Hensyn til helbred (skånehensyn)', rows: [{ label: null, text: orNone(c.accommodations, 'Ingen særlige hensyn er noteret.') }] },
    {
      title: 'Fast kontaktperson på virksomheden',
      rows: [
        { label: 'Navn', text: c.companyContact.name },
        ...(c.companyContact.phone ? [{ label: 'Telefon', text: c.companyContact.phone }] : []),
        ...(c.companyContact.email ? [{ label: 'E-mail', text: c.companyContact.email }] : []),
      ],
    },
    {
      title: 'Mentor og hjælpemidler',
      rows: [
        { label: 'Mentor', text: c.mentor ? `${c.mentor.name} (${mentorKindLabels[c.mentor.kind] ?? c.mentor.kind})` : 'Ingen mentor' },
        { label: 'Hjælpemidler', text: orNone(c.aids, 'Ingen') },
      ],
    },
    {
      title: 'Opfølgning',
      rows: [
        { label: 'Hyppighed', text: cadenceText(c.followUpPlan.cadenceDays) },
        { label: 'Første opfølgning', text: danishDateOf(c.followUpPlan.firstDate) },
      ],
    },
  ];
}

/**
 * The seeds' points this version still lacks, shown on the print so the
 * parties see them before signing. The parties' approval is left out: the
 * signature lines are where it is given.
 */
export function printChecklistGaps(doc: WorkAgreementDocument): ChecklistItem[] {
  return agreementChecklist(doc.content, { madeOn: doc.firstMadeOn }).filter((item) => !item.done && item.key !== 'agreedByAll');
}

/** Who signs for each party and the day they agreed to this version (null: not yet). */
export function signatories(doc: WorkAgreementDocument): Signatory[] {
  const names = { citizen: doc.citizen.name, company: `${doc.company.name} v/ ${doc.content.companyContact.name}`, jobcentre: doc.jobcentre.name };
  return parties.map((p) => ({ label: p.label, name: names[p.key], agreedOn: doc[p.field] }));
}

export const agreementTitle = (doc: WorkAgreementDocument) => `Arbejdsaftale – ${doc.citizen.name} og ${doc.company.name}`;
export const versionLine = (doc: WorkAgreementDocument) => `Version ${doc.versionNo}, lavet ${danishDateOf(doc.madeOn)}`;
export const printedLine = (doc: WorkAgreementDocument) => `Udskrevet fra Jobspor ${danishDateOf(doc.printedOn)}.`;

/** The base print CSS and the agreement's own rules. */
const css = `${printBaseCss}h1 { font-size: 20pt; margin: 0; color: #004993; }
.meta { margin: 2mm 0 0; color: #333; }
dl { display: grid; grid-template-columns: 52mm 1fr; gap: 1mm 4mm; margin: 0; }
dt { color: #555; }
dd { margin: 0; }
p { margin: 0 0 2mm; }
.gaps { border: 1px solid #b3261e; border-left-width: 4px; padding: 2mm 4mm; margin-top: 6mm; }
.gaps h2 { color: #b3261e; border: 0; margin-top: 0; }
.gaps ul { margin: 0; padding-left: 5mm; }
.signatures { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8mm; margin-top: 4mm; }
.signature { break-inside: avoid; }
.signature .party { font-weight: bold; margin: 0; }
.signature .line { border-bottom: 1px solid #1a1a1a; height: 12mm; margin: 0 0 1mm; }
.signature .caption { font-size: 9pt; color: #555; margin: 0 0 2mm; }
`;

/** Text with line breaks kept. */
const lines = (value: string) => escapeHtml(value).replace(/\r?\n/g, '<br>');

function sectionHtml(section: PrintSection): string {
  const labelled = section.rows.filter((r) => r.label !== null);
  const paragraphs = section.rows.filter((r) => r.label === null);
  return `<section><h2>${escapeHtml(section.title)}</h2>${paragraphs.map((r) => `<p>${lines(r.text)}</p>`).join('')}${
    labelled.length ? `<dl>${labelled.map((r) => `<dt>${escapeHtml(r.label ?? '')}</dt><dd>${lines(r.text)}</dd>`).join('')}</dl>` : ''
  }</section>`;
}

/** The complete HTML document. */
export function renderWorkAgreementHtml(doc: WorkAgreementDocument): string {
  const gaps = printChecklistGaps(doc);
  const gapsHtml = gaps.length
    ? `<section class="gaps"><h2>Mangler i aftalen</h2><ul>${gaps.map((g) => `<li><strong>${escapeHtml(g.label)}:</strong> ${escapeHtml(g.hint)}</li>`).join('')}</ul></section>`
    : '';
  const signatures = signatories(doc)
    .map(
      (s) => `<div class="signature"><p class="party">${escapeHtml(s.label)}</p><p>${escapeHtml(s.name)}</p>
<p class="caption">Godkendt den: ${s.agreedOn ? escapeHtml(danishDateOf(s.agreedOn)) : '________________'}</p>
<div class="line"></div><p class="caption">Underskrift</p></div>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(agreementTitle(doc))}</title>
<style>${css}</style>
</head>
<body>
<header>
<p class="kind">Arbejdsaftale</p>
<h1>${escapeHtml(doc.citizen.name)}</h1>
<p class="meta">Aftale mellem ${escapeHtml(doc.citizen.name)}, ${escapeHtml(doc.company.name)} og ${escapeHtml(doc.jobcentre.name)}</p>
<p class="meta">${escapeHtml(versionLine(doc))}</p>
</header>
<main>
${agreementSections(doc).map(sectionHtml).join('\n')}
${gapsHtml}
<section><h2>Godkendelse og underskrifter</h2>
<div class="signatures">
${signatures}
</div></section>
</main>
<footer>${escapeHtml(versionLine(doc))}. ${escapeHtml(printedLine(doc))}</footer>
</body>
</html>
`;
}
