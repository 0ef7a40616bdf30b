/**
 * The printable "Kompetence-CV": one self-contained HTML document with print
 * CSS, meant to be handed to employers. It carries the citizen's name and
 * contact details but never the CPR number or birth date. Every value is
 * HTML-escaped.
 */
import { escapeHtml, printBaseCss } from '../print.ts';
import { danishDateOf } from '../rules/explain.ts';
import { formatPeriod, languageLevelLabels, type CvContent } from './cv.ts';

export interface CvHolder {
  firstName: string;
  lastName: string;
  phone: string | null;
  email: string | null;
  postcode: string | null;
  city: string | null;
}

export interface CvDocument {
  holder: CvHolder;
  content: CvContent;
  versionNo: number;
  /** Day the version was saved, 'YYYY-MM-DD'. */
  savedOn: string;
}

/** Text with line breaks kept. */
const paragraph = (value: string) => `<p>${escapeHtml(value).replace(/\r?\n/g, '<br>')}</p>`;

function section(title: string, body: string): string {
  return body ? `<section><h2>${escapeHtml(title)}</h2>${body}</section>` : '';
}

/** The sections of a CV as (heading, rows) pairs, shared by the HTML and PDF renderings. */
export interface CvSectionRow {
  heading: string;
  meta: string;
  text: string;
}

export function cvSections(content: CvContent): { title: string; rows: CvSectionRow[] }[] {
  return [
    {
      title: 'Erhvervserfaring',
      rows: content.workExperience.map((w) => ({ heading: `${w.title}, ${w.employer}`, meta: formatPeriod(w.from, w.to), text: w.tasks })),
    },
    {
      title: 'Uddannelse',
      rows: content.education.map((e) => ({
        heading: `${e.title}, ${e.institution}`,
        meta: [formatPeriod(e.from, e.to), e.completed ? 'Gennemført' : e.to ? 'Ikke gennemført' : 'I gang'].filter(Boolean).join(' · '),
        text: '',
      })),
    },
    {
      title: 'Kurser',
      rows: content.courses.map((c) => ({ heading: c.title, meta: [c.provider, c.year === null ? null : String(c.year)].filter(Boolean).join(', '), text: '' })),
    },
  ];
}

export function holderContactLine(holder: CvHolder): string {
  const place = [holder.postcode, holder.city].filter(Boolean).join(' ');
  return [holder.phone ? `Tlf. ${holder.phone}` : null, holder.email, place || null].filter(Boolean).join(' · ');
}

export function languagesLine(content: CvContent): string[] {
  return content.languages.map((l) => `${l.language}: ${languageLevelLabels[l.level]}`);
}

/** The base print CSS and the CV's own rules. */
const css = `${printBaseCss}h1 { font-size: 22pt; margin: 0; color: #004993; }
.contact { margin: 2mm 0 0; color: #333; }
.row { margin: 0 0 3mm; break-inside: avoid; }
.row h3 { font-size: 11pt; margin: 0; }
.meta { color: #555; font-size: 9.5pt; margin: 0; }
.row p { margin: 1mm 0 0; }
ul.tags { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 2mm; }
ul.tags li { border: 1px solid #c8d3e0; border-radius: 3mm; padding: .5mm 3mm; }
`;

/** The complete HTML document. */
export function renderCvHtml(doc: CvDocument): string {
  const { holder, content } = doc;
  const name = `${holder.firstName} ${holder.lastName}`;
  const contact = holderContactLine(holder);
  const rows = (list: CvSectionRow[]) =>
    list
      .map(
        (r) =>
          `<div class="row"><h3>${escapeHtml(r.heading)}</h3>${r.meta ? `<p class="meta">${escapeHtml(r.meta)}</p>` : ''}${r.text ? paragraph(r.text) : ''}</div>`,
      )
      .join('');
  const tags = (values: readonly string[]) => (values.length ? `<ul class="tags">${values.map((v) => `<li>${escapeHtml(v)}</li>`).join('')}</ul>` : '');
  const body = [
    section('Profil', content.profile ? paragraph(content.profile) : ''),
    section('Kompetencer', tags(content.competences)),
    ...cvSections(content).map((s) => section(s.title, rows(s.rows))),
    section('Sprog', tags(languagesLine(content))),
    section('Kørekort', tags(content.drivingLicence.map((c) => `Kategori ${c}`))),
    section('Fritid og interesser', content.leisure ? paragraph(content.leisure) : ''),
  ].join('\n');
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kompetence-CV – ${escapeHtml(name)}</title>
<style>${css}</style>
</head>
<body>
<header>
<p class="kind">Kompetence-CV</p>
<h1>${escapeHtml(name)}</h1>
${contact ? `<p class="contact">${escapeHtml(contact)}</p>` : ''}
</header>
<main>
${body}
</main>
<footer>Version ${doc.versionNo}, gemt ${escapeHtml(danishDateOf(doc.savedOn))}.</footer>
</body>
</html>
`;
}
