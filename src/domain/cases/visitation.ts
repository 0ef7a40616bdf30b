/**
 * Checks a visitation decision against the course's model: the group must
 * be one of the model's groups, Flere skal med group 3 needs the date of the
 * notification to social services or, when a notification is not relevant
 * (000 §1: "hvis det er relevant"), the reason in the notification note, and
 * a citizen left out of a random draw needs one of the model's exclusion
 * reasons (002 §2.1).
 */
import { checkDrawExclusion } from '../models/visitation.ts';
import type { ModelDefinition } from '../models/schema.ts';
import { danishDateOf } from '../rules/explain.ts';
import { requiresNotification, visitationOpensRehabTrack } from './course-tracks.ts';

export interface VisitationDecision {
  group: string;
  /** Day of the decision. */
  date: string;
  notificationDate: string | null;
  /** The notification's note; when no notification is relevant, why not. */
  notificationNote?: string | null;
  /** false: the worker judged a notification not relevant (null/absent: one was sent). */
  notificationRelevant?: boolean | null;
  exclusionReason: string | null;
}

export type VisitationCheck =
  | { ok: true; groupName: string; opensRehabTrack: boolean; exclusionLabel: string | null }
  | { ok: false; fields: Record<string, string> };

/** Validates a visitation decision for a course enrolled on `enrolmentDate`, decided no later than `today`. */
export function checkVisitation(definition: ModelDefinition, decision: VisitationDecision, enrolmentDate: string, today: string): VisitationCheck {
  const visitation = definition.visitation;
  if (!visitation) return { ok: false, fields: { group: `Modellen ${definition.name.da} har ingen visitation til grupper.` } };
  const fields: Record<string, string> = {};
  const group = visitation.groups.find((g) => g.id === decision.group);
  if (!group) {
    const known = visitation.groups.map((g) => `${g.id} (${g.name.da})`).join(', ');
    fields.group = `'${decision.group}' er ikke en gruppe i ${definition.name.da}. Vælg en af: ${known}.`;
  }
  if (decision.date < enrolmentDate) fields.date = `Visitationen kan ikke ligge før forløbets start (${danishDateOf(enrolmentDate)}).`;
  else if (decision.date > today) fields.date = 'Visitationsdatoen kan ikke ligge i fremtiden.';
  const asksNotification = requiresNotification(definition.id, decision.group);
  if (asksNotification && decision.notificationRelevant === false) {
    if (decision.notificationDate !== null) fields.notificationDate = 'Angiv ikke en dato for underretningen, når en underretning ikke er relevant.';
    if (!decision.notificationNote?.trim()) {
      fields.notificationNote = 'Skriv, hvorfor en underretning ikke er relevant, fx at socialforvaltningen allerede kender borgeren og er i gang.';
    }
  } else if (asksNotification && decision.notificationDate === null) {
    fields.notificationDate = `Gruppe ${decision.group} (${group?.name.da ?? ''}) kræver datoen for underretningen til socialforvaltningen, eller at det angives, hvorfor en underretning ikke er relevant.`;
  } else if (decision.notificationDate !== null && decision.notificationDate > today) {
    fields.notificationDate = 'Underretningen kan ikke være sendt i fremtiden.';
  }
  if (!asksNotification && decision.notificationRelevant === false) {
    fields.notificationRelevant = `Gruppe ${decision.group} spørger ikke om en underretning.`;
  }
  let exclusionLabel: string | null = null;
  const excluded = visitation.method === 'random_draw' && group !== undefined && !group.participates;
  if (excluded) {
    if (decision.exclusionReason === null) {
      const allowed = (visitation.exclusionReasons ?? []).map((r) => `${r.id} (${r.label})`).join(', ');
      fields.exclusionReason = `Angiv grunden til frasorteringen: ${allowed}.`;
    } else {
      const check = checkDrawExclusion(definition, decision.exclusionReason);
      if (check.ok) exclusionLabel = check.label;
      else fields.exclusionReason = check.reason;
    }
  } else if (decision.exclusionReason !== null) {
    fields.exclusionReason = 'En frasorteringsgrund angives kun, når en udtrukket borger frasorteres.';
  }
  if (!group || Object.keys(fields).length > 0) return { ok: false, fields };
  return { ok: true, groupName: group.name.da, opensRehabTrack: visitationOpensRehabTrack(definition.id, group.id), exclusionLabel };
}

/** The Danish name of a visitation group, or null when the model has no such group. */
export function groupName(definition: ModelDefinition, group: string | null): string | null {
  if (group === null) return null;
  return definition.visitation?.groups.find((g) => g.id === group)?.name.da ?? null;
}

/** The label of a random-draw exclusion reason. */
export function exclusionReasonLabel(definition: ModelDefinition, reason: string | null): string | null {
  if (reason === null) return null;
  return definition.visitation?.exclusionReasons?.find((r) => r.id === reason)?.label ?? reason;
}
