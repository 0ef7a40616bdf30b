/**
 * Find virksomhed (/borgere/:id/match?forloeb=<courseId>): companies and
 * openings ranked for the citizen's course (GET /api/courses/:id/match-
 * suggestions), with the citizen's job goals and postcode they are ranked
 * against, filters (distance, industry, only openings) kept in the address,
 * every score broken into its parts with the reason, and "Registrér match"
 * per suggestion, after which the work agreement is one click away. The
 * suggestions can be exported as CSV with every part's points and reason.
 */
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { industry10Groups, placementsApi } from '../../api/placements.ts';
import type { Industry10, Match, MatchSuggestions } from '../../api/placements.ts';
import type { CourseSummary } from '../../api/records.ts';
import { Alert } from '../../components/Alert.tsx';
import { CheckboxField, SelectField, TextField } from '../../components/FormFields.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { canWritePlacements } from '../../components/placements/access.ts';
import { industry10Label } from '../../components/placements/labels.ts';
import { ListHeading } from '../../components/placements/ListHeading.tsx';
import { suggestionCsvColumns } from '../../components/placements/lists.ts';
import { consultantRoles } from '../../components/placements/MatchForm.tsx';
import { SuggestionCard } from '../../components/placements/SuggestionCard.tsx';
import { CoursePicker } from '../../components/records/CoursePicker.tsx';
import { errorText, useLoad, usePageTitle } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { Link, navigate, useQueryParam } from '../../router.tsx';
import { useSession } from '../../session.tsx';
import '../../components/placements/placements.css';
import '../../styles/records.css';

export function MatchingPage({ citizenId }: { citizenId: string }) {
  const { t } = useI18n();
  const [courseId, setCourseId] = useQueryParam('forloeb');
  usePageTitle(t('pl.suggest.title'));
  return (
    <>
      <div>
        <Link to={`/borgere/${encodeURIComponent(citizenId)}#virksomhed`} className="back-link" data-testid="matching-back">
          <Icon name="chevron-left" />
          {t('pl.backToCitizen')}
        </Link>
      </div>
      {courseId ? (
        <Matching courseId={courseId} key={courseId} />
      ) : (
        <>
          <h1>{t('pl.suggest.title')}</h1>
          <CoursePicker citizenId={citizenId} idPrefix="matching" emptyText={t('pl.tab.noCourse')}>
            {(course: CourseSummary) => (
              <button type="button" className="button button-primary" onClick={() => setCourseId(course.id)} data-testid="matching-choose-course">
                {t('pl.suggest.forCourse')}
              </button>
            )}
          </CoursePicker>
        </>
      )}
    </>
  );
}

interface Filters {
  maxKm: string;
  industry10: string;
  openingsOnly: boolean;
}

