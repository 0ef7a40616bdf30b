/**
 * The columns of the company screens' lists (see columns.ts): the table and
 * the CSV export of each list are built from these.
 */
import type {
  AgreementMissingOrdinaryHours,
  AgreementVersion,
  CandidateSuggestion,
  CompanyNotContacted,
  CompanyPlacement,
  ContactPerson,
  CooperationAgreement,
  FollowUpDue,
  ImportRow,
  Interaction,
  Opening,
  ScoreComponent,
  ScoreComponentKey,
} from '../../api/companies.ts';
import { scoreComponentKeys } from '../../api/companies.ts';
import type { Translate } from '../../i18n/index.tsx';
import { formatDate, formatDateTime } from '../../labels.ts';
import type { Column } from './columns.ts';
import { importColumnName } from './importFormat.ts';
import {
  agreementKindLabel,
  componentLabel,
  endReasonLabel,
  followUpSourceLabel,
  followUpStatusLabel,
  formatHours,
  importActionLabel,
  industry10Label,
  interactionKindLabel,
  openingStatusLabel,
  placementTypeLabel,
  yesNo,
} from './labels.ts';

/** `from–to`, open-ended as `from–`. */
function period(locale: string, from: string, to: string | null): string {
  return `${formatDate(locale, from)}–${to ? formatDate(locale, to) : ''}`;
}

/** Hours a week as a range, or one figure when min = max. */
export function hoursRange(locale: string, min: number, max: number): string {
  const f = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return min === max ? f.format(min) : `${f.format(min)}–${f.format(max)}`;
}

export function contactPersonColumns(t: Translate): Column<ContactPerson>[] {
  return [
    { id: 'name', header: t('companies.contact.name'), value: (p) => p.name },
    { id: 'title', header: t('companies.contact.title'), value: (p) => p.title },
    { id: 'phone', header: t('companies.field.phone'), value: (p) => p.phone },
    { id: 'email', header: t('companies.field.email'), value: (p) => p.email },
    { id: 'note', header: t('companies.field.note'), value: (p) => p.note },
    { id: 'active', header: t('companies.contact.status'), value: (p) => (p.active ? t('companies.contact.active') : t('companies.contact.inactive')) },
  ];
}

export function interactionColumns(t: Translate, locale: string): Column<Interaction>[] {
  return [
    { id: 'date', header: t('companies.interaction.date'), value: (i) => formatDate(locale, i.date) },
    { id: 'kind', header: t('companies.interaction.kind'), value: (i) => interactionKindLabel(t, i.kind) },
    { id: 'staff', header: t('companies.interaction.staff'), value: (i) => i.staff.name },
    { id: 'contactPerson', header: t('companies.interaction.contactPerson'), value: (i) => i.contactPerson?.name ?? '' },
    { id: 'note', header: t('companies.field.note'), value: (i) => i.note },
  ];
}

export function agreementColumns(t: Translate, locale: string): Column<CooperationAgreement>[] {
  return [
    { id: 'kind', header: t('companies.agreement.kind'), value: (a) => agreementKindLabel(t, a.kind) },
    { id: 'period', header: t('companies.agreement.period'), value: (a) => period(locale, a.from, a.to) },
    { id: 'inForce', header: t('companies.agreement.inForce'), value: (a) => yesNo(t, a.inForce) },
    { id: 'places', header: t('companies.agreement.places'), value: (a) => a.places, numeric: true },
    { id: 'placesInUse', header: t('companies.agreement.placesInUse'), value: (a) => a.placesInUse, numeric: true },
    { id: 'readiness', header: t('companies.agreement.readiness'), value: (a) => yesNo(t, a.ordinaryHoursReadiness) },
    { id: 'version', header: t('companies.agreement.version'), value: (a) => a.version, numeric: true },
    { id: 'note', header: t('companies.field.note'), value: (a) => a.note },
  ];
}

