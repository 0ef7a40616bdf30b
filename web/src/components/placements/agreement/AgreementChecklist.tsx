/**
 * The seeds' points of a clear work agreement (000 §4.4, Flere skal med KE4)
 * ticked off as the agreement covers them: tasks, working hours, sub-goals,
 * the possibility of paid hours, health considerations, a fixed contact
 * person, a follow-up plan, made before the start and agreed by all three
 * parties. Which points are covered is the domain's judgement
 * (agreementChecklist); the texts are translated here. Works on a draft, so
 * the form shows what is still missing while typing.
 */
import { agreementChecklist } from '../../../../../src/domain/placements/work-agreement.ts';
import type { AgreedOn, WorkAgreementContent } from '../../../api/placements.ts';
import { useT } from '../../../i18n/index.tsx';

interface AgreementChecklistProps {
  id: string;
  content: WorkAgreementContent;
  /** The day the agreement was first made (version 1), for "made before the start". */
  firstMadeOn: string;
  agreedOn: AgreedOn;
}

export function AgreementChecklist({ id, content, firstMadeOn, agreedOn }: AgreementChecklistProps) {
  const t = useT();
  const items = agreementChecklist(content, { madeOn: firstMadeOn, ...agreedOn });
  const missing = items.filter((item) => !item.done).length;
  return (
    <section aria-labelledby={`${id}-heading`} className="placements-checklist" data-testid={id}>
      <h3 id={`${id}-heading`} className="h4">
        {t('pl.wa.checklist.title')}
      </h3>
      <p className="placements-checklist-summary" aria-live="polite" data-testid={`${id}-summary`}>
        {missing ? t('pl.wa.checklist.missing', { count: missing, total: items.length }) : t('pl.wa.checklist.complete')}
      </p>
      <ul className="nobullet-list placements-checklist-items">
        {items.map((item) => {
          const hint = item.key === 'madeBeforeStart' && !content.plannedFrom ? t('pl.wa.check.madeBeforeStart.noStart') : t(`pl.wa.check.${item.key}.hint`);
          return (
            <li key={item.key} className={item.done ? 'placements-check placements-check--done' : 'placements-check placements-check--missing'} data-key={item.key} data-done={item.done}>
              <span className="placements-check-mark" aria-hidden="true">
                {item.done ? '✓' : '!'}
              </span>
              <span>
                <span className="sr-only">{item.done ? t('pl.wa.checklist.done') : t('pl.wa.checklist.notDone')}: </span>
                <strong>{t(`pl.wa.check.${item.key}`)}</strong>
                {item.done ? null : <span className="placements-check-hint">{hint}</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
