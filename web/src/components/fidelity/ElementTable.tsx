/**
 * The element × round table of one breakdown group, like 003 Tables 1-3:
 * one row per section (core element), per round the share agreeing, and
 * from the second round the change with its colour; beside the survey the
 * behavioural fidelity from case data with its own change colours. A colour
 * is never alone: the cell says the signed change and the colour's name, and
 * the legend under the tables states the rule.
 */
import type { FidelityReport, ReportChange, ReportGroup, SectionFigure } from '../../api/fidelity.ts';
import { hasKey, useI18n } from '../../i18n/index.tsx';
import type { Translate } from '../../i18n/index.tsx';
import { formatDate } from '../../labels.ts';
import { nameIn } from '../../pages/models/text.ts';
import { colourName, formatPercent, formatPoints, waveLabel } from './format.ts';

interface ElementTableProps {
  report: FidelityReport;
  group: ReportGroup;
  /** Whether to show the behavioural columns (the report has them for total and unit only). */
  withBehaviour: boolean;
}

/** A group's name in the chosen language: the total and the roles by their key, units by their name. */
export function groupLabel(t: Translate, group: Pick<ReportGroup, 'key' | 'label'>): string {
  if (group.key === 'total') return t('fid.group.total');
  const roleKey = `fid.role.${group.key}`;
  return hasKey(roleKey) ? t(roleKey) : group.label;
}

function ChangeCell({ t, locale, change, testId }: { t: Translate; locale: string; change: ReportChange | undefined; testId: string }) {
  if (!change) {
    return (
      <td className="fid-change fid-num" data-testid={testId}>
        <span aria-hidden="true">–</span>
        <span className="sr-only">{t('fid.table.noChange')}</span>
      </td>
    );
  }
  return (
    <td className={`fid-change fid-num fid-change-${change.colour}`} data-testid={testId} data-colour={change.colour}>
      <span className="fid-change-points">{formatPoints(locale, change.points)}</span> <span className="fid-colour-name">{colourName(t, change.colour)}</span>
    </td>
  );
}

function SurveyCell({ t, locale, figure, minCellSize, open }: { t: Translate; locale: string; figure: SectionFigure | undefined; minCellSize: number; open: boolean }) {
  // A round still open shows no survey figure at all (two looks while answers arrive would show an answer given in between).
  if (open && (!figure || figure.suppressed)) {
    return (
      <td className="fid-num fid-suppressed" data-testid="fid-survey" title={t('fid.table.openTitle')}>
        {t('fid.table.open')}
      </td>
    );
  }
  if (!figure || figure.suppressed) {
    return (
      <td className="fid-num fid-suppressed" data-testid="fid-survey" title={t('fid.table.suppressedTitle', { min: minCellSize })}>
        {t('fid.table.suppressed', { min: minCellSize })}
      </td>
    );
  }
  if (figure.shareAgreeing === null) {
    return (
      <td className="fid-num jobspor-muted" data-testid="fid-survey">
        {t('fid.table.noAnswers')}
      </td>
    );
  }
  const mean = figure.mean === null ? '' : new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(figure.mean);
  return (
    <td className="fid-num" data-testid="fid-survey" title={t('fid.table.surveyTitle', { mean, n: figure.respondents ?? 0 })}>
      {formatPercent(locale, figure.shareAgreeing)}
    </td>
  );
}

