/**
 * One measure of the status report: the latest value (a button that opens
 * the persons behind it), the target, the 25-month chart, and the
 * comparison with the cluster, the country and the top 10 of the month.
 */
import type { Report, ReportMeasure } from '../../api/monitoring.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatMonth, formatNumber } from '../../labels.ts';
import { MeasureChart } from './MeasureChart.tsx';
import { formatValue, sourceText, targetText } from './format.ts';

interface MeasureCardProps {
  report: Report;
  measure: ReportMeasure;
  name: string;
  /** Opens the persons behind the measure's figure in `month` (default the report's month). */
  onOpenPersons: (measure: ReportMeasure, month?: string) => void;
}

export function MeasureCard({ report, measure, name, onOpenPersons }: MeasureCardProps) {
  const { t, locale } = useI18n();
  const month = formatMonth(locale, report.month);
  const latest = measure.series.find((p) => p.month === report.month) ?? measure.series[measure.series.length - 1] ?? null;
  const value = (v: number | null) => formatValue(t, locale, measure.unit, v);
  const latestText = value(latest?.value ?? null);
  const target = measure.target ? targetText(t, locale, measure.unit, measure.target) : null;
  const description = `${t('mon.chart.aria', { measure: name, unit: report.unit.name, month, value: latestText })}${target ? ` ${t('mon.chart.ariaTarget', { target })}` : ''}`;
  const headingId = `measure-${measure.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const clusterLatest = measure.clusterSeries.find((p) => p.month === report.month)?.value ?? null;
  const countryLatest = measure.countrySeries.find((p) => p.month === report.month)?.value ?? null;

  return (
    <section className="monitoring-card" aria-labelledby={headingId} data-testid={`measure-${measure.id}`}>
      <h3 id={headingId} className="h4 mt-0">
        {name}
      </h3>
      <div className="monitoring-card-figures">
        <div>
          <p className="monitoring-label">{t('mon.latest')}</p>
          <button
            type="button"
            className="monitoring-figure"
            aria-label={`${latestText}. ${t('mon.openPersonsLabel', { measure: name, unit: report.unit.name, month })}`}
            onClick={() => onOpenPersons(measure)}
            data-testid="open-persons"
          >
            <span className="monitoring-figure-value" data-testid="latest-value">
              {latestText}
            </span>
            {latest && measure.kind === 'share' ? (
              <span className="monitoring-figure-fraction">
                {t('mon.fraction', { numerator: formatNumber(locale, latest.numerator), denominator: formatNumber(locale, latest.denominator) })}
              </span>
            ) : null}
            <span className="monitoring-figure-action">{t('mon.openPersons')}</span>
          </button>
        </div>
        {target && measure.target ? (
          <p className="monitoring-target" data-testid="target">
            {t('mon.target', { target })} <span className="monitoring-muted">({t(`mon.target.origin.${measure.target.origin}`)})</span>
          </p>
        ) : null}
      </div>
      <MeasureChart
        measure={measure}
        unitName={report.unit.name}
        description={description}
        testId="measure-chart"
        onMonthClick={(clicked) => onOpenPersons(measure, clicked)}
      />
      <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby={`${headingId}-compare`}>
        <table className="table table--compact jobspor-table monitoring-compare" data-testid="compare-table">
          <caption id={`${headingId}-compare`}>{t('mon.compare.caption', { measure: name, month })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('mon.compare.who')}</th>
              <th scope="col" className="align-text-right">
                {t('mon.compare.value')}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr className="monitoring-own-row">
              <th scope="row">{report.unit.name}</th>
              <td className="align-text-right monitoring-value">{latestText}</td>
            </tr>
            {report.cluster ? (
              <tr>
                <th scope="row">{t('mon.series.cluster')}: {report.cluster.name}</th>
                <td className="align-text-right monitoring-value">{value(clusterLatest)}</td>
              </tr>
            ) : null}
            <tr>
              <th scope="row">{t('mon.series.country')}</th>
              <td className="align-text-right monitoring-value">{value(countryLatest)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      {measure.kind === 'sum' ? (
        <p className="monitoring-muted">{t('mon.compare.sumNotCompared')}</p>
      ) : measure.top10.length === 0 ? (
        <p className="monitoring-muted">{t('mon.compare.noTop10')}</p>
      ) : (
        <details className="monitoring-top10" data-testid="top10">
          <summary>{t('mon.compare.top10Title', { month })}</summary>
          <table className="table table--compact jobspor-table">
            <caption className="sr-only">{t('mon.compare.top10Caption', { measure: name, month })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('mon.compare.rank')}</th>
                <th scope="col">{t('mon.compare.municipality')}</th>
                <th scope="col" className="align-text-right">
                  {t('mon.compare.value')}
                </th>
              </tr>
            </thead>
            <tbody>
              {measure.top10.map((entry, index) => (
                <tr key={entry.unit} className={entry.unit === report.unit.key ? 'monitoring-own-row' : undefined} data-testid="top10-row">
                  <td>{index + 1}</td>
                  <th scope="row">{entry.name}</th>
                  <td className="align-text-right monitoring-value">{value(entry.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      <p className="monitoring-source">
        {t('mon.source', { source: sourceText(measure.source) })} · {t('mon.version', { version: measure.version })}
      </p>
    </section>
  );
}
