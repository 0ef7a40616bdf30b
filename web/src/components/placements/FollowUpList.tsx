/** Follow-ups held at the company, newest first, each with the agenda's answers and the ratings. */
import { ratingKeys } from '../../api/placements.ts';
import type { FollowUp } from '../../api/placements.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDate } from '../../labels.ts';
import { attendeeLabel, personName } from '../records/labels.ts';
import { ratingLabel } from './labels.ts';
import { followUpOrder } from './lists.ts';

function Fact({ label, value }: { label: string; value: string | null }) {
  if (value === null || value === '') return null;
  return (
    <div>
      <dt>{label}</dt>
      <dd className="records-prewrap">{value}</dd>
    </div>
  );
}

export function FollowUpList({ followUps }: { followUps: FollowUp[] }) {
  const { t, locale } = useI18n();
  if (!followUps.length) {
    return (
      <p className="jobspor-muted" data-testid="followups-none">
        {t('pl.followUp.none')}
      </p>
    );
  }
  const sorted = followUpOrder(followUps);
  return (
    <ol className="placements-followups nobullet-list no-max-width" data-testid="followups">
      {sorted.map((f) => {
        const rated = ratingKeys.filter((key) => f.ratings[key] !== null && f.ratings[key] !== undefined);
        return (
          <li key={f.id} className="placements-followup" data-testid="followup">
            <h4 className="placements-followup-heading">
              {t('pl.followUp.heldOnTitle', { date: formatDate(locale, f.heldOn) })}
              <span className="jobspor-muted placements-followup-by"> · {personName(t, f.staff)}</span>
            </h4>
            <dl className="placements-facts">
              <Fact label={t('pl.followUp.attendees')} value={f.attendeeRoles.map((r) => attendeeLabel(t, r)).join(', ')} />
              <Fact
                label={t('pl.followUp.goalStillRight')}
                value={f.goalStillRight === null ? null : `${f.goalStillRight ? t('rec.yes') : t('rec.no')}${f.goalNote ? ` – ${f.goalNote}` : ''}`}
              />
              <Fact label={t('pl.followUp.subGoalsAdjusted')} value={f.subGoalsAdjusted} />
              <Fact label={t('pl.followUp.otherOffers')} value={f.otherOffersNeeded} />
              <Fact label={t('pl.followUp.equalTerms')} value={f.equalTermsTasks} />
              <Fact
                label={t('pl.followUp.ratings')}
                value={rated.length ? rated.map((key) => `${ratingLabel(t, key)}: ${f.ratings[key]}`).join(' · ') : null}
              />
              <Fact label={t('pl.followUp.effectiveness')} value={f.effectiveness === null ? null : t('pl.followUp.effectivenessValue', { value: f.effectiveness })} />
              <Fact label={t('pl.followUp.note')} value={f.note} />
              <Fact label={t('pl.followUp.next')} value={f.nextFollowUpOn ? formatDate(locale, f.nextFollowUpOn) : null} />
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
