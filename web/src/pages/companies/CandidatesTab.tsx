/**
 * Find kandidater: reverse matching from the company's side. Citizens from
 * the caller's own caseload (a leader's: their units') ranked for the company
 * as a whole (GET /api/companies/:id/candidates) or for one open opening
 * (GET /api/openings/:id/candidates). The lists are audited citizen data, so
 * they are fetched when asked for, not on opening the tab.
 */
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { companyApi } from '../../api/companies.ts';
import type { CandidateSuggestion, CompanyDetail } from '../../api/companies.ts';
import { courseApi } from '../../api/courses.ts';
import { Alert } from '../../components/Alert.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { CandidateTable } from '../../components/companies/CandidateTable.tsx';
import { CsvButton } from '../../components/csv/CsvButton.tsx';
import { candidateColumns, scoreReasonColumns } from '../../components/companies/listColumns.ts';
import { errorText, useLoad } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';

interface CandidatesTabProps {
  company: CompanyDetail;
  /** '' = the company as a whole; otherwise an opening's id. */
  target: string;
  onTarget: (target: string) => void;
  /** Search at once (arriving from an opening's "Find kandidater"). */
  autoFind: boolean;
  onAutoFound: () => void;
}

interface Result {
  target: string;
  candidates: CandidateSuggestion[];
}

export function CandidatesTab({ company, target, onTarget, autoFind, onAutoFound }: CandidatesTabProps) {
  const { t, locale } = useI18n();
  const models = useLoad(() => courseApi.models(), []);
  const [result, setResult] = useState<Result | null>(null);
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const openings = company.openings.filter((o) => o.status === 'open');
  const modelName = (id: string) => models.data?.models.find((m) => m.id === id)?.shortName ?? id;

  async function find(which: string) {
    setLoading(true);
    setFailure(null);
    try {
      const answer = which ? await companyApi.openingCandidates(which) : await companyApi.companyCandidates(company.id);
      setResult({ target: which, candidates: [...answer.candidates].sort((a, b) => a.rank - b.rank) });
    } catch (error) {
      setFailure(error);
      setResult(null);
    } finally {
      setLoading(false);
    }
  }

  // Arriving from an opening's "Find kandidater" button starts the search for it.
  useEffect(() => {
    if (!autoFind) return;
    onAutoFound();
    // The opening's button is gone with the Opslag tab: start the keyboard user at this tab's heading.
    heading.current?.focus();
    void find(target);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [autoFind]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void find(target);
  }

  const targetName = (which: string) => (which ? (openings.find((o) => o.id === which)?.title ?? company.openings.find((o) => o.id === which)?.title ?? '') : company.name);
  const caption = result ? t('companies.candidates.caption', { target: targetName(result.target) }) : '';
  const csvColumns = [...candidateColumns(t, locale, modelName), ...scoreReasonColumns<CandidateSuggestion>(t)];

  return (
    <section aria-labelledby="candidates-heading">
      <h2 id="candidates-heading" ref={heading} tabIndex={-1}>{t('companies.tab.candidates')}</h2>
      <p className="jobspor-prose">{t('companies.candidates.intro')}</p>
      <form className="jobspor-filters" onSubmit={submit} aria-label={t('companies.candidates.form')}>
        <div className="form-group">
          <label className="form-label" htmlFor="candidates-target">
            {t('companies.candidates.target')}
          </label>
          <select id="candidates-target" className="form-select" value={target} onChange={(e) => onTarget(e.target.value)} data-testid="candidates-target">
            <option value="">{t('companies.candidates.wholeCompany', { name: company.name })}</option>
            {openings.map((o) => (
              <option key={o.id} value={o.id}>
                {t('companies.candidates.opening', { title: o.title })}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <button type="submit" className="button button-primary" disabled={loading} data-testid="candidates-find">
            {t('companies.candidates.find')}
          </button>
        </div>
      </form>
      {failure ? <Alert variant="error">{errorText(t, failure)}</Alert> : null}
      {loading ? <Spinner /> : null}
      {result && !loading ? (
        <div aria-live="polite">
          <div className="companies-toolbar">
            <p className="jobspor-count" data-testid="candidates-count">
              <strong>{t('companies.candidates.count', { count: result.candidates.length, target: targetName(result.target) })}</strong>
            </p>
            <CsvButton label={t('companies.exportCsv')} what={caption} file={['kandidater', company.cvr]} columns={csvColumns} rows={result.candidates} testId="candidates-export" />
          </div>
          {result.candidates.length ? (
            <CandidateTable candidates={result.candidates} caption={caption} modelName={modelName} />
          ) : (
            <p data-testid="candidates-empty">{t('companies.candidates.empty')}</p>
          )}
        </div>
      ) : null}
    </section>
  );
}
