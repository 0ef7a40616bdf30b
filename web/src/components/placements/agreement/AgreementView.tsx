/** One version of a work agreement, read only: every field the parties agreed, in the form's order. */
import type { ReactNode } from 'react';
import { weekdays } from '../../../api/placements.ts';
import type { AgreementTerms } from '../../../api/placements.ts';
import { useI18n } from '../../../i18n/index.tsx';
import type { Translate } from '../../../i18n/index.tsx';
import { formatDate } from '../../../labels.ts';
import { formatHours, mentorKindLabel, ordinaryKindLabel, placementTypeLabel, weekdayLabel } from '../labels.ts';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd className="records-prewrap">{children}</dd>
    </div>
  );
}

export function AgreementView({ terms, testId }: { terms: AgreementTerms; testId?: string | undefined }) {
  const { t, locale } = useI18n();
  const c = terms.content;
  const none = t('pl.wa.notStated');
  const oh = c.ordinaryHours;
  const split = c.weekdayHours
    ? weekdays
        .filter((d) => c.weekdayHours?.[d] !== undefined && c.weekdayHours?.[d] !== null)
        .map((d) => `${weekdayLabel(t, d)} ${formatHours(locale, c.weekdayHours?.[d] ?? null)}`)
        .join(', ')
    : '';
  const contact = [c.companyContact.name, c.companyContact.phone, c.companyContact.email].filter(Boolean).join(' · ');
  return (
    <dl className="placements-agreement-view" data-testid={testId}>
      <Row label={t('pl.wa.madeOn')}>{formatDate(locale, terms.madeOn)}</Row>
      <Row label={t('pl.wa.placementType')}>{placementTypeLabel(t, c.placementType)}</Row>
      <Row label={t('pl.wa.plannedPeriod')}>{plannedPeriod(t, locale, c.plannedFrom, c.plannedTo) ?? none}</Row>
      <Row label={t('pl.wa.tasks')}>{c.tasks}</Row>
      <Row label={t('pl.wa.hoursPerWeek')}>
        {t('pl.wa.hoursValue', { hours: formatHours(locale, c.hoursPerWeek) })}
        {split ? ` (${split})` : ''}
      </Row>
      <Row label={t('pl.wa.subGoals')}>
        <ol className="placements-subgoals">
          {c.subGoals.map((g, i) => (
            <li key={i}>
              {g.text}
              {g.targetDate ? ` – ${t('pl.wa.by', { date: formatDate(locale, g.targetDate) })}` : ''}
            </li>
          ))}
        </ol>
      </Row>
      <Row label={t('pl.wa.section.ordinary')}>
        <span data-testid={testId ? `${testId}-ordinary` : undefined}>{ordinaryKindLabel(t, oh.kind)}</span>
        {oh.hoursPerWeek !== null ? ` · ${t('pl.wa.hoursValue', { hours: formatHours(locale, oh.hoursPerWeek) })}` : ''}
        {oh.from ? ` · ${t('pl.wa.fromDate', { date: formatDate(locale, oh.from) })}` : ''}
        {oh.text ? `\n${oh.text}` : ''}
      </Row>
      <Row label={t('pl.wa.accommodations')}>{c.accommodations ?? none}</Row>
      <Row label={t('pl.wa.aids')}>{c.aids ?? none}</Row>
      <Row label={t('pl.wa.section.contact')}>{contact}</Row>
      <Row label={t('pl.wa.section.followUp')}>
        {t('pl.wa.followUpValue', { days: c.followUpPlan.cadenceDays, date: formatDate(locale, c.followUpPlan.firstDate) })}
      </Row>
      <Row label={t('pl.wa.mentor')}>{c.mentor ? `${c.mentor.name} (${mentorKindLabel(t, c.mentor.kind)})` : none}</Row>
      <Row label={t('pl.wa.section.parties')}>
        {t('pl.wa.partiesValue', {
          citizen: formatDate(locale, terms.citizenAgreedOn),
          company: formatDate(locale, terms.companyAgreedOn),
          jobcentre: formatDate(locale, terms.jobcentreAgreedOn),
        })}
      </Row>
    </dl>
  );
}

/** '01.12.2026 – 28.02.2027', 'fra 01.12.2026' or 'til 28.02.2027'; null when neither is agreed. */
function plannedPeriod(t: Translate, locale: string, from: string | null, to: string | null): string | null {
  if (from && to) return `${formatDate(locale, from)} – ${formatDate(locale, to)}`;
  if (from) return t('pl.wa.plannedFromOnly', { from: formatDate(locale, from) });
  if (to) return t('pl.wa.plannedToOnly', { to: formatDate(locale, to) });
  return null;
}
