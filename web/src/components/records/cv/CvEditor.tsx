/**
 * The structured CV form: profile, work experience, education, courses,
 * competences, languages, driving licence and leisure. Control ids follow
 * the API's field paths (see formErrors.ts).
 */
import { languageLevels, licenceCategories } from '../../../api/records.ts';
import type { CvLanguage, Education, WorkExperience } from '../../../api/records.ts';
import { useT } from '../../../i18n/index.tsx';
import { CheckboxField, CheckboxGroup, SelectField, TextAreaField, TextField } from '../../FormFields.tsx';
import type { FormErrors } from '../formErrors.ts';
import { languageLevelLabel } from '../labels.ts';
import { RepeatableList } from '../RepeatableList.tsx';
import { newCourse, newEducation, newLanguage, newWork } from './cvForm.ts';
import type { CourseDraft, CvDraft } from './cvForm.ts';

interface PeriodProps {
  path: string;
  from: string | null;
  to: string | null;
  onPeriod: (from: string | null, to: string | null) => void;
  errors: FormErrors;
}

function PeriodFields({ path, from, to, onPeriod, errors }: PeriodProps) {
  const t = useT();
  return (
    <div className="records-field-row">
      <TextField
        id={errors.id(`${path}.from`)}
        label={t('rec.cv.from')}
        optional
        hint={t('rec.cv.monthHint')}
        inputMode="numeric"
        width="input-width-s"
        value={from ?? ''}
        onValue={(value) => onPeriod(value || null, to)}
        error={errors.error(`${path}.from`)}
      />
      <TextField
        id={errors.id(`${path}.to`)}
        label={t('rec.cv.to')}
        optional
        hint={t('rec.cv.toHint')}
        inputMode="numeric"
        width="input-width-s"
        value={to ?? ''}
        onValue={(value) => onPeriod(from, value || null)}
        error={errors.error(`${path}.to`)}
      />
    </div>
  );
}

interface CvEditorProps {
  draft: CvDraft;
  onDraft: (draft: CvDraft) => void;
  errors: FormErrors;
}

