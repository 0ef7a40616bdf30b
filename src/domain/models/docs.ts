/**
 * Markdown for the model definitions: docs/models.md (all models) and
 * `jobspor models show <id>` (one model). Output is deterministic, so the
 * generated file can be checked for staleness.
 */
import { formatSource, seedTitles, type SourceRef } from '../rules/source.ts';
import { attendeeRoleLabels, placementTypeLabels } from '../rules/labels.ts';
import { milestoneLabels, parameterBasisLabels, ruleTypeInfo, type ParameterSpec, type Rule } from '../rules/vocabulary.ts';
import { describeCondition, type Condition } from './phases.ts';
import type { EligibilityRule } from './eligibility.ts';
import type { Measure, ModelDefinition } from './schema.ts';

const unitWords: Record<ParameterSpec['unit'], string> = { days: 'dage', weeks: 'uger', count: 'sager', flag: '(1 = ja, 0 = nej)' };

/** What a count counts, where it is not cases. */
const countWords: Partial<Record<Rule['type'], string>> = { team_size: 'medarbejdere', staff_continuity: 'skift' };

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const src = (s: SourceRef) => formatSource(s);

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

function conditions(list: readonly Condition[]): string {
  return list.length ? list.map(describeCondition).join('; ') : '–';
}

function eligibilityText(rule: EligibilityRule): string {
  if (rule.type !== 'any_of') return rule.explanation;
  const options = rule.rules.map((r) => (r.type === 'all_of' ? r.rules.map((x) => x.explanation).join(' og ') : r.explanation));
  return `${rule.explanation} (én af: ${options.join(' / ')})`;
}

function parameters(rule: Rule): string {
  const entries = Object.entries(rule.params) as [string, ParameterSpec][];
  if (entries.length === 0) return '–';
  return entries
    .map(([name, p]) => `\`${name}\` = ${p.value} ${countWords[rule.type] && p.unit === 'count' ? countWords[rule.type] : unitWords[p.unit]} (tilladt ${p.min}-${p.max}; ${parameterBasisLabels[p.basis]}; kilde ${src(p.source)})`)
    .join('<br>');
}

function ruleDetails(rule: Rule): string {
  const parts: string[] = [];
  if ('anchor' in rule) parts.push(`regnet fra ${milestoneLabels[rule.anchor]}`);
  if ('role' in rule && rule.role) parts.push(`rolle: ${attendeeRoleLabels[rule.role]}`);
  if ('roles' in rule) parts.push(`deltagere: ${rule.roles.map((r) => attendeeRoleLabels[r]).join(', ')}`);
  if ('kinds' in rule) parts.push(`kontakttyper: ${rule.kinds.join(', ')}`);
  if ('placementTypes' in rule) parts.push(`forløbstyper: ${rule.placementTypes.map((t) => placementTypeLabels[t]).join(', ')}`);
  if ('from' in rule) parts.push(`fra ${milestoneLabels[rule.from]} til ${milestoneLabels[rule.to]}`);
  if ('requireConcrete' in rule && rule.requireConcrete) parts.push('kun konkret jobmål');
  if ('instruments' in rule) parts.push(`instrumenter: ${rule.instruments.join(', ')}`);
  if ('schedules' in rule) parts.push(rule.schedules.map((s) => `${s.courseMonths} mdr.: måned ${s.months.join('/')}`).join('; '));
  if ('milestone' in rule) parts.push(`hændelse: ${milestoneLabels[rule.milestone]}`);
  if ('kind' in rule) parts.push(`møde: ${rule.kind}`);
  if (rule.severity === 'warning') parts.push('advarsel, ikke frist (tallet er observeret praksis eller et gennemsnit)');
  if (rule.appliesTo?.groups) parts.push(`kun gruppe ${rule.appliesTo.groups.join(', ')}`);
  if (rule.appliesTo?.phases) parts.push(`kun fase ${rule.appliesTo.phases.join(', ')}`);
  return parts.join('; ');
}

function measures(list: readonly Measure[]): string[] {
  if (list.length === 0) return ['Ingen.'];
  return table(
    ['Id', 'Navn', 'Definition', 'Enhed', 'Nævner', 'Mål', 'Kilde'],
    list.map((m) => [
      `\`${m.id}\``,
      `${m.name.da} (${m.name.en})`,
      m.wording,
      m.unit,
      m.denominator ?? '–',
      m.target ? `${m.target.comparison} ${m.target.value}` : '–',
      src(m.source),
    ]),
  );
}