function Matching({ courseId }: { courseId: string }) {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const canWrite = canWritePlacements(me.roles);
  const [km] = useQueryParam('km');
  const [industry] = useQueryParam('branche');
  const [openingsParam] = useQueryParam('opslag');
  const [filters, setFilters] = useState<Filters>({ maxKm: km, industry10: industry, openingsOnly: openingsParam === '1' });
  const [kmError, setKmError] = useState<string | undefined>(undefined);

  const suggestions = useLoad<MatchSuggestions>(
    () =>
      placementsApi.suggestions(courseId, {
        limit: 20,
        maxKm: km && Number.isFinite(Number(km)) ? Number(km) : null,
        industry10: (industry10Groups as readonly string[]).includes(industry) ? (industry as Industry10) : null,
        openingsOnly: openingsParam === '1',
      }),
    [courseId, km, industry, openingsParam],
  );
  const matches = useLoad(() => placementsApi.matches(courseId).catch(() => ({ matches: [] as Match[] })), [courseId]);
  const staff = useLoad(() => api.staff({ active: true }).catch(() => ({ staff: [] })), []);
  const [openRank, setOpenRank] = useState<string | null>(null);
  const [registered, setRegistered] = useState<Record<string, Match>>({});

  // Back and forward change the address: follow it in the form.
  useEffect(() => {
    setFilters({ maxKm: km, industry10: industry, openingsOnly: openingsParam === '1' });
  }, [km, industry, openingsParam]);

  const data = suggestions.data;
  const name = data?.citizen.name ?? '';
  usePageTitle(name ? t('pl.suggest.titleFor', { name }) : t('pl.suggest.title'));

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = filters.maxKm.trim().replace(',', '.');
    if (text && (!Number.isFinite(Number(text)) || Number(text) <= 0 || Number(text) > 500)) {
      setKmError(t('pl.suggest.err.km'));
      document.getElementById('matching-maxKm')?.focus();
      return;
    }
    setKmError(undefined);
    // One history entry for the whole change.
    const params = new URLSearchParams(window.location.search);
    const put = (key: string, value: string) => (value ? params.set(key, value) : params.delete(key));
    put('km', text);
    put('branche', filters.industry10);
    put('opslag', filters.openingsOnly ? '1' : '');
    const search = params.toString();
    navigate(`${window.location.pathname}${search ? `?${search}` : ''}`);
  }

  const consultants = (staff.data?.staff ?? [])
    .filter((s) => s.roles.some((r) => consultantRoles.includes(r)))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'da'));
  const agreedMatches = (matches.data?.matches ?? []).filter((m) => m.status === 'agreed');

  return (
    <>
      <h1 data-testid="matching-heading">{name ? t('pl.suggest.titleFor', { name }) : t('pl.suggest.title')}</h1>
      {suggestions.error && !data ? <Alert variant="error">{errorText(t, suggestions.error)}</Alert> : null}
      {data ? (
        <section aria-labelledby="matching-basis-heading" className="placements-basis" data-testid="matching-basis">
          <h2 id="matching-basis-heading" className="h4">
            {t('pl.suggest.basis')}
          </h2>
          <dl className="placements-facts">
            <div>
              <dt>{t('pl.suggest.postcode')}</dt>
              <dd>{data.citizen.postcode ? `${data.citizen.postcode} ${data.citizen.city ?? ''}`.trim() : t('pl.suggest.noPostcode')}</dd>
            </div>
            <div>
              <dt>{t('pl.suggest.jobGoals')}</dt>
              <dd>
                {data.jobGoals.length ? (
                  <ul className="nobullet-list m-0" data-testid="matching-job-goals">
                    {data.jobGoals.map((g, i) => (
                      <li key={i}>
                        {t('pl.suggest.jobGoal', {
                          tier: g.tier,
                          occupation: g.occupationText ?? g.occupationCode ?? t('common.none'),
                        })}
                        {g.occupationCode ? ` (DISCO ${g.occupationCode})` : ''}
                        {g.industryCode ? ` · ${t('pl.suggest.industryCode', { code: g.industryCode })}` : ''}
                      </li>
                    ))}
                  </ul>
                ) : (
                  t('pl.suggest.noJobGoals')
                )}
              </dd>
            </div>
          </dl>
        </section>
      ) : null}

      <form className="jobspor-filters placements-filters" onSubmit={apply} noValidate aria-label={t('pl.suggest.filters')} data-testid="matching-filters">
        <div className="jobspor-form-row">
          <TextField
            id="matching-maxKm"
            label={t('pl.suggest.maxKm')}
            hint={t('pl.suggest.maxKmHint')}
            inputMode="decimal"
            width="input-width-xs"
            optional
            value={filters.maxKm}
            onValue={(maxKm) => setFilters((f) => ({ ...f, maxKm }))}
            error={kmError}
          />
          <SelectField
            id="matching-industry"
            label={t('pl.suggest.industry')}
            placeholder={t('pl.suggest.allIndustries')}
            value={filters.industry10}
            onValue={(industry10) => setFilters((f) => ({ ...f, industry10 }))}
            options={industry10Groups.filter((g) => g !== 'unknown').map((g) => ({ value: g, label: industry10Label(locale, g) }))}
          />
        </div>
        <CheckboxField
          id="matching-openings"
          label={t('pl.suggest.openingsOnly')}
          checked={filters.openingsOnly}
          onChecked={(openingsOnly) => setFilters((f) => ({ ...f, openingsOnly }))}
        />
        <div className="jobspor-filter-actions">
          <button type="submit" className="button button-secondary" data-testid="matching-apply">
            {t('pl.suggest.apply')}
          </button>
        </div>
      </form>

      {suggestions.loading ? <Spinner /> : null}
      {suggestions.error && data ? <Alert variant="error">{errorText(t, suggestions.error)}</Alert> : null}
      {data && !suggestions.loading ? (
        <section aria-labelledby="matching-results-heading" className="jobspor-section">
          <ListHeading
            id="matching-results-heading"
            level={2}
            heading={t('pl.suggest.results')}
            csv={{ file: ['matchforslag', name], columns: suggestionCsvColumns(t, locale), rows: data.suggestions, testId: 'suggestions-export' }}
          />
          <p className="jobspor-muted records-intro">{t('pl.suggest.explain')}</p>
          <p className="jobspor-count" aria-live="polite" data-testid="matching-count">
            {t('pl.suggest.count', { count: data.suggestions.length })}
          </p>
          {data.suggestions.length ? (
            <ol className="placements-suggestions nobullet-list no-max-width" data-testid="suggestions">
              {data.suggestions.map((s) => {
                const key = `${s.company.id}:${s.opening?.id ?? ''}`;
                return (
                  <SuggestionCard
                    key={key}
                    courseId={courseId}
                    suggestion={s}
                    existing={agreedMatches.find((m) => m.company.id === s.company.id && (m.opening?.id ?? null) === (s.opening?.id ?? null)) ?? null}
                    registered={registered[key] ?? null}
                    open={openRank === key}
                    canWrite={canWrite}
                    staff={consultants}
                    onOpen={() => setOpenRank(key)}
                    onClose={() => setOpenRank(null)}
                    onRegistered={(match) => {
                      setRegistered((r) => ({ ...r, [key]: match }));
                      setOpenRank(null);
                      matches.setData({ matches: [match, ...(matches.data?.matches ?? [])] });
                    }}
                  />
                );
              })}
            </ol>
          ) : (
            <p data-testid="suggestions-none">{t('pl.suggest.none')}</p>
          )}
        </section>
      ) : null}
    </>
  );
}
