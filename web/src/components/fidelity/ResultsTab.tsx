/**
 * Resultater: the element × round table by total, role or unit (with the
 * colour legend and the cell-size rule), the downloads, and for a chosen
 * round the heatmap of units × elements and fidelity against outcome; the
 * trend over rounds and months. Without rounds it says how to start one.
 */
import { useMemo, useState } from 'react';
import { exportHref, fidelityApi } from '../../api/fidelity.ts';
import type { Breakdown, ExportFormat, RoundSummary } from '../../api/fidelity.ts';
import { Alert } from '../Alert.tsx';
import { SelectField } from '../FormFields.tsx';
import { Spinner } from '../Spinner.tsx';
import { errorText, useLoad } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { nameIn } from '../../pages/models/text.ts';
import { useQueryParam } from '../../router.tsx';
import { ElementTable } from './ElementTable.tsx';
import { HeatmapChart, OutcomeChart, TrendChart } from './FidelityCharts.tsx';
import { colourRuleText, measureLabel, waveLabel } from './format.ts';

const breakdowns: readonly Breakdown[] = ['total', 'role', 'unit'];
const formats: readonly ExportFormat[] = ['xlsx', 'pdf'];

interface ResultsTabProps {
  model: string;
  rounds: RoundSummary[];
  onStart: () => void;
}

