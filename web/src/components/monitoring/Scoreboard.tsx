/**
 * The scoreboard: per measure, the unit's third and rank in its cluster and
 * in the whole country, and the change since last month with an arrow, a
 * sign and words (colour only repeats what the text says).
 */
import type { Report, ReportMeasure } from '../../api/monitoring.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { Translate } from '../../i18n/index.tsx';
import { formatMonth } from '../../labels.ts';
import { changeText } from './format.ts';

type Placement = ReportMeasure['scoreboard']['country'];

function PlacementCell({ t, placement, testId, sum }: { t: Translate; placement: Placement; testId: string; sum: boolean }) {
  if (sum) return <td data-testid={testId}>{t('mon.score.sumNotRanked')}</td>;
  if (placement.third === null || placement.rank === null) {
    return <td data-testid={testId}>{t('mon.score.noRank', { of: placement.of })}</td>;
  }
  return (
    <td data-testid={testId}>
      <span className={`monitoring-third monitoring-third-${placement.third}`}>{t(`mon.score.third.${placement.third}`)}</span>
      <br />
      <span>{t('mon.score.rank', { rank: placement.rank, of: placement.of })}</span>
    </td>
  );
}

export function Scoreboard({ report, names }: { report: Report; names: ReadonlyMap<string, string> }) {
  const { t, locale } = useI18n();
  return (
    <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby="scoreboard-caption">
      <table className="table table--compact table--zebra jobspor-table" data-testid="scoreboard">
        <caption id="scoreboard-caption">{t('mon.score.caption', { unit: report.unit.name, month: formatMonth(locale, report.month) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mon.score.measure')}</th>
            {report.cluster ? <th scope="col">{t('mon.score.cluster')}</th> : null}
            <th scope="col">{t('mon.score.country')}</th>
            <th scope="col">{t('mon.score.change')}</th>
          </tr>
        </thead>
        <tbody>
          {report.measures.map((measure) => {
            const change = changeText(t, locale, measure, measure.scoreboard.changeSinceLastMonth);
            return (
              <tr key={measure.id} data-testid={`score-${measure.id}`}>
                <th scope="row">{names.get(measure.id) ?? measure.id}</th>
                {report.cluster ? <PlacementCell t={t} placement={measure.scoreboard.cluster} testId="score-cluster" sum={measure.kind === 'sum'} /> : null}
                <PlacementCell t={t} placement={measure.scoreboard.country} testId="score-country" sum={measure.kind === 'sum'} />
                <td data-testid="score-change">
                  <span
                    className={`monitoring-change${change.better === null ? '' : change.better ? ' monitoring-change-better' : ' monitoring-change-worse'}`}
                  >
                    <span aria-hidden="true" className="monitoring-arrow">
                      {change.arrow}
                    </span>{' '}
                    {change.text}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
