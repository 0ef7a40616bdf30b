/**
 * Suggested citizens for a company or an opening, best first: rank, the
 * citizen (linked to the company tab of their page, or for a manager or
 * company consultant matching across the units to the candidate profile,
 * which shows no contact details or case notes), score out of 100,
 * distance, and for each of the four components its points and the server's
 * Danish reason, so the job broker sees why and can overrule it.
 */
import type { ReactNode } from 'react';
import type { CandidateSuggestion } from '../../api/companies.ts';
import { scoreComponentKeys } from '../../api/companies.ts';
import { useI18n } from '../../i18n/index.tsx';
import { matchesFromUnits } from '../../access.ts';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.tsx';
import { DataTable } from './DataTable.tsx';
import { candidateColumns } from './listColumns.ts';

interface CandidateTableProps {
  candidates: readonly CandidateSuggestion[];
  caption: string;
  modelName: (modelId: string) => string;
}

export function CandidateTable({ candidates, caption, modelName }: CandidateTableProps) {
  const { t, locale } = useI18n();
  const f = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const columns = candidateColumns(t, locale, modelName);
  const profiles = matchesFromUnits(useSession().me.roles);
  const render: Record<string, (c: CandidateSuggestion) => ReactNode> = {
    citizen: (c) =>
      profiles ? (
        <Link to={`/kandidater/${encodeURIComponent(c.courseId)}`} data-testid="candidate-profile-link">
          {c.citizen.name}
        </Link>
      ) : (
        <Link to={`/borgere/${encodeURIComponent(c.citizen.id)}#virksomhed`}>{c.citizen.name}</Link>
      ),
    score: (c) => (
      <span className="companies-score">
        {f.format(c.score)}
        <span className="sr-only"> {t('companies.candidates.outOf100')}</span>
      </span>
    ),
    distance: (c) => (c.distanceKm === null ? <span className="companies-muted">{t('companies.candidates.unknownDistance')}</span> : t('companies.candidates.km', { km: f.format(c.distanceKm) })),
  };
  for (const key of scoreComponentKeys) {
    render[`component-${key}`] = (c) => {
      const part = c.components.find((x) => x.key === key);
      if (!part) return '–';
      return (
        <>
          <span className="companies-points">
            {t('companies.candidates.points', { points: f.format(part.points), max: f.format(part.max) })}
          </span>
          <span className="companies-reason">{part.reason}</span>
        </>
      );
    };
  }
  return <DataTable caption={caption} columns={columns} rows={candidates} rowKey={(c) => c.courseId} render={render} rowHeaderId="citizen" testId="candidates-table" rowTestId="candidate-row" />;
}