export function ResultsTab({ model, rounds, onStart }: ResultsTabProps) {
  const { t, locale, lang } = useI18n();
  const [byParam, setByParam] = useQueryParam('by');
  const by: Breakdown = byParam === 'role' || byParam === 'unit' ? byParam : 'total';
  const report = useLoad(() => (rounds.length ? fidelityApi.report({ model, by }) : Promise.resolve(null)), [model, by, rounds.length]);
  const data = report.data && report.data.by === by && report.data.model.id === model ? report.data : null;

  // The round the heatmap and the outcome scatter show: the latest closed round of the table (its figures are final), else the latest with answers.
  const [roundParam, setRoundParam] = useState('');
  const tableRounds = data?.rounds ?? [];
  const latest = [...tableRounds].reverse();
  const round =
    roundParam && tableRounds.some((r) => r.id === roundParam)
      ? roundParam
      : (latest.find((r) => r.status === 'closed')?.id ?? latest.find((r) => (r.respondents ?? 0) > 0)?.id ?? latest[0]?.id ?? '');
  const [measure, setMeasure] = useState('');
  const heatmap = useLoad(() => (round ? fidelityApi.heatmap(model, round) : Promise.resolve(null)), [model, round]);
  const outcome = useLoad(() => (round ? fidelityApi.outcome(model, round, measure || undefined) : Promise.resolve(null)), [model, round, measure]);
  const trend = useLoad(() => (rounds.length ? fidelityApi.trend(model) : Promise.resolve(null)), [model, rounds.length]);

  const legend = useMemo(() => (data ? colourRuleText(t, locale, data.colourRule) : null), [data, t, locale]);

  if (rounds.length === 0) {
    return (
      <div data-testid="fid-results-empty">
        <p>{t('fid.results.empty')}</p>
        <button type="button" className="button button-secondary" onClick={onStart}>
          {t('fid.results.goToRounds')}
        </button>
      </div>
    );
  }

  const withBehaviour = by !== 'role';
  return (
    <>
      <div className="fid-breakdowns" role="group" aria-label={t('fid.results.breakdown')}>
        <span className="monitoring-label">{t('fid.results.breakdown')}:</span>
        {breakdowns.map((b) => (
          <button
            key={b}
            type="button"
            className={`button ${b === by ? 'button-primary' : 'button-secondary'} monitoring-button-compact`}
            aria-pressed={b === by}
            onClick={() => setByParam(b === 'total' ? '' : b)}
            data-testid={`fid-by-${b}`}
          >
            {t(`fid.by.${b}`)}
          </button>
        ))}
      </div>

      {report.loading && !data ? <Spinner text={t('fid.results.loading')} /> : null}
      {report.error ? (
        <Alert variant="error" testId="fid-report-error">
          <p className="m-0">{errorText(t, report.error)}</p>
        </Alert>
      ) : null}

      {data ? (
        <div data-testid="fid-report" className={report.loading ? 'jobspor-busy' : undefined} aria-busy={report.loading}>
          <p className="monitoring-meta">
            {t('fid.results.instrument', { name: nameIn(lang, data.instrument.name), version: data.instrument.version })}
          </p>
          <div className="monitoring-downloads" role="group" aria-label={t('fid.results.downloads')}>
            <span className="monitoring-label">{t('fid.results.downloads')}:</span>
            {formats.map((format) => (
              <a
                key={format}
                className="button button-secondary monitoring-button-compact"
                href={exportHref({ model, by, rounds: data.rounds.map((r) => r.id) }, format)}
                download
                aria-label={t('fid.results.downloadLabel', { format: t(`fid.format.${format}`) })}
                data-testid={`fid-download-${format}`}
              >
                {t(`fid.format.${format}`)}
              </a>
            ))}
          </div>

          {data.groups.length === 0 ? <p>{t('fid.results.noGroups')}</p> : null}
          {data.groups.map((group) => (
            <ElementTable key={group.key} report={data} group={group} withBehaviour={withBehaviour} />
          ))}

          <div className="fid-legend" data-testid="fid-legend">
            <p className="monitoring-label">{t('fid.legend.title')}</p>
            {legend ? (
              <ul className="fid-legend-list">
                <li>
                  <span className="fid-swatch fid-change-green" aria-hidden="true" /> {legend.green}
                </li>
                <li>
                  <span className="fid-swatch fid-change-yellow" aria-hidden="true" /> {legend.yellow}
                </li>
                <li>
                  <span className="fid-swatch fid-change-red" aria-hidden="true" /> {legend.red}
                </li>
              </ul>
            ) : null}
            <p className="fid-note">{t('fid.legend.source', { source: sourceText(data.colourRule.source) })}</p>
            <p className="fid-note" data-testid="fid-cell-rule">
              {t('fid.legend.suppressed', { min: data.minCellSize })}
            </p>
            <p className="fid-note">{withBehaviour ? t('fid.legend.behaviour') : t('fid.legend.noBehaviourByRole')}</p>
          </div>

          <section aria-labelledby="fid-round-figures" className="jobspor-section">
            <h2 id="fid-round-figures">{t('fid.round.title')}</h2>
            <form className="monitoring-pickers" onSubmit={(e) => e.preventDefault()} aria-label={t('fid.round.pickers')}>
              <SelectField
                id="fid-round"
                label={t('fid.round.pick')}
                value={round}
                onValue={setRoundParam}
                options={data.rounds.map((r) => ({ value: r.id, label: `${r.name} (${waveLabel(t, r.wave)})` }))}
                testId="fid-pick-round"
              />
              {outcome.data?.measures.length ? (
                <SelectField
                  id="fid-measure"
                  label={t('fid.outcome.measure')}
                  value={measure || outcome.data.measure.id}
                  onValue={setMeasure}
                  options={outcome.data.measures.map((m) => ({ value: m.id, label: measureLabel(t, lang, m) }))}
                  testId="fid-pick-measure"
                />
              ) : null}
            </form>
            <div className="fid-charts">
              <div className="monitoring-card">
                <h3>{t('fid.heatmap.title')}</h3>
                {heatmap.error ? <Alert variant="error">{errorText(t, heatmap.error)}</Alert> : null}
                {heatmap.loading && !heatmap.data ? <Spinner /> : null}
                {heatmap.data ? <HeatmapChart heatmap={heatmap.data} /> : null}
              </div>
              <div className="monitoring-card">
                <h3>{t('fid.outcome.title')}</h3>
                {outcome.error ? <Alert variant="error">{errorText(t, outcome.error)}</Alert> : null}
                {outcome.loading && !outcome.data ? <Spinner /> : null}
                {outcome.data ? <OutcomeChart scatter={outcome.data} /> : null}
              </div>
            </div>
          </section>
        </div>
      ) : null}

      <section aria-labelledby="fid-trend-heading" className="jobspor-section">
        <h2 id="fid-trend-heading">{t('fid.trend.title')}</h2>
        <p>{t('fid.trend.intro')}</p>
        {trend.error ? <Alert variant="error">{errorText(t, trend.error)}</Alert> : null}
        {trend.loading && !trend.data ? <Spinner /> : null}
        {trend.data && data ? <TrendChart trend={trend.data} sections={data.sections} /> : null}
      </section>
    </>
  );
}

function sourceText(source: { seed?: string | undefined; section?: string | undefined; citation?: string | undefined; note?: string | undefined }): string {
  const parts = [source.seed ? `${source.seed}${source.section ? ` §${source.section}` : ''}` : source.section, source.citation, source.note].filter(Boolean);
  return parts.join(', ');
}
