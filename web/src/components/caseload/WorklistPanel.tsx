import type { Worklist } from '../../api/courses.ts';
import { plural, useT } from '../../i18n/index.tsx';
import { Link } from '../../router.tsx';
import '../../styles/caseload.css';
import { WorklistItems } from './WorklistItems.tsx';

interface WorklistPanelProps {
  citizens: Worklist['citizens'];
}

/** The worklist grouped by citizen, most urgent citizen first (the server's order). */
export function WorklistPanel({ citizens }: WorklistPanelProps) {
  const t = useT();
  if (!citizens.length) return <p data-testid="worklist-empty">{t('caseload.worklist.empty')}</p>;
  return (
    <ol className="unstyled-list no-max-width caseload-worklist" data-testid="worklist">
      {citizens.map((citizen) => {
        const overdue = citizen.items.filter((item) => item.status === 'overdue').length;
        const headingId = `worklist-${citizen.citizenId}`;
        return (
          <li key={citizen.citizenId} className="caseload-worklist-citizen" data-testid="worklist-citizen">
            <h3 className="h5 caseload-worklist-name" id={headingId}>
              <Link to={`/borgere/${encodeURIComponent(citizen.citizenId)}`}>{citizen.citizenName}</Link>
              <span className="jobspor-muted caseload-worklist-counts">
                {' '}
                {t('caseload.worklist.counts', { overdue: plural(t, 'caseload.worklist.overdue', overdue), due: citizen.items.length - overdue })}
              </span>
            </h3>
            <WorklistItems items={citizen.items} />
          </li>
        );
      })}
    </ol>
  );
}