/** One model as Markdown, headed at level `level` (2 in docs/models.md). */
export function renderModel(m: ModelDefinition, level = 2): string {
  const h = (n: number) => '#'.repeat(level + n);
  const out: string[] = [];
  out.push(`${h(0)} ${m.name.da} (\`${m.id}\`, version ${m.version})`, '');
  out.push(`*${m.name.en}* · forkortelse ${m.shortName} · kilde ${src(m.source)}`, '', m.description, '');
  out.push(`Roller på forløbet: ${m.staffRoles.map((r) => attendeeRoleLabels[r]).join(', ')} (den første tildeles ved indskrivning, medmindre en anden vælges).`, '');

  out.push(`${h(1)} Målgruppe`, '', m.targetGroup.description, '');
  out.push(...table(['Id', 'Regel', 'Kilde'], m.targetGroup.rules.map((r) => [`\`${r.id}\``, eligibilityText(r), src(r.source)])), '');

  if (m.visitation) {
    const v = m.visitation;
    out.push(`${h(1)} Visitation (${v.method})`, '', v.description, '', `Kilde: ${src(v.source)}`, '');
    out.push(
      ...table(
        ['Gruppe', 'Navn', 'Beskrivelse', 'Deltager i modellen', 'Andel i kilden'],
        v.groups.map((g) => [
          `\`${g.id}\``,
          `${g.name.da} (${g.name.en})`,
          g.description,
          g.participates ? 'ja' : 'nej',
          g.reportedShare ? `${g.reportedShare.percent} % (${src(g.reportedShare.source)})` : '–',
        ]),
      ),
      '',
    );
    if (v.exclusionReasons) out.push('Tilladte grunde til frasortering:', '', ...v.exclusionReasons.map((r) => `- \`${r.id}\`: ${r.label}`), '');
  }

  out.push(`${h(1)} Faser`, '', `Startfase: \`${m.initialPhase}\`.`, '');
  out.push(
    ...table(
      ['Fase', 'Navn', 'Beskrivelse', 'Betingelse for at gå ind', 'Betingelse for at afslutte', 'Kilde'],
      m.phases.map((p) => [`\`${p.id}\``, `${p.name.da} (${p.name.en})`, p.description, conditions(p.entry), conditions(p.exit), src(p.source)]),
    ),
    '',
  );
  out.push('Tilladte overgange:', '');
  for (const t of m.transitions) {
    out.push(`- \`${t.from}\` → \`${t.to}\`: ${t.description}${t.when.length ? ` Kræver: ${conditions(t.when)}.` : ''}`);
  }
  out.push('');

  out.push(`${h(1)} Kerneelementer og regler`, '');
  for (const e of m.coreElements) {
    out.push(`${h(2)} ${e.id}: ${e.title.da}${e.kind === 'framework' ? ' (rammekrav)' : ''}`, '');
    out.push(`*${e.title.en}* · kilde ${src(e.source)}`, '', e.description, '');
    if (e.rules.length) {
      out.push(
        ...table(
          ['Regel', 'Type', 'Hvad', 'Detaljer', 'Parametre'],
          e.rules.map((r) => [`\`${r.id}\` ${r.title.da}`, `\`${r.type}\`: ${ruleTypeInfo[r.type].label} (${ruleTypeInfo[r.type].scope === 'staff' ? 'pr. medarbejder' : 'pr. forløb'})`, `${r.description} Kilde: ${src(r.source)}.`, ruleDetails(r) || '–', parameters(r)]),
        ),
        '',
      );
    } else {
      out.push('Ingen tjekbare regler; følges gennem fidelitetsmålingen.', '');
    }
    if (e.fidelity.length) out.push('Fidelitetsudsagn:', '', ...e.fidelity.map((f) => `- \`${f.id}\` ${f.statement}`), '');
  }

  const scale = m.fidelityScale;
  out.push(`${h(1)} Fidelitetsskala`, '', scale.description, '');
  out.push(`Svarmuligheder: ${scale.points.map((p) => `${p.value} = ${p.label}`).join(', ')}. Tæller som høj fidelitet: ${scale.positive.join(', ')}. Kilde: ${src(scale.source)}.`, '');

  out.push(`${h(1)} Succeskriterier`, '', ...measures(m.successCriteria), '');
  const goal = m.hoursGoal;
  out.push(
    `${h(1)} Timemål`,
    '',
    goal
      ? `Mindst ${goal.hours} lønnede (ordinære) timer om ${goal.period === 'week' ? 'ugen' : 'måneden'}; timeskærmene tegner målet og viser, om det er nået. Kilde: ${src(goal.source)}.`
      : 'Modellen har intet timemål; timeskærmene tegner ingen mållinje.',
    '',
  );
  out.push(`${h(1)} Nøgletal (KPI'er)`, '', ...measures(m.kpis), '');
  return out.join('\n');
}

/** docs/models.md */
export function renderModelsDocument(models: readonly ModelDefinition[]): string {
  const out: string[] = [
    '# Indsatsmodeller',
    '',
    '<!-- Genereret af scripts/generate-model-docs.ts fra src/domain/models/definitions. Ret ikke i filen; ret definitionerne og kør scriptet igen. -->',
    '',
    'De fem indsatsmodeller, som Jobspor kender, med målgruppe, visitation, faser, kerneelementer, tjekbare regler, fidelitetsudsagn, succeskriterier og nøgletal. ' +
      'Reglernes typer og muligheden for kommunale overstyringer er beskrevet i [rules.md](rules.md).',
    '',
    'Kilder angives som rapport-id og afsnit:',
    '',
    ...Object.entries(seedTitles).map(([id, title]) => `- **${id}**: ${title}`),
    '',
    'Indhold:',
    '',
    ...models.map((m) => `- [${m.name.da}](#${anchor(`${m.name.da} (${m.id}, version ${m.version})`)}) – \`${m.id}\` ${m.version}`),
    '',
  ];
  for (const m of models) out.push(renderModel(m), '');
  return `${out.join('\n').trimEnd()}\n`;
}

/** GitHub-style heading anchor. */
function anchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}