export function agreementVersionColumns(t: Translate, locale: string): Column<AgreementVersion>[] {
  return [
    { id: 'versionNo', header: t('companies.agreement.version'), value: (v) => v.versionNo, numeric: true },
    { id: 'createdAt', header: t('companies.agreement.savedAt'), value: (v) => formatDateTime(locale, v.createdAt) },
    { id: 'createdBy', header: t('companies.agreement.savedBy'), value: (v) => v.createdBy?.name ?? '' },
    { id: 'kind', header: t('companies.agreement.kind'), value: (v) => agreementKindLabel(t, v.kind) },
    { id: 'places', header: t('companies.agreement.places'), value: (v) => v.places, numeric: true },
    { id: 'readiness', header: t('companies.agreement.readiness'), value: (v) => yesNo(t, v.ordinaryHoursReadiness) },
    { id: 'period', header: t('companies.agreement.period'), value: (v) => period(locale, v.from, v.to) },
    { id: 'reason', header: t('companies.agreement.reason'), value: (v) => v.reason },
  ];
}

/** Openings; `withCompany` adds the company column (the list of all openings). */
export function openingColumns(t: Translate, locale: string, withCompany: boolean): Column<Opening>[] {
  const columns: Column<Opening>[] = [
    { id: 'title', header: t('companies.opening.title'), value: (o) => o.title },
    { id: 'status', header: t('companies.opening.status'), value: (o) => openingStatusLabel(t, o.status) },
    { id: 'industry', header: t('companies.col.industry'), value: (o) => (o.industry.group10 ? industry10Label(locale, o.industry.group10) : '') },
    { id: 'place', header: t('companies.opening.place'), value: (o) => [o.postcode, o.city].filter(Boolean).join(' ') },
    { id: 'hours', header: t('companies.opening.hours'), value: (o) => hoursRange(locale, o.hoursMin, o.hoursMax) },
    { id: 'paidFromStart', header: t('companies.opening.paidFromStart'), value: (o) => yesNo(t, o.paidFromStart) },
    { id: 'places', header: t('companies.opening.placesTaken'), value: (o) => `${o.placesTaken}/${o.places}` },
    { id: 'period', header: t('companies.opening.period'), value: (o) => period(locale, o.openFrom, o.openTo) },
    { id: 'contactPerson', header: t('companies.opening.contactPerson'), value: (o) => o.contactPerson?.name ?? '' },
  ];
  if (withCompany) columns.splice(1, 0, { id: 'company', header: t('companies.col.company'), value: (o) => o.companyName });
  return columns;
}

export function placementColumns(t: Translate, locale: string): Column<CompanyPlacement>[] {
  return [
    { id: 'citizen', header: t('companies.placement.citizen'), value: (p) => p.citizen?.name ?? t('companies.placement.otherUnit') },
    { id: 'type', header: t('companies.placement.type'), value: (p) => placementTypeLabel(t, p.type) },
    { id: 'from', header: t('companies.placement.from'), value: (p) => formatDate(locale, p.from) },
    { id: 'to', header: t('companies.placement.to'), value: (p) => (p.to ? formatDate(locale, p.to) : '') },
    { id: 'endReason', header: t('companies.placement.endReason'), value: (p) => (p.endReason ? endReasonLabel(t, p.endReason) : '') },
    { id: 'paid', header: t('companies.placement.paidHours'), value: (p) => p.paidHoursTotal, numeric: true },
    { id: 'unpaid', header: t('companies.placement.unpaidHours'), value: (p) => p.unpaidHoursTotal, numeric: true },
    {
      id: 'latestWeek',
      header: t('companies.placement.latestWeek'),
      value: (p) =>
        p.latestWeek
          ? t('companies.placement.week', {
              week: formatDate(locale, p.latestWeek.weekStart),
              paid: formatHours(locale, p.latestWeek.paidHours),
              unpaid: formatHours(locale, p.latestWeek.unpaidHours),
            })
          : '',
    },
  ];
}

/** Anything ranked by the matching score: a candidate citizen, a suggested company. */
type Scored = { components: readonly ScoreComponent[] };

function component(scored: Scored, key: ScoreComponentKey) {
  return scored.components.find((c) => c.key === key);
}

/** One column per part of the score with its points (`points/max`). */
export function scorePointColumns<T extends Scored>(t: Translate, locale: string): Column<T>[] {
  const f = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return scoreComponentKeys.map((key) => ({
    id: `component-${key}`,
    header: componentLabel(t, key),
    value: (row) => {
      const part = component(row, key);
      return part ? `${f.format(part.points)}/${f.format(part.max)}` : '';
    },
  }));
}