export function ElementTable({ report, group, withBehaviour }: ElementTableProps) {
  const { t, locale, lang } = useI18n();
  const rounds = report.rounds;
  const captionId = `fid-table-${group.key.replace(/[^a-zA-Z0-9-]/g, '')}`;
  const behaviourOf = (coreElementId: string | null) =>
    coreElementId ? report.behaviour.find((b) => b.groupKey === group.key && b.coreElementId === coreElementId) : undefined;

  return (
    <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className="table table--compact jobspor-table fid-elements" data-testid="fid-element-table" data-group={group.key}>
        <caption id={captionId}>
          {report.by === 'total' ? t('fid.table.captionTotal', { model: nameIn(lang, report.model.name) }) : t('fid.table.captionGroup', { group: groupLabel(t, group) })}
        </caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className="fid-element-head">
              {t('fid.table.element')}
            </th>
            {rounds.map((round, i) => (
              <th key={round.id} scope="colgroup" colSpan={(i > 0 ? 2 : 1) * (withBehaviour ? 2 : 1)} className="fid-round-head" data-testid="fid-round-head">
                {round.name}
                <span className="fid-round-meta">
                  {waveLabel(t, round.wave)}
                  {round.closedOn ? ` · ${formatDate(locale, round.closedOn)}` : ` · ${t(`fid.status.${round.status}`)}`}
                  {report.by === 'total' ? ` · ${round.respondents === null ? t('fid.results.nHidden') : t('fid.results.n', { n: round.respondents })}` : ''}
                </span>
              </th>
            ))}
          </tr>
          <tr>
            {rounds.map((round, i) => (
              <RoundSubHeads key={round.id} t={t} first={i === 0} withBehaviour={withBehaviour} />
            ))}
          </tr>
        </thead>
        <tbody>
          {group.suppressed ? (
            <tr>
              <td colSpan={1 + rounds.reduce((n, _r, i) => n + (i > 0 ? 2 : 1) * (withBehaviour ? 2 : 1), 0)} className="fid-suppressed" data-testid="fid-group-suppressed">
                {t('fid.table.groupSuppressed', { min: report.minCellSize })}
              </td>
            </tr>
          ) : (
            report.sections.map((section, s) => {
              const behaviour = behaviourOf(section.coreElementId);
              return (
                <tr key={section.id} data-testid="fid-element-row" data-section={section.id}>
                  <th scope="row" className="fid-element">
                    <span className="fid-element-id">{section.id}</span> {nameIn(lang, section.title)}
                  </th>
                  {rounds.map((round, r) => {
                    const point = behaviour?.points[r] ?? null;
                    return [
                      <SurveyCell key={`${round.id}-s`} t={t} locale={locale} figure={group.figures[s]?.[r]} minCellSize={report.minCellSize} open={round.status !== 'closed'} />,
                      r > 0 ? <ChangeCell key={`${round.id}-sc`} t={t} locale={locale} change={group.changes[s]?.[r - 1] ?? undefined} testId="fid-survey-change" /> : null,
                      withBehaviour ? (
                        <td
                          key={`${round.id}-b`}
                          className="fid-num fid-behaviour"
                          data-testid="fid-behaviour"
                          title={point ? t('fid.table.behaviourTitle', { met: point.met, checks: point.checks, date: formatDate(locale, point.asOf) }) : t('fid.table.noBehaviourTitle')}
                        >
                          {point && point.percent !== null ? (
                            <>
                              {formatPercent(locale, point.percent)}
                              <span className="fid-fraction">
                                {' '}
                                ({point.met}/{point.checks})
                              </span>
                            </>
                          ) : (
                            <span className="jobspor-muted">–</span>
                          )}
                        </td>
                      ) : null,
                      withBehaviour && r > 0 ? <ChangeCell key={`${round.id}-bc`} t={t} locale={locale} change={behaviour?.changes[r - 1] ?? undefined} testId="fid-behaviour-change" /> : null,
                    ];
                  })}
                </tr>
              );
            })
          )}
          {!group.suppressed && group.totals ? (
            <tr className="fid-totals" data-testid="fid-totals">
              <th scope="row">{t('fid.table.total')}</th>
              {rounds.map((round, r) => {
                const total = group.totals?.[r];
                const span = (r > 0 ? 2 : 1) * (withBehaviour ? 2 : 1);
                return (
                  <td key={round.id} colSpan={span}>
                    {total && total.meanTotal !== null
                      ? t('fid.table.totalValue', {
                          mean: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(total.meanTotal),
                          band: total.band ? nameIn(lang, total.band) : '–',
                          n: total.complete ?? 0,
                        })
                      : '–'}
                  </td>
                );
              })}
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

function RoundSubHeads({ t, first, withBehaviour }: { t: Translate; first: boolean; withBehaviour: boolean }) {
  return (
    <>
      <th scope="col" className="fid-num">
        {t('fid.table.agreeing')}
      </th>
      {first ? null : (
        <th scope="col" className="fid-num">
          {t('fid.table.change')}
        </th>
      )}
      {withBehaviour ? (
        <th scope="col" className="fid-num fid-behaviour">
          {t('fid.table.behaviour')}
        </th>
      ) : null}
      {withBehaviour && !first ? (
        <th scope="col" className="fid-num fid-behaviour">
          {t('fid.table.behaviourChange')}
        </th>
      ) : null}
    </>
  );
}
