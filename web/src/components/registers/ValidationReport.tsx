/**
 * A register import's validation report: rows read and kept, the period, and
 * per problem code the count and the first examples with line numbers,
 * worded in Danish or English from the i18n module (the server sends codes).
 */
import type { ValidationReportBody } from '../../api/registers.ts';
import { hasKey, useI18n } from '../../i18n/index.tsx';
import type { MessageKey, Translate } from '../../i18n/index.tsx';
import { formatNumber } from '../../labels.ts';

function coded(t: Translate, prefix: string, code: string): string {
  const key = `${prefix}.${code}`;
  return hasKey(key) ? t(key as MessageKey) : code;
}

export function ValidationReport({ report, idPrefix }: { report: ValidationReportBody; idPrefix: string }) {
  const { t, locale } = useI18n();
  return (
    <div className="registers-report" data-testid="validation-report">
      {report.rejected ? (
        <div className="alert alert-error" role="alert" data-testid="report-rejected">
          <div className="alert-body">
            <p className="alert-heading">{t('reg.report.rejected')}</p>
            {report.rejectedReason ? <p className="alert-text">{coded(t, 'reg.reason', report.rejectedReason)}</p> : null}
          </div>
        </div>
      ) : null}
      <dl className="registers-counts">
        <div>
          <dt>{t('reg.report.rowsRead')}</dt>
          <dd data-testid="rows-read">{formatNumber(locale, report.rowsRead)}</dd>
        </div>
        <div>
          <dt>{t('reg.report.rowsKept')}</dt>
          <dd data-testid="rows-kept">{formatNumber(locale, report.rowsKept)}</dd>
        </div>
        {report.periodFrom || report.periodTo ? (
          <div>
            <dt>{t('reg.report.period')}</dt>
            <dd>{t('reg.report.periodValue', { from: report.periodFrom ?? '–', to: report.periodTo ?? '–' })}</dd>
          </div>
        ) : null}
      </dl>
      {report.problems.length === 0 ? (
        <p data-testid="no-problems">{t('reg.report.noProblems')}</p>
      ) : (
        <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby={`${idPrefix}-problems`}>
          <table className="table table--compact table--zebra jobspor-table" data-testid="problems-table">
            <caption id={`${idPrefix}-problems`}>{t('reg.report.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reg.report.problem')}</th>
                <th scope="col" className="align-text-right">
                  {t('reg.report.count')}
                </th>
                <th scope="col">{t('reg.report.examples')}</th>
              </tr>
            </thead>
            <tbody>
              {report.problems.map((problem) => (
                <tr key={problem.code} data-testid={`problem-${problem.code}`}>
                  <th scope="row">
                    {coded(t, 'reg.problem', problem.code)} <code className="registers-code">{problem.code}</code>
                  </th>
                  <td className="align-text-right">{formatNumber(locale, problem.count)}</td>
                  <td>
                    <ul className="registers-examples">
                      {problem.examples.map((example) => (
                        <li key={`${example.line}|${example.value}`}>{t('reg.report.example', { line: example.line, value: example.value })}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
