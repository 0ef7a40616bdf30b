/**
 * Danish wording of a refused phase move for API error messages (409). The
 * web app phrases the same refusal codes in its own i18n layer; this is what
 * an API client reads in `error.message` and `error.fields.toPhase`.
 */
import { list } from '../../../domain/rules/explain.ts';
import { milestoneLabels } from '../../../domain/rules/vocabulary.ts';
import type { Condition, TransitionRefusal } from '../../../domain/models/phases.ts';
import type { ModelDefinition } from '../../../domain/models/schema.ts';

/** What is missing, as a noun phrase after 'Mangler:'. */
function missingText(condition: Condition): string {
  switch (condition.kind) {
    case 'job_goal_exists':
      return condition.concrete ? 'konkret jobmål' : 'jobmål eller jobønske';
    case 'plan_exists':
      return 'plan';
    case 'cv_exists':
      return 'CV';
    case 'placement_active':
      return 'igangværende virksomhedsforløb';
    case 'placement_ended':
      return 'at virksomhedsforløbet er afsluttet eller afbrudt';
    case 'milestone_reached':
      return milestoneLabels[condition.milestone];
    case 'cti_phase_reached':
      return `at CTI-forløbet er nået til fase ${condition.phase}`;
    case 'group_is':
      return `visitation til gruppe ${list(condition.groups, 'eller')}`;
  }
}

/** One sentence per refusal, e.g. 'Mangler: plan og CV.' */
export function phaseRefusalText(definition: ModelDefinition, refusal: TransitionRefusal): string {
  // Job brokers read phase names, not ids.
  const name = (id: string) => {
    const phase = definition.phases.find((p) => p.id === id);
    return phase ? `«${phase.name.da}»` : `'${id}'`;
  };
  switch (refusal.code) {
    case 'unknown_phase':
      return `Fasen '${refusal.phase}' findes ikke i modellen (faser: ${refusal.known.join(', ')}).`;
    case 'must_start_in':
      return `Et forløb skal starte i fasen ${name(refusal.phase)}.`;
    case 'not_allowed':
      return `Modellen tillader ikke overgang fra ${name(refusal.from)} til ${name(refusal.to)}${
        refusal.allowed.length ? ` (tilladt: ${refusal.allowed.map(name).join(', ')})` : ' (fasen er en slutfase)'
      }.`;
    case 'missing':
      return `Mangler: ${list(refusal.conditions.map(missingText))}.`;
  }
}
