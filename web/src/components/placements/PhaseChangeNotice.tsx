/**
 * The notice shown when starting or ending a placement moved the course to
 * another phase (the model's transition, made in the same transaction):
 * "Forløbet er flyttet fra TRIN 3 … til TRIN 2 …". Phase names come from the
 * course's phase history, which holds the change just made.
 */
import { courseApi } from '../../api/courses.ts';
import type { PhaseChange } from '../../api/placements.ts';
import { useLoad } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDate } from '../../labels.ts';
import { Alert } from '../Alert.tsx';

export function PhaseChangeNotice({ courseId, change }: { courseId: string; change: PhaseChange }) {
  const { t, locale } = useI18n();
  const course = useLoad(() => courseApi.course(courseId).catch(() => null), [courseId, change.on, change.to]);
  const phases = course.data?.phases ?? [];
  const name = (phase: string) => phases.find((p) => p.phase === phase)?.phaseName ?? phase;
  return (
    <Alert variant="info" heading={t('pl.phaseChange.heading')} testId="phase-change">
      <p className="m-0">{t('pl.phaseChange.text', { from: name(change.from), to: name(change.to), date: formatDate(locale, change.on) })}</p>
    </Alert>
  );
}
