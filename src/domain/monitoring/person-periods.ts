/**
 * What the KPI engine reads about one person: the person-periods every
 * measure (measures.ts) is a pure function of. The store builds them from
 * register extracts and case data (store/monitoring/person-periods.ts); tests
 * build them by hand (fixtures.ts).
 *
 * Time is in months. A month is an absolute index, year * 12 + (month - 1)
 * (monthIndex('2018-07') = 2018 * 12 + 6), so series from different sources
 * line up without date arithmetic. A week belongs to the month that holds
 * its Thursday (ISO 8601's rule for which year a week belongs to).
 */
import type { IsoDate } from '../rules/facts.ts';

/** 'YYYY-MM'. */
export type MonthKey = string;

/** year * 12 + (month - 1). */
export type MonthIndex = number;

/** One model's visitation of the person, after selection (visitation-selection.ts). */
export interface Enrolment {
  model: string;
  /** The visitation group ('1', '2', '3', '6'; 'AK'; ...) or null when the model has none. */
  group: string | null;
  /** Visitation or course start: time zero for "since visitation" measures. */
  date: IsoDate;
  /** Course end or visitation end; null while running. */
  end: IsoDate | null;
}

/** A span during which the person belonged to a case-system unit or had a personal job broker. */
export interface Span<T> {
  value: T;
  from: IsoDate;
  /** Inclusive; null = still. */
  to: IsoDate | null;
}

/** Case-data facts the process measures read; null for a register-only person. */
export interface CaseFacts {
  /** First day the person had each artefact (null = never). A measure asks "by the end of month m". */
  cvFrom: IsoDate | null;
  jobGoalFrom: IsoDate | null;
  planFrom: IsoDate | null;
  /** First signed work agreement with an ordinary-hours clause. */
  ordinaryHoursAgreementFrom: IsoDate | null;
  /** Start of the first placement (company-oriented activity in the case data). */
  firstPlacementFrom: IsoDate | null;
  /** Placement spans from the case data (virksomhedspraktik, løntilskud, ordinary hours placement). */
  placements: { kind: 'company_internship' | 'wage_subsidy' | 'ordinary'; from: IsoDate; to: IsoDate | null }[];
  /** Per month index: was the model's contact cadence kept that month (null = not assessable). */
  contactCadenceKept: ReadonlyMap<MonthIndex, boolean>;
  /**
   * Every signed work agreement (date signed, and whether it holds ordinary
   * hours or a declared intent of them). Optional: when absent, the
   * agreement-level measure (000 §4.4.3) leaves the person out.
   */
  workAgreements?: readonly { from: IsoDate; ordinaryHours: boolean }[];
}

export interface PersonPeriods {
  /** Stable key within one computation (the register person id as text). */
  key: string;
  /** What analysts and exports see: the register person's or citizen's pseudonym. */
  pseudonym: string;
  /** The case-system citizen, when the person is one (names for staff allowed to see them). */
  citizenId: string | null;
  /** Kommunekode of residence. */
  municipality: string | null;
  birthYear: number | null;
  sex: 'K' | 'M' | null;
  enrolments: readonly Enrolment[];
  /** Case-system unit (team or job centre id) over time; empty for register-only persons. */
  units: readonly Span<string>[];
  /** Personal job broker (staff id) over time; empty when none. */
  jobBrokers: readonly Span<string>[];
  /** The month index of slot 0 of the series below. */
  firstMonth: MonthIndex;
  /** Number of months in the series. */
  months: number;
  /**
   * Weeks per state per month: stateWeeks[m * STATE_SLOTS + code] (code 0 =
   * weeks with no row, registers/states.ts). Sums to the weeks of month m
   * that a benefit extract covers.
   */
  stateWeeks: Uint8Array;
  /** 1 when a benefit_weeks extract covers month m (else nothing is known of it). */
  benefitCovered: Uint8Array;
  /** 1 when an hours_monthly extract covers month m. */
  hoursCovered: Uint8Array;
  /** Ordinary (not subsidised) paid hours per month: register hours, or case-recorded placement hours where higher. */
  ordinaryHours: Float32Array;
  /** Subsidised paid hours per month (fleksjob, løntilskud wages). */
  subsidisedHours: Float32Array;
  caseFacts: CaseFacts | null;
}

/** Case facts of a citizen with nothing recorded yet; the loader and test fixtures fill in what they know. */
export function emptyCaseFacts(): CaseFacts {
  return {
    cvFrom: null,
    jobGoalFrom: null,
    planFrom: null,
    ordinaryHoursAgreementFrom: null,
    firstPlacementFrom: null,
    placements: [],
    contactCadenceKept: new Map(),
  };
}