/** One column per part of the score with its reason in words: only in the CSV (the tables show the reasons under the points). */
export function scoreReasonColumns<T extends Scored>(t: Translate): Column<T>[] {
  return scoreComponentKeys.map((key) => ({
    id: `reason-${key}`,
    header: t('companies.candidates.reasonOf', { component: componentLabel(t, key) }),
    value: (row) => component(row, key)?.reason ?? '',
  }));
}

/**
 * Candidates: rank, citizen, score, distance, then per component its points
 * (`points/max`); the CSV adds each component's reason in its own column.
 */
export function candidateColumns(t: Translate, locale: string, modelName: (modelId: string) => string): Column<CandidateSuggestion>[] {
  return [
    { id: 'rank', header: t('companies.candidates.rank'), value: (c) => c.rank, numeric: true },
    { id: 'citizen', header: t('companies.placement.citizen'), value: (c) => c.citizen.name },
    { id: 'postcode', header: t('companies.field.postcode'), value: (c) => c.citizen.postcode },
    { id: 'model', header: t('companies.candidates.model'), value: (c) => modelName(c.modelId) },
    { id: 'score', header: t('companies.candidates.score'), value: (c) => c.score, numeric: true },
    { id: 'distance', header: t('companies.candidates.distance'), value: (c) => c.distanceKm, numeric: true },
    ...scorePointColumns<CandidateSuggestion>(t, locale),
  ];
}

export function followUpColumns(t: Translate, locale: string): Column<FollowUpDue>[] {
  return [
    { id: 'dueOn', header: t('companies.worklist.dueOn'), value: (f) => formatDate(locale, f.dueOn) },
    { id: 'status', header: t('companies.worklist.status'), value: (f) => followUpStatusLabel(t, f.status) },
    { id: 'citizen', header: t('companies.placement.citizen'), value: (f) => f.citizen.name },
    { id: 'company', header: t('companies.col.company'), value: (f) => f.company.name },
    { id: 'placement', header: t('companies.worklist.placement'), value: (f) => placementTypeLabel(t, f.type) },
    { id: 'source', header: t('companies.worklist.source'), value: (f) => followUpSourceLabel(t, f.source) },
    { id: 'explanation', header: t('companies.worklist.explanation'), value: (f) => f.explanation },
  ];
}

export function missingHoursColumns(t: Translate, locale: string): Column<AgreementMissingOrdinaryHours>[] {
  return [
    { id: 'citizen', header: t('companies.placement.citizen'), value: (a) => a.citizen.name },
    { id: 'company', header: t('companies.col.company'), value: (a) => a.company.name },
    { id: 'since', header: t('companies.worklist.since'), value: (a) => formatDate(locale, a.since) },
    { id: 'placement', header: t('companies.worklist.placement'), value: (a) => (a.placementId ? t('companies.worklist.placementStarted') : t('companies.worklist.placementNotStarted')) },
  ];
}

export function notContactedColumns(t: Translate, locale: string): Column<CompanyNotContacted>[] {
  return [
    { id: 'company', header: t('companies.col.company'), value: (c) => c.company.name },
    { id: 'lastInteraction', header: t('companies.col.lastContact'), value: (c) => (c.lastInteractionOn ? formatDate(locale, c.lastInteractionOn) : t('companies.never')) },
    { id: 'days', header: t('companies.worklist.days'), value: (c) => c.days, numeric: true },
  ];
}

export function importRowColumns(t: Translate, locale: string): Column<ImportRow>[] {
  const column = (key: string) => importColumnName(t, locale, key);
  return [
    { id: 'line', header: t('companies.import.line'), value: (r) => r.line, numeric: true },
    { id: 'cvr', header: t('companies.field.cvr'), value: (r) => r.cvr },
    { id: 'name', header: t('companies.field.name'), value: (r) => r.name },
    { id: 'action', header: t('companies.import.actionCol'), value: (r) => importActionLabel(t, r.action) },
    { id: 'changes', header: t('companies.import.changes'), value: (r) => r.changes.map(column).join(', ') },
    {
      id: 'errors',
      header: t('companies.import.errors'),
      value: (r) => r.errors.map((e) => t('companies.import.errorText', { line: r.line, column: column(e.column), message: e.message })).join(' | '),
    },
  ];
}
