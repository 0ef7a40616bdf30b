/**
 * The lists of the placement screens: the order each table shows its rows
 * in and the columns of its CSV export (../csv), so the file holds the rows
 * on screen in the same order, with the table's headers where the two share
 * a column. Numbers stay numbers (Excel sums them); dates as on screen.
 */
import { ratingKeys } from '../../api/placements.ts';
import type { AftercareContact, FollowUp, Match, MatchSuggestion, PlacementSummary, WorkAgreement } from '../../api/placements.ts';
import type { Translate } from '../../i18n/index.tsx';
import { formatDate } from '../../labels.ts';
import { scorePointColumns, scoreReasonColumns } from '../companies/listColumns.ts';
import type { CsvColumn } from '../csv/csv.ts';
import { todayIso } from '../records/dates.ts';
import { attendeeLabel } from '../records/labels.ts';
import {
  aftercareKindLabel,
  aftercarePartyLabel,
  clauseOf,
  formatHours,
  industry10Label,
  isOpenPlacement,
  placementStatusLabel,
  placementTypeLabel,
  ratingLabel,
  weekLabel,
} from './labels.ts';
import { actualTotal, isoWeek } from './weeks.ts';
import type { HoursRow } from './weeks.ts';

// ---- Order ----

/** Running placements first, then the newest start. */
export const placementOrder = (list: readonly PlacementSummary[]) =>
  [...list].sort((a, b) => Number(b.running) - Number(a.running) || b.from.localeCompare(a.from));

/** The newest match first. */
export const matchOrder = (list: readonly Match[]) =>
  [...list].sort((a, b) => b.matchedOn.localeCompare(a.matchedOn) || b.createdAt.localeCompare(a.createdAt));

/** The agreement made most recently first. */
export const agreementOrder = (list: readonly WorkAgreement[]) => [...list].sort((a, b) => b.current.madeOn.localeCompare(a.current.madeOn));

/** The newest week first. */
export const hoursOrder = (rows: readonly HoursRow[]) => [...rows].sort((a, b) => b.weekStart.localeCompare(a.weekStart));

/** The newest follow-up first. */
export const followUpOrder = (list: readonly FollowUp[]) =>
  [...list].sort((a, b) => b.heldOn.localeCompare(a.heldOn) || b.createdAt.localeCompare(a.createdAt));

/** The newest contact first. */
export const aftercareOrder = (list: readonly AftercareContact[]) => [...list].sort((a, b) => b.date.localeCompare(a.date));

// ---- CSV columns ----

const yesNo = (t: Translate, value: boolean | null) => (value === null ? '' : value ? t('rec.yes') : t('rec.no'));
const clauseText = (t: Translate, flags: Parameters<typeof clauseOf>[0]) => t(`pl.clause.${clauseOf(flags)}`);

/** The citizen's placements (Virksomhedsforløb). */
export function placementCsvColumns(t: Translate, locale: string, today: string = todayIso()): CsvColumn<PlacementSummary>[] {
  return [
    { header: t('pl.col.company'), value: (p) => p.company.name },
    { header: t('pl.csv.opening'), value: (p) => p.opening?.title },
    { header: t('pl.col.type'), value: (p) => placementTypeLabel(t, p.type) },
    { header: t('pl.csv.from'), value: (p) => formatDate(locale, p.from) },
    { header: t('pl.csv.to'), value: (p) => (p.to ? formatDate(locale, p.to) : '') },
    { header: t('col.status'), value: (p) => placementStatusLabel(t, p, today) },
    { header: t('pl.col.latestWeek'), value: (p) => (p.latestWeek ? weekLabel(t, locale, p.latestWeek.weekStart) : '') },
    { header: t('pl.csv.latestUnpaid'), value: (p) => p.latestWeek?.actualUnpaidHours },
    { header: t('pl.csv.latestPaid'), value: (p) => p.latestWeek?.actualPaidHours },
    { header: t('pl.col.paidTotal'), value: (p) => p.paidHoursTotal },
    { header: t('pl.col.nextFollowUp'), value: (p) => (isOpenPlacement(p) && p.nextFollowUpOn ? formatDate(locale, p.nextFollowUpOn) : '') },
    { header: t('pl.col.clause'), value: (p) => clauseText(t, p) },
  ];
}