export function CvEditor({ draft, onDraft, errors }: CvEditorProps) {
  const t = useT();
  const set = <K extends keyof CvDraft>(field: K, value: CvDraft[K]) => onDraft({ ...draft, [field]: value });
  return (
    <>
      <TextAreaField
        id={errors.id('content.profile')}
        controlClassName="records-textarea"
        label={t('rec.cv.profile')}
        hint={t('rec.cv.profileHint')}
        rows={4}
        value={draft.profile}
        onValue={(profile) => set('profile', profile)}
        error={errors.error('content.profile')}
      />

      <RepeatableList<WorkExperience>
        id={errors.id('content.workExperience')}
        legend={t('rec.cv.workExperience')}
        itemLegend={(i) => t('rec.cv.workN', { no: i + 1 })}
        items={draft.workExperience}
        onItems={(items) => set('workExperience', items)}
        make={newWork}
        addLabel={t('rec.cv.addWork')}
        emptyText={t('rec.cv.noneInSection')}
        error={errors.error('content.workExperience')}
        focusId={(i) => errors.id(`content.workExperience.${i}.title`)}
        render={(w, i, update) => {
          const path = `content.workExperience.${i}`;
          return (
            <>
              <div className="records-field-row">
                <TextField
                  id={errors.id(`${path}.title`)}
                  label={t('rec.cv.jobTitle')}
                  value={w.title}
                  onValue={(title) => update({ ...w, title })}
                  error={errors.error(`${path}.title`)}
                />
                <TextField
                  id={errors.id(`${path}.employer`)}
                  label={t('rec.cv.employer')}
                  value={w.employer}
                  onValue={(employer) => update({ ...w, employer })}
                  error={errors.error(`${path}.employer`)}
                />
              </div>
              <PeriodFields path={path} from={w.from} to={w.to} onPeriod={(from, to) => update({ ...w, from, to })} errors={errors} />
              <TextAreaField
                id={errors.id(`${path}.tasks`)}
                controlClassName="records-textarea"
                label={t('rec.cv.tasks')}
                optional
                value={w.tasks}
                onValue={(tasks) => update({ ...w, tasks })}
                error={errors.error(`${path}.tasks`)}
              />
            </>
          );
        }}
      />

      <RepeatableList<Education>
        id={errors.id('content.education')}
        legend={t('rec.cv.education')}
        itemLegend={(i) => t('rec.cv.educationN', { no: i + 1 })}
        items={draft.education}
        onItems={(items) => set('education', items)}
        make={newEducation}
        addLabel={t('rec.cv.addEducation')}
        emptyText={t('rec.cv.noneInSection')}
        error={errors.error('content.education')}
        focusId={(i) => errors.id(`content.education.${i}.title`)}
        render={(e, i, update) => {
          const path = `content.education.${i}`;
          return (
            <>
              <div className="records-field-row">
                <TextField
                  id={errors.id(`${path}.title`)}
                  label={t('rec.cv.educationTitle')}
                  value={e.title}
                  onValue={(title) => update({ ...e, title })}
                  error={errors.error(`${path}.title`)}
                />
                <TextField
                  id={errors.id(`${path}.institution`)}
                  label={t('rec.cv.institution')}
                  value={e.institution}
                  onValue={(institution) => update({ ...e, institution })}
                  error={errors.error(`${path}.institution`)}
                />
              </div>
              <PeriodFields path={path} from={e.from} to={e.to} onPeriod={(from, to) => update({ ...e, from, to })} errors={errors} />
              <CheckboxField
                id={errors.id(`${path}.completed`)}
                name={errors.id(`${path}.completed`)}
                label={t('rec.cv.completed')}
                checked={e.completed}
                onChecked={(completed) => update({ ...e, completed })}
              />
            </>
          );
        }}
      />

      <RepeatableList<CourseDraft>
        id={errors.id('content.courses')}
        legend={t('rec.cv.courses')}
        itemLegend={(i) => t('rec.cv.courseN', { no: i + 1 })}
        items={draft.courses}
        onItems={(items) => set('courses', items)}
        make={newCourse}
        addLabel={t('rec.cv.addCourse')}
        emptyText={t('rec.cv.noneInSection')}
        error={errors.error('content.courses')}
        focusId={(i) => errors.id(`content.courses.${i}.title`)}
        render={(c, i, update) => {
          const path = `content.courses.${i}`;
          return (
            <div className="records-field-row records-field-row-3">
              <TextField
                id={errors.id(`${path}.title`)}
                label={t('rec.cv.courseTitle')}
                value={c.title}
                onValue={(title) => update({ ...c, title })}
                error={errors.error(`${path}.title`)}
              />
              <TextField
                id={errors.id(`${path}.provider`)}
                label={t('rec.cv.provider')}
                optional
                value={c.provider}
                onValue={(provider) => update({ ...c, provider })}
                error={errors.error(`${path}.provider`)}
              />
              <TextField
                id={errors.id(`${path}.year`)}
                label={t('rec.cv.year')}
                optional
                inputMode="numeric"
                width="input-width-xs"
                value={c.year}
                onValue={(year) => update({ ...c, year })}
                error={errors.error(`${path}.year`)}
              />
            </div>
          );
        }}
      />

      <RepeatableList<string>
        id={errors.id('content.competences')}
        legend={t('rec.cv.competences')}
        hint={t('rec.cv.competencesHint')}
        itemLegend={(i) => t('rec.cv.competenceN', { no: i + 1 })}
        items={draft.competences}
        onItems={(items) => set('competences', items)}
        make={() => ''}
        addLabel={t('rec.cv.addCompetence')}
        emptyText={t('rec.cv.noneInSection')}
        error={errors.error('content.competences')}
        focusId={(i) => errors.id(`content.competences.${i}`)}
        render={(c, i, update) => (
          <TextField
            id={errors.id(`content.competences.${i}`)}
            label={t('rec.cv.competence')}
            value={c}
            onValue={update}
            error={errors.error(`content.competences.${i}`)}
          />
        )}
      />

      <RepeatableList<CvLanguage>
        id={errors.id('content.languages')}
        legend={t('rec.cv.languages')}
        itemLegend={(i) => t('rec.cv.languageN', { no: i + 1 })}
        items={draft.languages}
        onItems={(items) => set('languages', items)}
        make={newLanguage}
        addLabel={t('rec.cv.addLanguage')}
        emptyText={t('rec.cv.noneInSection')}
        error={errors.error('content.languages')}
        focusId={(i) => errors.id(`content.languages.${i}.language`)}
        render={(l, i, update) => (
          <div className="records-field-row">
            <TextField
              id={errors.id(`content.languages.${i}.language`)}
              label={t('rec.cv.language')}
              value={l.language}
              onValue={(language) => update({ ...l, language })}
              error={errors.error(`content.languages.${i}.language`)}
            />
            <SelectField
              id={errors.id(`content.languages.${i}.level`)}
              label={t('rec.cv.level')}
              value={l.level}
              onValue={(level) => update({ ...l, level: level as CvLanguage['level'] })}
              options={languageLevels.map((level) => ({ value: level, label: languageLevelLabel(t, level) }))}
              error={errors.error(`content.languages.${i}.level`)}
            />
          </div>
        )}
      />

      <div className="records-licence">
      <CheckboxGroup
        id={errors.id('content.drivingLicence')}
        name="drivingLicence"
        legend={t('rec.cv.drivingLicence')}
        hint={t('rec.cv.drivingLicenceHint')}
        options={licenceCategories.map((c) => ({ value: c, label: c }))}
        values={draft.drivingLicence}
        onValues={(values) => set('drivingLicence', values)}
        error={errors.error('content.drivingLicence')}
      />
      </div>

      <TextAreaField
        id={errors.id('content.leisure')}
        controlClassName="records-textarea"
        label={t('rec.cv.leisure')}
        hint={t('rec.cv.leisureHint')}
        optional
        value={draft.leisure}
        onValue={(leisure) => set('leisure', leisure)}
        error={errors.error('content.leisure')}
      />
    </>
  );
}
