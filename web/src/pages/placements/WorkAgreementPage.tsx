/**
 * The work agreement (arbejdsaftale) between citizen, company and job centre:
 * /arbejdsaftaler/ny?forloeb=&virksomhed=&match= writes version 1 (the
 * contact person and an opening's tasks and hours filled in), and
 * /arbejdsaftaler/:id shows the version in force, saves changes as new
 * versions (baseVersion; a stale save keeps the draft), lists and shows old
 * versions, prints (HTML) or downloads (PDF) any version, and checks the
 * agreement against the seeds' required content while it is written.
 */
import { useEffect, useRef, useState } from 'react';
import { courseApi } from '../../api/courses.ts';
import { companyApi } from '../../api/companies.ts';
import { placementsApi } from '../../api/placements.ts';
import type { AgreementTerms, WorkAgreement, WorkAgreementVersion } from '../../api/placements.ts';
import type { Versioned } from '../../api/records.ts';
import { Alert } from '../../components/Alert.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { canWritePlacements } from '../../components/placements/access.ts';
import { AgreementChecklist } from '../../components/placements/agreement/AgreementChecklist.tsx';
import { AgreementEditor } from '../../components/placements/agreement/AgreementEditor.tsx';
import { checkDraft, draftOf, emptyDraft, prefillDraft, termsOf } from '../../components/placements/agreement/agreementForm.ts';
import type { AgreementDraft } from '../../components/placements/agreement/agreementForm.ts';
import { AgreementView } from '../../components/placements/agreement/AgreementView.tsx';
import { ClauseBadge } from '../../components/placements/ClauseBadge.tsx';
import { CompanyPicker } from '../../components/placements/CompanyPicker.tsx';
import type { ChosenCompany } from '../../components/placements/CompanyPicker.tsx';
import { FocusedAlert } from '../../components/placements/FocusedAlert.tsx';
import { clauseOf } from '../../components/placements/labels.ts';
import { placementPath, startFromAgreementPath } from '../../components/placements/paths.ts';
import { todayIso } from '../../components/records/dates.ts';
import { useVersionedRecord } from '../../components/records/useVersionedRecord.ts';
import { VersionedRecordPanel } from '../../components/records/VersionedRecordPanel.tsx';
import { errorText, useLoad, usePageTitle } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDate } from '../../labels.ts';
import { Link, navigate } from '../../router.tsx';
import { useSession } from '../../session.tsx';
import '../../components/placements/placements.css';
import '../../styles/records.css';

type TermsVersion = { versionNo: number; createdAt: string; createdBy: WorkAgreementVersion['createdBy']; content: AgreementTerms };

function termsVersion(v: WorkAgreementVersion): TermsVersion {
  return {
    versionNo: v.versionNo,
    createdAt: v.createdAt,
    createdBy: v.createdBy,
    content: { madeOn: v.madeOn, content: v.content, citizenAgreedOn: v.citizenAgreedOn, companyAgreedOn: v.companyAgreedOn, jobcentreAgreedOn: v.jobcentreAgreedOn },
  };
}

function versioned(agreement: WorkAgreement): Versioned<TermsVersion> {
  return {
    current: termsVersion(agreement.current),
    versions: agreement.versions.map((v) => ({ versionNo: v.versionNo, createdAt: v.createdAt, createdBy: v.createdBy })),
  };
}

/** The route's component for both addresses; keeps the just-created agreement across the switch from /ny to /:id. */
export function WorkAgreementPage({ agreementId }: { agreementId: string | null }) {
  const [created, setCreated] = useState<WorkAgreement | null>(null);
  return (
    <AgreementScreen
      key={agreementId ?? 'new'}
      agreementId={agreementId}
      created={created && created.id === agreementId ? created : null}
      onCreated={(agreement) => {
        setCreated(agreement);
        navigate(`/arbejdsaftaler/${encodeURIComponent(agreement.id)}`, { replace: true });
      }}
    />
  );
}

