/**
 * Balance before and after adjustment: the love plot and, beside it, the
 * table with MatchIt's summary columns (means, standardised mean difference,
 * variance ratio, eCDF mean / max), before and after.
 */
import { Suspense } from 'react';
import type { AnalysisResult, BalanceRow } from '../../api/evaluation.ts';
import { useI18n } from '../../i18n/index.tsx';
import { Spinner } from '../Spinner.tsx';
import { LovePlot } from './charts.ts';
import { covariateLabel, formatFixed } from './format.ts';

type Balance = NonNullable<AnalysisResult['balance']>;

function num(locale: string, value: number | null, decimals = 3): string {
  return value === null || !Number.isFinite(value) ? '–' : formatFixed(locale, value, decimals);
}

export function BalanceSection({ balance }: { balance: Balance }) {
  const { t, locale } = useI18n();
  const afterBy = new Map(balance.after.map((r) => [r.name, r]));
  const poor = (r: BalanceRow | undefined) => r?.stdMeanDiff !== null && r?.stdMeanDiff !== undefined && Math.abs(r.stdMeanDiff) > 0.1;
  return (
    <section className="jobspor-section" aria-labelledby="eval-balance-heading" data-testid="eval-balance">
      <h3 id="eval-balance-heading">{t('eval.balance.title')}</h3>
      <p className="eval-muted">{t('eval.balance.intro')}</p>
      <div className="eval-figure-grid">
        <Suspense fallback={<Spinner text={t('common.loading')} />}>
          <LovePlot before={balance.before} after={balance.after} description={t('eval.balance.chart')} />
        </Suspense>
        <div className="table--responsive-scroll">
          <table className="table table--compact eval-table" data-testid="eval-balance-table">
            <caption>{t('eval.balance.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" rowSpan={2}>
                  {t('eval.balance.variable')}
                </th>
                {(['meanTreated', 'meanControl', 'smd', 'varRatio', 'ecdf'] as const).map((k) => (
                  <th scope="colgroup" colSpan={2} key={k} className="eval-num">
                    {t(`eval.balance.${k}`)}
                  </th>
                ))}
              </tr>
              <tr>
                {[0, 1, 2, 3, 4].map((i) => (
                  <FragmentHeads key={i} />
                ))}
              </tr>
            </thead>
            <tbody>
              {balance.before.map((before) => {
                const after = afterBy.get(before.name);
                return (
                  <tr key={before.name} data-testid="eval-balance-row">
                    <th scope="row">{covariateLabel(t, before.name)}</th>
                    <td className="eval-num">{num(locale, before.meansTreated)}</td>
                    <td className="eval-num">{num(locale, after?.meansTreated ?? null)}</td>
                    <td className="eval-num">{num(locale, before.meansControl)}</td>
                    <td className="eval-num">{num(locale, after?.meansControl ?? null)}</td>
                    <td className={`eval-num${poor(before) ? ' eval-poor' : ''}`}>{num(locale, before.stdMeanDiff)}</td>
                    <td className={`eval-num${poor(after) ? ' eval-poor' : ''}`}>{num(locale, after?.stdMeanDiff ?? null)}</td>
                    <td className="eval-num">{num(locale, before.varRatio, 2)}</td>
                    <td className="eval-num">{num(locale, after?.varRatio ?? null, 2)}</td>
                    <td className="eval-num">
                      {num(locale, before.ecdfMean)} / {num(locale, before.ecdfMax)}
                    </td>
                    <td className="eval-num">
                      {num(locale, after?.ecdfMean ?? null)} / {num(locale, after?.ecdfMax ?? null)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}

function FragmentHeads() {
  const { t } = useI18n();
  return (
    <>
      <th scope="col" className="eval-num">
        {t('eval.balance.before')}
      </th>
      <th scope="col" className="eval-num">
        {t('eval.balance.after')}
      </th>
    </>
  );
}
