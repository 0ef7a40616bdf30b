/**
 * Answering one fidelity questionnaire (issue 12 §2): each section with its
 * items, a radio group per item with the scale's labels (and "Ved ikke"
 * where the scale allows it), every item answered before it is sent (an
 * error summary links to the first missing one), then a thank-you that says
 * the answer is anonymous: it keeps the role and unit only.
 */
import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError } from '../../api/client.ts';
import { fidelityApi } from '../../api/fidelity.ts';
import type { Questionnaire } from '../../api/fidelity.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import type { SummaryItem } from '../../components/ErrorSummary.tsx';
import { FormActions, RadioGroup } from '../../components/FormFields.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { respondentRoleLabel } from '../../components/fidelity/format.ts';
import { errorText, useLoad, usePageTitle } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { Lang } from '../../i18n/index.tsx';
import { formatDate } from '../../labels.ts';
import { Link } from '../../router.tsx';
import { nameIn } from '../models/text.ts';
import '../../components/fidelity/fidelity.css';

/** The value of "Ved ikke" among a radio group's values (the scale's values are integers). */
const dontKnow = 'dont-know';

const itemFieldId = (itemId: string) => `fid-item-${itemId}`;

type Item = Questionnaire['sections'][number]['items'][number];

function statementIn(lang: Lang, item: Item): string {
  return lang === 'en' && item.statementEn ? item.statementEn : item.statement;
}

export function AnswerPage({ invitationId }: { invitationId: string }) {
  const { t, lang } = useI18n();
  usePageTitle(t('fid.answer.title'));
  const questionnaire = useLoad(() => fidelityApi.questionnaire(invitationId), [invitationId]);
  const [sent, setSent] = useState<Questionnaire['invitation'] | null>(null);

  if (sent) {
    return (
      <>
        <h1>{t('fid.answer.thanksTitle')}</h1>
        <Alert variant="success" testId="fid-thanks">
          <p className="m-0">{t('fid.answer.thanks', { round: sent.roundName })}</p>
          <p className="m-0 mt-3">{t('fid.answer.anonymous', { role: respondentRoleLabel(t, sent.role), unit: sent.unitName })}</p>
        </Alert>
        <p className="mt-5">
          <Link to="/spoergeskema" data-testid="fid-back-to-list">
            {t('fid.answer.backToList')}
          </Link>
        </p>
      </>
    );
  }

  const error = questionnaire.error;
  return (
    <>
      <p className="mt-0">
        <Link to="/spoergeskema">{t('fid.answer.backToList')}</Link>
      </p>
      {questionnaire.data ? <h1>{questionnaire.data.invitation.roundName}</h1> : <h1>{t('fid.answer.title')}</h1>}
      {questionnaire.loading && !questionnaire.data ? <Spinner /> : null}
      {error ? (
        <Alert variant="error" testId="fid-answer-error">
          <p className="m-0">
            {error instanceof ApiError && error.status === 404 ? t('fid.answer.notFound') : error instanceof ApiError && error.status === 409 ? t('fid.answer.spent') : errorText(t, error)}
          </p>
        </Alert>
      ) : null}
      {questionnaire.data ? <AnswerForm questionnaire={questionnaire.data} lang={lang} onSent={() => setSent(questionnaire.data?.invitation ?? null)} /> : null}
    </>
  );
}

function AnswerForm({ questionnaire, lang, onSent }: { questionnaire: Questionnaire; lang: Lang; onSent: () => void }) {
  const { t, locale } = useI18n();
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [submits, setSubmits] = useState(0);
  const [saving, setSaving] = useState(false);
  const scales = useMemo(() => new Map(questionnaire.scales.map((s) => [s.id, s])), [questionnaire.scales]);
  const items = questionnaire.sections.flatMap((s) => s.items);
  const answered = items.filter((item) => answers[item.id] !== undefined).length;
  const inv = questionnaire.invitation;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const open = items.filter((item) => answers[item.id] === undefined);
    if (open.length) {
      const first = open[0] as Item;
      setMissing(new Set(open.map((i) => i.id)));
      setSummary([{ fieldId: itemFieldId(first.id), message: t('fid.answer.missing', { count: open.length, statement: statementIn(lang, first) }) }]);
      setSubmits((n) => n + 1);
      return;
    }
    setSaving(true);
    try {
      await fidelityApi.submit(inv.id, {
        answers: items.map((item) => {
          const value = answers[item.id] as string;
          return { item: item.id, value: value === dontKnow ? null : Number(value) };
        }),
      });
      onSent();
    } catch (error) {
      const items: SummaryItem[] =
        error instanceof ApiError && Object.keys(error.fields).length
          ? Object.entries(error.fields).map(([field, message]) => ({ fieldId: '', message: `${field}: ${message}` }))
          : [{ fieldId: '', message: error instanceof ApiError && error.status === 409 ? t('fid.answer.spent') : errorText(t, error) }];
      setSummary(items);
      setSubmits((n) => n + 1);
    } finally {
      setSaving(false);
    }
  }

  function choose(itemId: string, value: string) {
    setAnswers((current) => ({ ...current, [itemId]: value }));
    if (missing.has(itemId)) {
      const next = new Set(missing);
      next.delete(itemId);
      setMissing(next);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="fid-questionnaire">
      <p className="font-lead">{t('fid.answer.intro', { instrument: nameIn(lang, inv.instrumentName), role: respondentRoleLabel(t, inv.role), unit: inv.unitName })}</p>
      {questionnaire.instructions ? <p className="jobspor-prose">{questionnaire.instructions}</p> : null}
      <Alert variant="info">
        <p className="m-0">{t('fid.answer.anonymousBefore')}</p>
        {inv.closesOn ? <p className="m-0 mt-3">{t('fid.answer.closesOn', { date: formatDate(locale, inv.closesOn) })}</p> : null}
      </Alert>
      <ErrorSummary items={summary} focusKey={submits} />
      {questionnaire.sections.map((section) => (
        <section key={section.id} className="fid-q-section" aria-labelledby={`fid-q-${section.id}`} data-testid="fid-q-section">
          <h2 id={`fid-q-${section.id}`} className="h3">
            <span className="fid-element-id">{section.id}</span> {nameIn(lang, section.title)}
          </h2>
          {section.items.map((item) => {
            const scale = scales.get(item.scale);
            const options = [
              ...(scale?.points ?? []).map((p) => ({ value: String(p.value), label: nameIn(lang, p.label) })),
              ...(scale?.allowDontKnow ? [{ value: dontKnow, label: t('fid.answer.dontKnow') }] : []),
            ];
            return (
              <div key={item.id} className="fid-item" data-testid="fid-item" data-item={item.id}>
                <RadioGroup
                  id={itemFieldId(item.id)}
                  name={`fid-item-${item.id}`}
                  legend={statementIn(lang, item)}
                  options={options}
                  value={answers[item.id] ?? ''}
                  onValue={(v) => choose(item.id, v)}
                  error={missing.has(item.id) ? t('fid.answer.itemMissing') : undefined}
                />
              </div>
            );
          })}
        </section>
      ))}
      <p className="fid-count" aria-live="polite" data-testid="fid-answered-count">
        {t('fid.answer.progress', { answered, total: items.length })}
      </p>
      <FormActions saving={saving} label={t('fid.answer.submit')} testId="fid-answer-submit" />
    </form>
  );
}