interface ScreenProps {
  agreementId: string | null;
  created: WorkAgreement | null;
  onCreated: (agreement: WorkAgreement) => void;
}

function AgreementScreen({ agreementId, created, onCreated }: ScreenProps) {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const canWrite = canWritePlacements(me.roles);
  const search = new URLSearchParams(window.location.search);
  const [agreement, setAgreement] = useState<WorkAgreement | null>(created);
  const [chosenCompany, setChosenCompany] = useState<ChosenCompany | null>(null);
  const [companyConfirmed, setCompanyConfirmed] = useState(false);
  const courseId = agreement?.courseId ?? search.get('forloeb') ?? '';
  const matchId = agreement ? agreement.matchId : search.get('match') || null;
  const companyId = agreement?.company.id ?? (search.get('virksomhed') || (companyConfirmed ? (chosenCompany?.id ?? '') : ''));
  const today = todayIso();

  const course = useLoad(() => (courseId ? courseApi.course(courseId) : Promise.resolve(null)), [courseId]);
  const company = useLoad(() => (companyId ? companyApi.company(companyId).catch(() => null) : Promise.resolve(null)), [companyId]);
  const matches = useLoad(() => (courseId && !agreementId ? placementsApi.matches(courseId).catch(() => ({ matches: [] })) : Promise.resolve({ matches: [] })), [courseId, agreementId]);
  const match = matches.data?.matches.find((m) => m.id === matchId) ?? null;
  const opening = company.data?.openings.find((o) => o.id === match?.opening?.id) ?? null;

  const record = useVersionedRecord<AgreementTerms, AgreementDraft>(
    {
      errorPrefix: 'wa',
      load: () =>
        agreementId
          ? placementsApi.workAgreement(agreementId).then((a) => {
              setAgreement(a);
              return versioned(a);
            })
          : Promise.resolve({ current: null, versions: [] }),
      loadVersion: (no) => placementsApi.workAgreementVersion(agreementId ?? '', no).then(termsVersion),
      save: async (base, terms) => {
        if (!agreementId) {
          const made = await placementsApi.createWorkAgreement(courseId, { companyId, ...(matchId ? { matchId } : {}), ...terms });
          onCreated(made);
          return termsVersion(made.current);
        }
        const saved = await placementsApi.saveWorkAgreement(agreementId, base, terms);
        setAgreement(saved);
        return termsVersion(saved.current);
      },
      empty: termsOf(prefillDraft(emptyDraft(today), company.data ?? null, opening, locale)),
      toDraft: (terms) => draftOf(terms, locale),
      fromDraft: termsOf,
      check: (draft) => checkDraft(t, draft, today),
    },
    [agreementId],
  );

  // A new agreement opens straight in the form, once the company's contact persons are known.
  const started = useRef(false);
  const ready = !agreementId && Boolean(companyId) && !company.loading && !matches.loading && !record.loaded.loading;
  useEffect(() => {
    if (ready && canWrite && !started.current) {
      started.current = true;
      record.startEditing();
    }
  }, [ready, canWrite, record]);

  // Focus the result of a save (a new version); the first version's notice focuses itself.
  useEffect(() => {
    if (record.saved === null) return;
    const notice = document.querySelector<HTMLElement>('[data-testid="wa-saved"]');
    if (notice) {
      notice.tabIndex = -1;
      notice.focus();
    }
  }, [record.saved]);

  const citizenName = agreement?.citizen.name ?? course.data?.citizenName ?? '';
  const citizenId = agreement?.citizen.id ?? course.data?.citizenId ?? '';
  const companyName = agreement?.company.name ?? company.data?.name ?? chosenCompany?.name ?? '';
  usePageTitle(companyName ? t('pl.wa.titleWith', { company: companyName }) : t('pl.wa.title'));

  const firstMadeOn = agreement?.versions.find((v) => v.versionNo === 1)?.madeOn ?? null;
  const editingFirst = !agreement;
  const courseEnded = Boolean(course.data?.endDate);

  const back = citizenId ? (
    <div>
      <Link to={`/borgere/${encodeURIComponent(citizenId)}#virksomhed`} className="back-link">
        <Icon name="chevron-left" />
        {t('pl.backToCitizen')}
      </Link>
    </div>
  ) : null;

  if (!agreementId && !courseId) {
    return (
      <>
        <h1>{t('pl.wa.title')}</h1>
        <Alert variant="error">{t('pl.wa.noCourse')}</Alert>
      </>
    );
  }
  if (record.loaded.error && !record.loaded.data) {
    return (
      <>
        <h1>{t('pl.wa.title')}</h1>
        <Alert variant="error">{errorText(t, record.loaded.error)}</Alert>
      </>
    );
  }

  const versionNo = (testId?: string) => (testId ? record.current?.versionNo : record.viewing?.versionNo);
  const actions =
    agreement && record.current ? (
      <>
        <a
          className="button button-secondary"
          href={placementsApi.workAgreementPrintUrl(agreement.id, record.current.versionNo)}
          target="_blank"
          rel="noopener noreferrer"
          data-testid="wa-print"
        >
          <Icon name="print" />
          {t('pl.wa.print')}
          <span className="sr-only"> {t('rec.newWindow')}</span>
        </a>
        <a className="button button-secondary" href={placementsApi.workAgreementPdfUrl(agreement.id, record.current.versionNo)} download data-testid="wa-pdf">
          <Icon name="download" />
          {t('pl.wa.pdf')}
        </a>
      </>
    ) : null;

  return (
    <>
      {back}
      <h1 data-testid="wa-heading">{companyName ? t('pl.wa.titleWith', { company: companyName }) : t('pl.wa.title')}</h1>
      <dl className="records-citizen-facts placements-header-facts">
        <div>
          <dt>{t('pl.col.citizen')}</dt>
          <dd>{citizenId ? <Link to={`/borgere/${encodeURIComponent(citizenId)}#virksomhed`}>{citizenName}</Link> : t('common.loading')}</dd>
        </div>
        {companyId ? (
          <div>
            <dt>{t('pl.col.company')}</dt>
            <dd>
              <Link to={`/virksomheder/${encodeURIComponent(companyId)}`}>{companyName || t('common.loading')}</Link>
              {agreement ? <span className="jobspor-muted"> · CVR {agreement.company.cvr}</span> : null}
            </dd>
          </div>
        ) : null}
        {match ? (
          <div>
            <dt>{t('pl.wa.match')}</dt>
            <dd>{t('pl.wa.matchValue', { date: formatDate(locale, match.matchedOn), who: match.consultant.name })}</dd>
          </div>
        ) : null}
        {agreement ? (
          <div>
            <dt>{t('pl.col.clause')}</dt>
            <dd>
              <ClauseBadge clause={clauseOf(agreement.current)} testId="wa-clause" />
            </dd>
          </div>
        ) : null}
        {agreement ? (
          <div>
            <dt>{t('pl.agreements.placement')}</dt>
            <dd>
              {agreement.placementId ? (
                <Link to={placementPath(agreement.placementId)} data-testid="wa-placement-link">
                  {t('pl.agreements.openPlacement')}
                </Link>
              ) : canWrite && !courseEnded ? (
                <Link to={startFromAgreementPath(agreement.citizen.id, agreement.id)} data-testid="wa-start-placement">
                  {t('pl.startPlacement')}
                </Link>
              ) : (
                t('pl.agreements.noPlacement')
              )}
            </dd>
          </div>
        ) : null}
      </dl>

      {created ? (
        <FocusedAlert variant="success" testId="wa-created" focusKey={created.id} heading={t('pl.wa.created', { no: created.current.versionNo })}>
          <p className="m-0">{t('pl.wa.createdNext')}</p>
          {canWrite && !courseEnded && !created.placementId ? (
            <p className="m-0">
              <Link to={startFromAgreementPath(created.citizen.id, created.id)} data-testid="wa-created-start">
                {t('pl.startPlacement')}
              </Link>
            </p>
          ) : null}
        </FocusedAlert>
      ) : null}

      {!agreementId && !companyId ? (
        <section aria-labelledby="wa-company-heading" className="jobspor-section">
          <h2 id="wa-company-heading">{t('pl.wa.chooseCompany')}</h2>
          <CompanyPicker id="wa-company" value={chosenCompany} onValue={setChosenCompany} />
          <div className="jobspor-actions">
            <button type="button" className="button button-primary" disabled={!chosenCompany} onClick={() => setCompanyConfirmed(true)} data-testid="wa-company-next">
              {t('pl.wa.continue')}
            </button>
          </div>
        </section>
      ) : (company.loading && !company.data) || (matches.loading && !matches.data) ? (
        <Spinner />
      ) : (
        <div className="placements-agreement-layout">
          <div className="placements-agreement-main">
            <VersionedRecordPanel<AgreementTerms, AgreementDraft>
              id="wa"
              record={record}
              canEdit={canWrite && !courseEnded}
              texts={{
                currentTitle: (no) => t('pl.wa.currentTitle', { no }),
                none: t('pl.wa.none'),
                create: t('pl.writeAgreement'),
                edit: t('pl.wa.edit'),
                newTitle: t('pl.wa.newTitle'),
                editTitle: (no) => t('pl.wa.editTitle', { no }),
                save: t('pl.wa.save'),
                saved: (no) => t('pl.wa.saved', { no }),
                stale: t('pl.wa.stale'),
                reload: t('pl.wa.reload'),
                versions: t('pl.wa.versions'),
                oldTitle: (no) => t('pl.wa.oldTitle', { no }),
              }}
              actions={actions}
              renderView={(terms, testId) => {
                const no = versionNo(testId);
                return (
                  <>
                    <AgreementView terms={terms} testId={testId} />
                    {!testId && agreement && no ? (
                      <p className="records-button-row">
                        <a className="button button-tertiary" href={placementsApi.workAgreementPrintUrl(agreement.id, no)} target="_blank" rel="noopener noreferrer">
                          {t('pl.wa.printVersion', { no })}
                          <span className="sr-only"> {t('rec.newWindow')}</span>
                        </a>
                        <a className="button button-tertiary" href={placementsApi.workAgreementPdfUrl(agreement.id, no)} download>
                          {t('pl.wa.pdfVersion', { no })}
                        </a>
                      </p>
                    ) : null}
                    {testId ? (
                      <AgreementChecklist
                        id="wa-checklist"
                        content={terms.content}
                        firstMadeOn={firstMadeOn ?? terms.madeOn}
                        agreedOn={{ citizenAgreedOn: terms.citizenAgreedOn, companyAgreedOn: terms.companyAgreedOn, jobcentreAgreedOn: terms.jobcentreAgreedOn }}
                      />
                    ) : null}
                  </>
                );
              }}
              renderEditor={(draft, setDraft, errors) => {
                const terms = termsOf(draft);
                return (
                  <>
                    <AgreementChecklist
                      id="wa-draft-checklist"
                      content={terms.content}
                      firstMadeOn={editingFirst ? draft.madeOn : (firstMadeOn ?? draft.madeOn)}
                      agreedOn={{ citizenAgreedOn: terms.citizenAgreedOn, companyAgreedOn: terms.companyAgreedOn, jobcentreAgreedOn: terms.jobcentreAgreedOn }}
                    />
                    <AgreementEditor draft={draft} onDraft={setDraft} errors={errors} contactPersons={company.data?.contactPersons ?? []} />
                  </>
                );
              }}
            />
          </div>
        </div>
      )}
    </>
  );
}
