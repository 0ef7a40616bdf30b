/** The cohort behind a result: counts, who was left out and why, missing outcomes, periods, the rule, the seed and the covariates. */
import type { ShownResult } from '../../api/evaluation.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDate } from '../../labels.ts';
import { covariateLabel, formatCount, outcomeWithWindow, stateLabel } from './format.ts';

const reasons = ['not_in_register', 'not_in_target_group', 'missing_birth_year', 'never_qualifies', 'exposed'] as const;

export function CohortSection({ shown }: { shown: ShownResult }) {
  const { t, locale } = useI18n();
  const { cohort, result, reproducibility } = shown;
  const dash = t('common.none');
  // The cohort counts missing values for every outcome; the analysed one is what matters here ('any_hours_1_6').
  const outcomeKey = result.window ? `${result.outcome}_${result.window.replace('-', '_')}` : result.outcome;
  const nulls = cohort.nullOutcomes[outcomeKey] ?? 0;
  const period = reproducibility?.dataPeriod;
  return (
    <section className="jobspor-section" aria-labelledby="eval-cohort-heading" data-testid="eval-cohort">
      <h3 id="eval-cohort-heading">{t('eval.cohort.title')}</h3>
      <dl className="eval-summary-list">
        <dt>{t('eval.cohort.treated')}</dt>
        <dd>{formatCount(locale, cohort.nTreated)}</dd>
        <dt>{t('eval.cohort.control')}</dt>
        <dd>{formatCount(locale, cohort.nControl)}</dd>
        <dt>{t('eval.cohort.excluded')}</dt>
        <dd>
          <ul className="m-0 nobullet-list" data-testid="eval-excluded">
            {reasons.map((r) => (
              <li key={r}>
                {t(`eval.cohort.excluded.${r}`)}: {formatCount(locale, cohort.excluded[r])}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('eval.cohort.nulls')}</dt>
        <dd data-testid="eval-nulls">{t('eval.cohort.nullsOf', { outcome: outcomeWithWindow(t, result.outcome, result.window), count: formatCount(locale, nulls) })}</dd>
        <dt>{t('eval.cohort.truncated')}</dt>
        <dd>{formatCount(locale, cohort.truncatedLookback)}</dd>
        <dt>{t('eval.cohort.period')}</dt>
        <dd>
          {formatDate(locale, cohort.timeZeroFrom)} – {formatDate(locale, cohort.timeZeroTo)}
        </dd>
        {period ? (
          <>
            <dt>{t('eval.cohort.dataPeriod')}</dt>
            <dd>{t('eval.cohort.dataPeriodText', { benefitFrom: formatDate(locale, period.benefitFrom), benefitTo: formatDate(locale, period.benefitTo), hoursFrom: period.hoursFrom ?? dash, hoursTo: period.hoursTo ?? dash })}</dd>
          </>
        ) : null}
        <dt>{t('eval.cohort.rule')}</dt>
        <dd data-testid="eval-rule">{t('eval.cohort.ruleText', { atLeast: cohort.rule.atLeast, ofLast: cohort.rule.ofLast, states: cohort.rule.states.map((s) => stateLabel(t, s).toLowerCase()).join(', ') })}</dd>
        <dt>{t('eval.cohort.seed')}</dt>
        <dd>{cohort.seed}</dd>
        {result.covariates.length ? (
          <>
            <dt>{t('eval.cohort.covariates')}</dt>
            <dd>{result.covariates.map((c) => covariateLabel(t, c)).join(', ')}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
