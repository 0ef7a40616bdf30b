/**
 * Wording helpers for the model pages: names in the chosen language, source
 * references, values with units, and Jobspor's own phrases for the structured
 * parts of a definition (conditions, rule details).
 */
import { hasKey } from '../../i18n/index.tsx';
import type { Lang, Translate } from '../../i18n/index.tsx';
import type { Condition, ModelDefinition, Name, ParameterUnit, Rule, SourceRef } from '../../api/models.ts';

/** A definition's name in the chosen language (Danish when no English is given). */
export function nameIn(lang: Lang, name: Name): string {
  return lang === 'en' && name.en ? name.en : name.da;
}

/** '000 §4.1.2 (note)' or '004 TRIN 1: Afklaring': the seed report id and the section. */
export function formatSource(source: SourceRef): string {
  const where = /^\d/.test(source.section) ? `§${source.section}` : source.section;
  return `${source.seed} ${where}${source.note ? ` (${source.note})` : ''}`;
}

/** The title of a seed report, or the id when it is not one of the five. */
export function seedTitle(t: Translate, seed: string): string {
  const key = `models.seed.${seed}`;
  return hasKey(key) ? t(key) : seed;
}

/** Looks up `${prefix}.${code}`, falling back to the code itself. */
export function label(t: Translate, prefix: string, code: string): string {
  const key = `${prefix}.${code}`;
  return hasKey(key) ? t(key) : code;
}

/** 'a, b og c' / 'a, b or c'. */
export function joinList(t: Translate, items: readonly string[], word: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1] ?? '';
  return `${items.slice(0, -1).join(', ')} ${t(word === 'and' ? 'models.and' : 'models.or')} ${last}`;
}

/** '28 dage', '1 uge', '47 sager'. */
export function withUnit(t: Translate, unit: ParameterUnit, value: number): string {
  const key = `models.unit.${unit}.${value === 1 ? 'one' : 'other'}`;
  return hasKey(key) ? t(key, { value }) : `${value} ${unit}`;
}

export function unitName(t: Translate, unit: ParameterUnit): string {
  return label(t, 'models.unitName', unit);
}

/** A parameter's readable name ('Frist'), the code name when there is no label. */
export function parameterName(t: Translate, name: string): string {
  return label(t, 'models.param', name);
}

export function milestoneText(t: Translate, milestone: string): string {
  return label(t, 'models.milestone', milestone);
}

export function conditionText(t: Translate, condition: Condition): string {
  switch (condition.kind) {
    case 'job_goal_exists':
      return t(condition.concrete ? 'models.condition.job_goal_exists.concrete' : 'models.condition.job_goal_exists.any');
    case 'plan_exists':
    case 'cv_exists':
    case 'placement_active':
    case 'placement_ended':
      return t(`models.condition.${condition.kind}`);
    case 'milestone_reached':
      return t('models.condition.milestone_reached', { milestone: milestoneText(t, condition.milestone) });
    case 'cti_phase_reached':
      return t('models.condition.cti_phase_reached', { phase: condition.phase });
    case 'group_is':
      return t('models.condition.group_is', { groups: joinList(t, condition.groups, 'or') });
  }
}

export function conditionsText(t: Translate, conditions: readonly Condition[]): string {
  return conditions.length ? conditions.map((c) => conditionText(t, c)).join('; ') : t('models.none');
}

/** The type-specific settings of a rule, as short phrases ('regnet fra forløbsstart', 'rolle: …'). */
export function ruleDetails(t: Translate, rule: Rule): string[] {
  const parts: string[] = [];
  const role = (r: string) => label(t, 'models.role', r);
  if ('anchor' in rule) parts.push(t('models.detail.anchor', { milestone: milestoneText(t, rule.anchor) }));
  if ('role' in rule && rule.role) parts.push(t('models.detail.role', { role: role(rule.role) }));
  if ('roles' in rule) parts.push(t('models.detail.roles', { roles: rule.roles.map(role).join(', ') }));
  if ('kinds' in rule) parts.push(t('models.detail.kinds', { kinds: rule.kinds.map((k) => label(t, 'models.contact', k)).join(', ') }));
  if ('placementTypes' in rule) {
    parts.push(t('models.detail.placementTypes', { types: rule.placementTypes.map((p) => label(t, 'models.placement', p)).join(', ') }));
  }
  if (rule.type === 'milestone_within') {
    parts.push(t('models.detail.fromTo', { from: milestoneText(t, rule.from), to: milestoneText(t, rule.to) }));
  }
  if (rule.type === 'job_goal_within_days' && rule.requireConcrete) parts.push(t('models.detail.concrete'));
  if (rule.type === 'measurement_schedule') {
    parts.push(t('models.detail.instruments', { instruments: rule.instruments.join(', ') }));
    for (const s of rule.schedules) parts.push(t('models.detail.schedule', { months: s.courseMonths, points: s.months.join('/') }));
  }
  return parts;
}

/** Who a rule applies to: groups and phases by id and name, or everyone. */
export function appliesToText(t: Translate, lang: Lang, definition: ModelDefinition, appliesTo: Rule['appliesTo']): string {
  const parts: string[] = [];
  if (appliesTo?.groups) {
    const groups = appliesTo.groups.map((id) => {
      const group = definition.visitation?.groups.find((g) => g.id === id);
      return group ? `${id} (${nameIn(lang, group.name)})` : id;
    });
    parts.push(t('models.appliesTo.groups', { groups: joinList(t, groups, 'or') }));
  }
  if (appliesTo?.phases) {
    const phases = appliesTo.phases.map((id) => {
      const phase = definition.phases.find((p) => p.id === id);
      return phase ? nameIn(lang, phase.name) : id;
    });
    parts.push(t('models.appliesTo.phases', { phases: joinList(t, phases, 'or') }));
  }
  return parts.length ? parts.join('; ') : t('models.appliesTo.all');
}
