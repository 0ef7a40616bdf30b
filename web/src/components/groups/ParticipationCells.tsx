import type { GroupActivity, GroupActivityParticipant } from '../../api/courses.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDate } from '../../labels.ts';
import { ParticipationActions } from './ParticipationActions.tsx';

/** Header cells of the columns every participation table ends with: joined, left and (for writers) the actions. */
export function ParticipationHeadCells({ canWrite }: { canWrite: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <th scope="col">{t('courses.groups.joinedOn')}</th>
      <th scope="col">{t('courses.groups.leftOn')}</th>
      {canWrite ? (
        <th scope="col">
          <span className="sr-only">{t('col.actions')}</span>
        </th>
      ) : null}
    </>
  );
}

interface ParticipationCellsProps {
  activity: GroupActivity;
  participant: GroupActivityParticipant;
  canWrite: boolean;
  onSaved: (activity: GroupActivity, message: string) => void;
}

/** A participation's cells: the day joined, the day left (or "taking part") and, for writers, sign-off. */
export function ParticipationCells({ activity, participant, canWrite, onSaved }: ParticipationCellsProps) {
  const { t, locale } = useI18n();
  return (
    <>
      <td className="jobspor-nowrap">{formatDate(locale, participant.joinedOn)}</td>
      <td className="jobspor-nowrap">{participant.leftOn ? formatDate(locale, participant.leftOn) : t('courses.groups.takingPart')}</td>
      {canWrite ? (
        <td>
          <ParticipationActions activity={activity} participant={participant} onSaved={onSaved} />
        </td>
      ) : null}
    </>
  );
}
