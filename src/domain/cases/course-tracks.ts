/**
 * Which parts of case work belong to which model. The definitions describe
 * the intervention; these tables say where the case record has a
 * rehabilitation track or a CTI support course, and which visitation groups
 * need a notification to social services.
 */

/**
 * Visitation groups that ask about a notification (underretning) to social
 * services: Flere skal med group 3, "cannot take part". 000 §1 asks for one
 * "hvis det er relevant", so that the citizen gets attention: the decision
 * gives either the notification's date or why none is relevant (e.g. social
 * services already know the citizen and are working with them).
 */
const notificationGroups: Readonly<Record<string, readonly string[]>> = {
  'flere-skal-med': ['3'],
};

/**
 * Where a course has a rehabilitation track: every Bedre Ressourceforløb
 * course (003 §4.3-4.4), and Flere skal med group 2, "rehabilitation" (000 §1).
 */
const rehabTrackGroups: Readonly<Record<string, readonly string[] | 'all'>> = {
  'bedre-ressourceforloeb': 'all',
  'flere-skal-med': ['2'],
};

/** Models whose courses have a CTI support course (002 §4.3.3, kerneelement 5). */
const supportCourseModels: readonly string[] = ['social-stoette'];

/** Whether visitation to `group` asks about a notification (its date, or why none is relevant). */
export function requiresNotification(modelId: string, group: string): boolean {
  return notificationGroups[modelId]?.includes(group) ?? false;
}

/** Whether a course of the model, in the group (if any), works in a rehabilitation track. */
export function rehabTrackApplies(modelId: string, group: string | null): boolean {
  const groups = rehabTrackGroups[modelId];
  if (groups === undefined) return false;
  return groups === 'all' || (group !== null && groups.includes(group));
}

/** Whether visitation to `group` should open the rehabilitation track (where the model does not always have one). */
export function visitationOpensRehabTrack(modelId: string, group: string): boolean {
  const groups = rehabTrackGroups[modelId];
  return groups !== undefined && groups !== 'all' && groups.includes(group);
}

export function supportCourseApplies(modelId: string): boolean {
  return supportCourseModels.includes(modelId);
}

/**
 * Models a citizen may join while already in a ressourceforløb, and the phase
 * such a course starts in: Bedre Ressourceforløb covers citizens on the way to
 * and in a ressourceforløb (003 §1.1). Their preparation and team meeting lie
 * before the course, so none are asked for, and the rules timed from them do
 * not apply.
 */
const programmePhases: Readonly<Record<string, string>> = {
  'bedre-ressourceforloeb': 'ressourceforloeb',
};

/** The phase a course starts in when the citizen is already in a ressourceforløb; undefined where the model has no such path. */
export function alreadyInProgrammePhase(modelId: string): string | undefined {
  return programmePhases[modelId];
}
