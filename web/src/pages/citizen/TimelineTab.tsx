/**
 * Tidslinje: everything that happened in the citizen's case (GET
 * /api/citizens/:id/timeline), newest first, filterable by kind. Compact: the
 * first entries are shown, the rest on request.
 */
import { useState } from 'react';
import { recordsApi, timelineKinds } from '../../api/records.ts';
import type { TimelineEvent } from '../../api/records.ts';
import { Alert } from '../../components/Alert.tsx';
import { SelectField } from '../../components/FormFields.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { timelineKindLabel } from '../../components/records/labels.ts';
import { errorText, useLoad } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDate } from '../../labels.ts';
import '../../styles/records.css';

const pageSize = 12;

function newestFirst(events: readonly TimelineEvent[]): TimelineEvent[] {
  // Stable sort keeps the server's order within a day.
  return [...events].sort((a, b) => b.at.slice(0, 10).localeCompare(a.at.slice(0, 10)));
}

export function TimelineTab({ citizenId }: { citizenId: string }) {
  const { t, locale } = useI18n();
  const loaded = useLoad(() => recordsApi.timeline(citizenId), [citizenId]);
  const [kind, setKind] = useState('');
  const [all, setAll] = useState(false);

  const events = newestFirst(loaded.data?.events ?? []);
  const present = timelineKinds.filter((k) => events.some((e) => e.kind === k));
  const filtered = kind ? events.filter((e) => e.kind === kind) : events;
  const shown = all ? filtered : filtered.slice(0, pageSize);

  return (
    <section aria-labelledby="timeline-heading" className="records-timeline-section" data-testid="timeline">
      <div className="records-heading-row">
        <h3 id="timeline-heading">{t('rec.timeline.title')}</h3>
        {events.length ? (
          <SelectField
            id="timeline-kind"
            label={t('rec.timeline.filter')}
            value={kind}
            onValue={(value) => {
              setKind(value);
              setAll(false);
            }}
            placeholder={t('rec.timeline.all')}
            options={present.map((k) => ({ value: k, label: timelineKindLabel(t, k) }))}
            groupClassName="records-inline-select"
          />
        ) : null}
      </div>
      {loaded.loading && !loaded.data ? <Spinner /> : null}
      {loaded.error ? <Alert variant="error">{errorText(t, loaded.error)}</Alert> : null}
      {loaded.data && !filtered.length ? <p>{t('rec.timeline.none')}</p> : null}
      {shown.length ? (
        <ol className="records-timeline" aria-live="polite">
          {shown.map((event, index) => (
            <li key={`${event.at}-${event.kind}-${index}`} className={`records-timeline-item records-kind-${event.kind}`}>
              <span className="records-timeline-date">{formatDate(locale, event.at)}</span>
              <span className="records-timeline-kind">{timelineKindLabel(t, event.kind)}</span>
              <span className="records-timeline-text">
                <span className="records-timeline-title">{event.title}</span>
                {event.detail ? <span className="records-timeline-detail">{event.detail}</span> : null}
              </span>
            </li>
          ))}
        </ol>
      ) : null}
      {filtered.length > shown.length ? (
        <button type="button" className="button button-tertiary" onClick={() => setAll(true)} data-testid="timeline-more">
          {t('rec.timeline.showAll', { count: filtered.length })}
        </button>
      ) : null}
    </section>
  );
}
