/** The ordinary-hours clause of a placement's agreement as a badge: ordinære timer, hensigtserklæring or mangler. */
import { useT } from '../../i18n/index.tsx';
import type { Clause } from './labels.ts';

const variant: Record<Clause, string> = { ordinary: 'badge-success', intent: 'badge-info', missing: 'badge-warning' };

export function ClauseBadge({ clause, testId }: { clause: Clause; testId?: string }) {
  const t = useT();
  return (
    <span className={`badge ${variant[clause]} placements-badge`} data-testid={testId} data-clause={clause} title={t(`pl.clause.${clause}.hint`)}>
      <span className="sr-only">{t('pl.clause.label')}: </span>
      {t(`pl.clause.${clause}`)}
    </span>
  );
}
