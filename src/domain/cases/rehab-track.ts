/**
 * The rehabilitation track (Bedre Ressourceforløb, 003 §4.3-4.4; Flere skal
 * med group 2): preparation of the case, the rehabilitation team meeting,
 * handing the recommendation to the citizen, and the first meeting with the
 * caseworker. The best municipalities kept preparation to 10-12 weeks,
 * handed the recommendation over the same or the next day, and met the
 * citizen 1-2 weeks after the team meeting; these figures are computed here.
 */
import { fromDay, toDay } from '../rules/days.ts';
import { danishDateOf } from '../rules/explain.ts';

export interface RehabTrack {
  preparationStart: string | null;
  teamMeetingDate: string | null;
  teamAttendees: string[];
  companyConsultantPresent: boolean | null;
  recommendationGoal: string | null;
  recommendationHandedOver: string | null;
  firstCaseworkerMeeting: string | null;
}

export interface RehabTrackFigures {
  /** Weeks from the start of preparation to the team meeting, one decimal. */
  preparationWeeks: number | null;
  /** Days from the team meeting to handing over the recommendation (0 = same day). */
  daysToHandOver: number | null;
  /** Days from the team meeting to the first meeting with the caseworker. */
  daysToFirstMeeting: number | null;
}

export const emptyRehabTrack: RehabTrack = {
  preparationStart: null,
  teamMeetingDate: null,
  teamAttendees: [],
  companyConsultantPresent: null,
  recommendationGoal: null,
  recommendationHandedOver: null,
  firstCaseworkerMeeting: null,
};


/** Field -> Danish reason for every date that comes before the one it must follow; empty when in order. */
export function checkRehabTrackOrder(track: RehabTrack): Record<string, string> {
  const fields: Record<string, string> = {};
  const { preparationStart: prep, teamMeetingDate: team } = track;
  if (prep !== null && team !== null && team < prep) {
    fields.teamMeetingDate = `Mødet i rehabiliteringsteamet kan ikke ligge før forberedelsen startede (${danishDateOf(prep)}).`;
  }
  if (track.recommendationHandedOver !== null) {
    if (team === null) fields.recommendationHandedOver = 'Indstillingen kan først udleveres, når datoen for teammødet er registreret.';
    else if (track.recommendationHandedOver < team) {
      fields.recommendationHandedOver = `Indstillingen kan ikke være udleveret før mødet i rehabiliteringsteamet (${danishDateOf(team)}).`;
    }
  }
  if (track.firstCaseworkerMeeting !== null) {
    if (team === null) fields.firstCaseworkerMeeting = 'Første møde med sagsbehandleren regnes fra teammødet; registrér datoen for teammødet først.';
    else if (track.firstCaseworkerMeeting < team) {
      fields.firstCaseworkerMeeting = `Første møde med sagsbehandleren kan ikke ligge før mødet i rehabiliteringsteamet (${danishDateOf(team)}).`;
    }
  }
  return fields;
}

/**
 * Plausible dates: nothing more than a year before enrolment (preparation may
 * begin before the course is registered); hand-over and first meeting have
 * happened, so not after today; a team meeting may be planned up to a year ahead.
 */
export function checkRehabTrackDates(track: RehabTrack, enrolmentDate: string, today: string): Record<string, string> {
  const fields: Record<string, string> = {};
  const earliest = fromDay(toDay(enrolmentDate) - 365);
  const latestPlanned = fromDay(toDay(today) + 365);
  const dates = {
    preparationStart: track.preparationStart,
    teamMeetingDate: track.teamMeetingDate,
    recommendationHandedOver: track.recommendationHandedOver,
    firstCaseworkerMeeting: track.firstCaseworkerMeeting,
  };
  for (const [field, value] of Object.entries(dates)) {
    if (value === null) continue;
    if (value < earliest) fields[field] = `Datoen ligger mere end et år før forløbets start (${danishDateOf(enrolmentDate)}).`;
    else if (field === 'teamMeetingDate' ? value > latestPlanned : value > today) {
      fields[field] = field === 'teamMeetingDate' ? 'Teammødet kan højst planlægges et år frem.' : 'Datoen kan ikke ligge i fremtiden.';
    }
  }
  return fields;
}

const between = (from: string | null, to: string | null) => (from !== null && to !== null ? toDay(to) - toDay(from) : null);

export function rehabTrackFigures(track: RehabTrack): RehabTrackFigures {
  const prepDays = between(track.preparationStart, track.teamMeetingDate);
  return {
    preparationWeeks: prepDays === null ? null : Math.round((prepDays / 7) * 10) / 10,
    daysToHandOver: between(track.teamMeetingDate, track.recommendationHandedOver),
    daysToFirstMeeting: between(track.teamMeetingDate, track.firstCaseworkerMeeting),
  };
}