/** The course's registered matches. */
export function matchCsvColumns(t: Translate, locale: string): CsvColumn<Match>[] {
  return [
    { header: t('pl.col.company'), value: (m) => m.company.name },
    { header: t('pl.csv.opening'), value: (m) => m.opening?.title },
    { header: t('pl.match.matchedOn'), value: (m) => formatDate(locale, m.matchedOn) },
    { header: t('pl.match.consultant'), value: (m) => m.consultant?.name },
    { header: t('pl.match.rationale'), value: (m) => m.rationale },
    { header: t('pl.match.score'), value: (m) => m.score?.score },
    { header: t('col.status'), value: (m) => (m.status === 'agreed' ? t('pl.match.agreed') : t('pl.match.withdrawn', { date: formatDate(locale, m.withdrawnOn) })) },
    { header: t('pl.csv.withdrawnReason'), value: (m) => m.withdrawnReason },
  ];
}

/** The course's work agreements, each as its version in force. */
export function agreementCsvColumns(t: Translate, locale: string): CsvColumn<WorkAgreement>[] {
  const date = (value: string | null) => (value ? formatDate(locale, value) : '');
  return [
    { header: t('pl.col.company'), value: (a) => a.company.name },
    { header: t('pl.csv.cvr'), value: (a) => a.company.cvr },
    { header: t('pl.csv.version'), value: (a) => a.current.versionNo },
    { header: t('pl.wa.madeOn'), value: (a) => formatDate(locale, a.current.madeOn) },
    { header: t('pl.col.type'), value: (a) => placementTypeLabel(t, a.current.content.placementType) },
    { header: t('pl.wa.plannedFrom'), value: (a) => date(a.current.content.plannedFrom) },
    { header: t('pl.wa.plannedTo'), value: (a) => date(a.current.content.plannedTo) },
    { header: t('pl.wa.hoursPerWeek'), value: (a) => a.current.content.hoursPerWeek },
    { header: t('pl.col.clause'), value: (a) => clauseText(t, a.current) },
    { header: t('pl.csv.citizenAgreedOn'), value: (a) => date(a.current.citizenAgreedOn) },
    { header: t('pl.csv.companyAgreedOn'), value: (a) => date(a.current.companyAgreedOn) },
    { header: t('pl.csv.jobcentreAgreedOn'), value: (a) => date(a.current.jobcentreAgreedOn) },
    { header: t('pl.agreements.placement'), value: (a) => (a.placementId ? t('pl.csv.started') : t('pl.agreements.noPlacement')) },
  ];
}

/**
 * The matching page's suggestions: rank, company, opening, score, distance,
 * then each part of the score with its points (`points/max`) and, after
 * them, each part's reason (as the company screens' candidate export).
 */
export function suggestionCsvColumns(t: Translate, locale: string): CsvColumn<MatchSuggestion>[] {
  return [
    { header: t('pl.csv.rank'), value: (s) => s.rank },
    { header: t('pl.col.company'), value: (s) => s.company.name },
    { header: t('pl.suggest.industry'), value: (s) => (s.company.industry.group10 ? industry10Label(locale, s.company.industry.group10) : '') },
    { header: t('pl.csv.place'), value: (s) => [s.company.postcode, s.company.city].filter(Boolean).join(' ') },
    { header: t('pl.csv.opening'), value: (s) => s.opening?.title },
    { header: t('pl.csv.openingHours'), value: (s) => (s.opening ? `${formatHours(locale, s.opening.hoursMin)}–${formatHours(locale, s.opening.hoursMax)}` : '') },
    { header: t('pl.suggest.paidFromStart'), value: (s) => (s.opening ? yesNo(t, s.opening.paidFromStart) : '') },
    { header: t('pl.match.score'), value: (s) => s.score },
    { header: t('pl.csv.distanceKm'), value: (s) => s.distanceKm },
    ...scorePointColumns<MatchSuggestion>(t, locale),
    ...scoreReasonColumns<MatchSuggestion>(t),
  ];
}

