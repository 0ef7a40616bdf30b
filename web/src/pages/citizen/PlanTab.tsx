/**
 * Plan: the citizen's plan for the chosen course. Every save is a new
 * version (baseVersion = the version the edit started from); old versions
 * can be read. A stale save (409) keeps the user's edits and says so.
 */
import { recordsApi } from '../../api/records.ts';
import type { CourseSummary, PlanContent } from '../../api/records.ts';
import { CoursePicker } from '../../components/records/CoursePicker.tsx';
import { PlanEditor } from '../../components/records/plan/PlanEditor.tsx';
import { PlanView } from '../../components/records/plan/PlanView.tsx';
import { checkPlan, cleanPlan, copyPlan, emptyPlan } from '../../components/records/plan/planForm.ts';
import { useVersionedRecord } from '../../components/records/useVersionedRecord.ts';
import { VersionedRecordPanel } from '../../components/records/VersionedRecordPanel.tsx';
import { useLoad } from '../../hooks.ts';
import { useT } from '../../i18n/index.tsx';
import '../../styles/records.css';

interface TabProps {
  citizenId: string;
  canEdit: boolean;
  onOpenCourses?: () => void;
}

export function PlanTab({ citizenId, canEdit, onOpenCourses }: TabProps) {
  const t = useT();
  return (
    <section aria-labelledby="plan-heading">
      <h2 id="plan-heading">{t('rec.tab.plan')}</h2>
      <CoursePicker citizenId={citizenId} idPrefix="plan" emptyText={t('rec.plan.noCourse')} onOpenCourses={onOpenCourses}>
        {(course) => <CoursePlan course={course} canEdit={canEdit} />}
      </CoursePicker>
    </section>
  );
}

/** Names offered under "who supports": the citizen and the course team. */
function useSupporters(courseId: string): string[] {
  const t = useT();
  const detail = useLoad(() => recordsApi.course(courseId).catch(() => null), [courseId]);
  const names = (detail.data?.staff ?? []).filter((s) => !s.toDate).map((s) => s.name);
  return [...new Set([t('rec.plan.theCitizen'), ...names])];
}

function CoursePlan({ course, canEdit }: { course: CourseSummary; canEdit: boolean }) {
  const t = useT();
  const supporters = useSupporters(course.id);
  const record = useVersionedRecord<PlanContent, PlanContent>(
    {
      errorPrefix: 'plan',
      load: () => recordsApi.plan(course.id),
      loadVersion: (no) => recordsApi.planVersion(course.id, no),
      save: (base, content) => recordsApi.savePlan(course.id, base, content),
      empty: emptyPlan,
      toDraft: copyPlan,
      fromDraft: cleanPlan,
      check: (draft) => checkPlan(t, draft),
    },
    [course.id],
  );
  return (
    <VersionedRecordPanel
      id="plan"
      record={record}
      canEdit={canEdit && !course.endDate}
      texts={{
        currentTitle: (no) => t('rec.plan.currentTitle', { no }),
        none: t('rec.plan.none'),
        create: t('rec.plan.create'),
        edit: t('rec.plan.edit'),
        newTitle: t('rec.plan.newTitle'),
        editTitle: (no) => t('rec.plan.editTitle', { no }),
        save: t('rec.plan.save'),
        saved: (no) => t('rec.plan.saved', { no }),
        stale: t('rec.plan.stale'),
        reload: t('rec.plan.reload'),
        versions: t('rec.plan.versions'),
        oldTitle: (no) => t('rec.plan.oldTitle', { no }),
      }}
      renderView={(content, testId) => <PlanView content={content} {...(testId ? { testId } : {})} />}
      renderEditor={(draft, setDraft, errors) => <PlanEditor content={draft} onContent={setDraft} errors={errors} supporters={supporters} />}
    />
  );
}
