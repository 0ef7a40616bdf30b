/**
 * One ranked suggestion: the company (and opening), its score as a meter out
 * of 100, the distance, and each part of the score with its points, maximum
 * and the reason in words, so the ranking can be checked and explained to
 * the citizen. "Registrér match" opens the form in place; once registered,
 * the card offers the work agreement.
 */
import type { Match, MatchSuggestion } from '../../api/placements.ts';
import type { Staff } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDate } from '../../labels.ts';
import { Link } from '../../router.tsx';
import { FocusedAlert } from './FocusedAlert.tsx';
import { formatHours, industry10Label, scoreKeyLabel } from './labels.ts';
import { MatchForm } from './MatchForm.tsx';
import { agreementPath } from './paths.ts';

interface SuggestionCardProps {
  courseId: string;
  suggestion: MatchSuggestion;
  /** An earlier match with this company on the course, if any. */
  existing: Match | null;
  /** The match registered from this card just now. */
  registered: Match | null;
  open: boolean;
  canWrite: boolean;
  staff: Staff[];
  onOpen: () => void;
  onClose: () => void;
  onRegistered: (match: Match) => void;
}

export function SuggestionCard(props: SuggestionCardProps) {
  const { courseId, suggestion: s, existing, registered, open, canWrite, staff, onOpen, onClose, onRegistered } = props;
  const { t, locale } = useI18n();
  const headingId = `suggestion-${s.rank}-heading`;
  const place = [s.company.postcode, s.company.city].filter(Boolean).join(' ');
  return (
    <li className="placements-suggestion" data-testid="suggestion" data-company-id={s.company.id} data-rank={s.rank}>
      <article aria-labelledby={headingId}>
        <div className="placements-suggestion-head">
          <h3 id={headingId} className="placements-suggestion-title">
            <span className="placements-rank">{t('pl.suggest.rank', { rank: s.rank })}</span>{' '}
            <Link to={`/virksomheder/${encodeURIComponent(s.company.id)}`} data-testid="suggestion-company">
              {s.company.name}
            </Link>
          </h3>
          <div className="placements-score-box">
            <label htmlFor={`suggestion-${s.rank}-score`} className="placements-score-label">
              {t('pl.suggest.score', { score: formatHours(locale, s.score) })}
            </label>
            <meter id={`suggestion-${s.rank}-score`} className="placements-score" min={0} max={100} low={40} high={70} optimum={100} value={s.score}>
              {s.score}
            </meter>
          </div>
        </div>
        <p className="placements-suggestion-meta">
          {industry10Label(locale, s.company.industry.group10)}
          {place ? ` · ${place}` : ''}
          {' · '}
          {s.distanceKm === null ? t('pl.suggest.distanceUnknown') : t('pl.suggest.distance', { km: formatHours(locale, s.distanceKm) })}
        </p>
        {s.opening ? (
          <p className="placements-suggestion-opening">
            {t('pl.suggest.opening', { title: s.opening.title, min: formatHours(locale, s.opening.hoursMin), max: formatHours(locale, s.opening.hoursMax) })}
            {s.opening.paidFromStart ? <span className="badge badge-success placements-badge">{t('pl.suggest.paidFromStart')}</span> : null}
          </p>
        ) : null}
        <table className="table table--compact placements-components" data-testid="suggestion-components">
          <caption className="sr-only">{t('pl.suggest.componentsCaption', { company: s.company.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('pl.suggest.component')}</th>
              <th scope="col" className="placements-num">
                {t('pl.suggest.points')}
              </th>
              <th scope="col">{t('pl.suggest.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {s.components.map((c) => (
              <tr key={c.key} data-key={c.key}>
                <th scope="row" className="jobspor-row-head">
                  {scoreKeyLabel(t, c.key)}
                </th>
                <td className="placements-num placements-nowrap">{t('pl.suggest.pointsOf', { points: formatHours(locale, c.points), max: c.max })}</td>
                <td>{c.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>

        {registered ? (
          <FocusedAlert variant="success" testId="match-registered" focusKey={registered.id} heading={t('pl.match.registered', { company: registered.company.name })}>
            <p className="m-0">
              <Link to={agreementPath({ courseId, companyId: registered.company.id, matchId: registered.id })} className="button button-primary" data-testid="match-write-agreement">
                {t('pl.writeAgreement')}
              </Link>
            </p>
          </FocusedAlert>
        ) : existing ? (
          <p className="placements-existing" data-testid="suggestion-existing">
            {t('pl.suggest.alreadyMatched', { date: formatDate(locale, existing.matchedOn) })}{' '}
            <Link to={agreementPath({ courseId, companyId: existing.company.id, matchId: existing.id })}>{t('pl.writeAgreement')}</Link>
          </p>
        ) : null}

        {!registered && canWrite ? (
          open ? (
            <MatchForm courseId={courseId} suggestion={s} staff={staff} onCreated={onRegistered} onCancel={onClose} />
          ) : (
            <button type="button" className="button button-secondary" onClick={onOpen} data-testid="suggestion-register">
              {t('pl.match.register')}
              <span className="sr-only"> {t('pl.match.withCompany', { company: s.company.name })}</span>
            </button>
          )
        ) : null}
      </article>
    </li>
  );
}