/** Hours per week; `planned` and `notes` as the table on a placement's page shows them. */
export function hoursCsvColumns(t: Translate, locale: string, options: { planned?: boolean; notes?: Record<string, string | null> } = {}): CsvColumn<HoursRow>[] {
  const { planned = false, notes } = options;
  return [
    { header: t('pl.hours.week'), value: (r) => isoWeek(r.weekStart).week },
    { header: t('pl.csv.weekStart'), value: (r) => formatDate(locale, r.weekStart) },
    ...(planned
      ? [
          { header: t('pl.hours.plannedUnpaid'), value: (r: HoursRow) => r.plannedUnpaid },
          { header: t('pl.hours.plannedPaid'), value: (r: HoursRow) => r.plannedPaid },
        ]
      : []),
    { header: t('pl.hours.actualUnpaid'), value: (r) => r.unpaid },
    { header: t('pl.hours.actualPaid'), value: (r) => r.paid },
    { header: t('pl.hours.actualTotal'), value: (r) => actualTotal(r) },
    ...(notes ? [{ header: t('pl.hours.note'), value: (r: HoursRow) => notes[r.weekStart] }] : []),
  ];
}

/** Follow-ups at the company: the agenda's answers and one column per rating (1-5). */
export function followUpCsvColumns(t: Translate, locale: string): CsvColumn<FollowUp>[] {
  return [
    { header: t('pl.followUp.heldOn'), value: (f) => formatDate(locale, f.heldOn) },
    { header: t('col.staff'), value: (f) => f.staff?.name },
    { header: t('pl.followUp.attendees'), value: (f) => f.attendeeRoles.map((r) => attendeeLabel(t, r)).join(', ') },
    { header: t('pl.followUp.goalStillRight'), value: (f) => yesNo(t, f.goalStillRight) },
    { header: t('pl.followUp.goalNote'), value: (f) => f.goalNote },
    { header: t('pl.followUp.subGoalsAdjusted'), value: (f) => f.subGoalsAdjusted },
    { header: t('pl.followUp.otherOffers'), value: (f) => f.otherOffersNeeded },
    { header: t('pl.followUp.equalTerms'), value: (f) => f.equalTermsTasks },
    ...ratingKeys.map((key): CsvColumn<FollowUp> => ({ header: t('pl.csv.rating', { rating: ratingLabel(t, key) }), value: (f) => f.ratings[key] })),
    { header: t('pl.followUp.effectiveness'), value: (f) => f.effectiveness },
    { header: t('pl.followUp.note'), value: (f) => f.note },
    { header: t('pl.followUp.next'), value: (f) => (f.nextFollowUpOn ? formatDate(locale, f.nextFollowUpOn) : '') },
  ];
}

/** Contacts in the aftercare. */
export function aftercareCsvColumns(t: Translate, locale: string): CsvColumn<AftercareContact>[] {
  return [
    { header: t('pl.aftercare.date'), value: (c) => formatDate(locale, c.date) },
    { header: t('pl.aftercare.kind'), value: (c) => aftercareKindLabel(t, c.kind) },
    { header: t('pl.aftercare.withWhom'), value: (c) => aftercarePartyLabel(t, c.withWhom) },
    { header: t('col.staff'), value: (c) => c.staff?.name },
    { header: t('pl.aftercare.note'), value: (c) => c.note },
    { header: t('pl.aftercare.next'), value: (c) => (c.nextContactOn ? formatDate(locale, c.nextContactOn) : '') },
  ];
}
