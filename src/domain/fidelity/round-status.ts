/**
 * A survey round's status on a day: planned before it opens, open until it
 * is closed by hand or its closing date has passed, closed after. A round
 * closes at the end of its closing date.
 */
export type RoundStatus = 'planned' | 'open' | 'closed';

export interface RoundDates {
  opensOn: string;
  closesOn: string | null;
  /** The day it was closed by hand, if it was. */
  closedByHandOn: string | null;
}

export function roundStatus(round: RoundDates, today: string): RoundStatus {
  if (round.closedByHandOn !== null && round.closedByHandOn <= today) return 'closed';
  if (round.closesOn !== null && round.closesOn < today) return 'closed';
  if (today < round.opensOn) return 'planned';
  return 'open';
}

/** The day the round closed (by hand, or its closing date once passed); null while not closed. */
export function closedOn(round: RoundDates, today: string): string | null {
  if (roundStatus(round, today) !== 'closed') return null;
  if (round.closedByHandOn !== null && (round.closesOn === null || round.closedByHandOn <= round.closesOn)) return round.closedByHandOn;
  return round.closesOn;
}
