/**
 * The effect: the estimate in the outcome's unit (a hazard ratio for Cox)
 * with its confidence interval and p-value, the bootstrap interval when
 * asked for, the unadjusted difference beside it (to show the selection),
 * the outcome means and the counts, and the warnings in Danish per code.
 */
import type { AnalysisResult } from '../../api/evaluation.ts';
import { useI18n } from '../../i18n/index.tsx';
import { Alert } from '../Alert.tsx';
import { covariateLabel, formatCount, formatEffect, formatFixed, formatLevel, formatP, outcomeWithWindow, warningText, warningValuesText } from './format.ts';

export function EffectCard({ result }: { result: AnalysisResult }) {
  const { t, locale } = useI18n();
  const effect = (v: number) => formatEffect(t, locale, result, v);
  const level = formatFixed(locale, result.level * 100, 0);
  const { naive } = result;
  return (
    <div className="eval-effect" data-testid="eval-effect-card">
      <div className="eval-effect-main">
        <p className="eval-label">{t(`eval.result.estimand.${result.estimand}`)}</p>
        <p className="eval-muted m-0">{outcomeWithWindow(t, result.outcome, result.window)}</p>
        <p className="eval-estimate" data-testid="eval-estimate">
          {effect(result.effect.estimate)}
        </p>
        <p className="m-0" data-testid="eval-ci">
          {t('eval.result.ci', { level, low: effect(result.effect.ciLow), high: effect(result.effect.ciHigh) })}
        </p>
        <p className="m-0" data-testid="eval-p">
          {t('eval.result.p', { p: formatP(locale, result.effect.p) })}
        </p>
        {result.bootstrap ? (
          <p className="m-0" data-testid="eval-bootstrap">
            {t('eval.result.bootstrap', { replicates: result.bootstrap.replicates, low: effect(result.bootstrap.ciLow), high: effect(result.bootstrap.ciHigh) })}
          </p>
        ) : null}
        {result.estimand === 'hazard_ratio' ? <p className="eval-muted">{t('eval.result.hrExplain')}</p> : null}
        {result.meanTreated !== null && result.meanControl !== null ? (
          <p className="eval-muted">{t('eval.result.means', { treated: formatLevel(t, locale, result.outcome, result.meanTreated), control: formatLevel(t, locale, result.outcome, result.meanControl) })}</p>
        ) : null}
      </div>
      {naive ? (
        <div className="eval-effect-naive" data-testid="eval-naive">
          <p className="eval-label">{t('eval.result.naive')}</p>
          <p className="eval-estimate eval-estimate-secondary">{effect(naive.estimate)}</p>
          <p className="m-0">{t('eval.result.ci', { level, low: effect(naive.ciLow), high: effect(naive.ciHigh) })}</p>
          <p className="eval-muted">{t('eval.result.naiveExplain')}</p>
        </div>
      ) : null}
      <dl className="eval-counts" data-testid="eval-counts">
        <dt>{t('eval.result.nTreated')}</dt>
        <dd data-testid="eval-n-treated">{formatCount(locale, result.nTreated)}</dd>
        <dt>{t('eval.result.nControl')}</dt>
        <dd>{formatCount(locale, result.nControl)}</dd>
        {result.method !== 'did' && result.method !== 'ipw' ? (
          <>
            <dt>{t('eval.result.nMatched')}</dt>
            <dd data-testid="eval-n-matched">
              {formatCount(locale, result.nMatchedTreated)} / {formatCount(locale, result.nMatchedControl)}
            </dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}

export function ResultWarnings({ result }: { result: AnalysisResult }) {
  const { t, locale } = useI18n();
  if (!result.warnings.length && !result.droppedCovariates.length) return null;
  return (
    <div className="eval-warnings" data-testid="eval-warnings">
      {result.warnings.map((w, i) => (
        <Alert key={`${w.code}-${i}`} variant="warning" testId={`eval-warning-${w.code}`}>
          <p className="m-0">{warningText(t, w.code)}</p>
          {w.values && Object.keys(w.values).length ? (
            <p className="m-0 eval-muted">
              {t('eval.warning.values', { values: warningValuesText(t, locale, w.values) })}
            </p>
          ) : null}
        </Alert>
      ))}
      {result.droppedCovariates.length ? (
        <Alert variant="info" heading={t('eval.result.dropped')} testId="eval-dropped">
          <ul className="m-0">
            {result.droppedCovariates.map((d) => (
              <li key={d.name}>
                {covariateLabel(t, d.name)} ({t(`eval.result.dropped.${d.reason}`)})
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </div>
  );
}
