/** CV drafts: the form keeps the course year as text; checks and clean-up before saving. */
import type { CvContent, CvCourse, CvLanguage, Education, WorkExperience } from '../../../api/records.ts';
import type { Translate } from '../../../i18n/index.tsx';
import { isYearMonth } from '../dates.ts';

export interface CourseDraft {
  title: string;
  provider: string;
  year: string;
}

export interface CvDraft extends Omit<CvContent, 'courses'> {
  courses: CourseDraft[];
}

export const emptyCv: CvContent = {
  profile: '',
  workExperience: [],
  education: [],
  courses: [],
  competences: [],
  leisure: '',
  languages: [],
  drivingLicence: [],
};

export const newWork = (): WorkExperience => ({ employer: '', title: '', from: null, to: null, tasks: '' });
export const newEducation = (): Education => ({ institution: '', title: '', from: null, to: null, completed: true });
export const newCourse = (): CourseDraft => ({ title: '', provider: '', year: '' });
export const newLanguage = (): CvLanguage => ({ language: '', level: 'good' });

export function draftOf(content: CvContent): CvDraft {
  return {
    profile: content.profile ?? '',
    workExperience: (content.workExperience ?? []).map((w) => ({ ...w })),
    education: (content.education ?? []).map((e) => ({ ...e })),
    courses: (content.courses ?? []).map((c) => ({ title: c.title, provider: c.provider ?? '', year: c.year === null ? '' : String(c.year) })),
    competences: [...(content.competences ?? [])],
    leisure: content.leisure ?? '',
    languages: (content.languages ?? []).map((l) => ({ ...l })),
    drivingLicence: [...(content.drivingLicence ?? [])],
  };
}

const month = (value: string | null) => (value && value.trim() ? value.trim() : null);

export function contentOf(draft: CvDraft): CvContent {
  return {
    profile: draft.profile.trim(),
    workExperience: draft.workExperience.map((w) => ({
      employer: w.employer.trim(),
      title: w.title.trim(),
      from: month(w.from),
      to: month(w.to),
      tasks: w.tasks.trim(),
    })),
    education: draft.education.map((e) => ({
      institution: e.institution.trim(),
      title: e.title.trim(),
      from: month(e.from),
      to: month(e.to),
      completed: e.completed,
    })),
    courses: draft.courses.map(
      (c): CvCourse => ({ title: c.title.trim(), provider: c.provider.trim() || null, year: c.year.trim() ? Number(c.year.trim()) : null }),
    ),
    competences: draft.competences.map((c) => c.trim()),
    leisure: draft.leisure.trim(),
    languages: draft.languages.map((l) => ({ language: l.language.trim(), level: l.level })),
    drivingLicence: draft.drivingLicence,
  };
}

/** Errors by API field path (`content.workExperience.0.employer`). */
export function checkCv(t: Translate, draft: CvDraft): Record<string, string> {
  const found: Record<string, string> = {};
  const required = (path: string, value: string, message: string) => {
    if (!value.trim()) found[path] = message;
  };
  const period = (path: string, from: string | null, to: string | null) => {
    if (from && from.trim() && !isYearMonth(from.trim())) found[`${path}.from`] = t('rec.cv.monthInvalid');
    if (to && to.trim() && !isYearMonth(to.trim())) found[`${path}.to`] = t('rec.cv.monthInvalid');
    if (from && to && isYearMonth(from.trim()) && isYearMonth(to.trim()) && to.trim() < from.trim()) found[`${path}.to`] = t('rec.cv.toBeforeFrom');
  };
  draft.workExperience.forEach((w, i) => {
    const path = `content.workExperience.${i}`;
    required(`${path}.employer`, w.employer, t('rec.cv.employerRequired', { no: i + 1 }));
    required(`${path}.title`, w.title, t('rec.cv.jobTitleRequired', { no: i + 1 }));
    period(path, w.from, w.to);
  });
  draft.education.forEach((e, i) => {
    const path = `content.education.${i}`;
    required(`${path}.institution`, e.institution, t('rec.cv.institutionRequired', { no: i + 1 }));
    required(`${path}.title`, e.title, t('rec.cv.educationTitleRequired', { no: i + 1 }));
    period(path, e.from, e.to);
  });
  draft.courses.forEach((c, i) => {
    const path = `content.courses.${i}`;
    required(`${path}.title`, c.title, t('rec.cv.courseTitleRequired', { no: i + 1 }));
    const year = c.year.trim();
    if (year && (!/^\d{4}$/.test(year) || Number(year) < 1940 || Number(year) > new Date().getFullYear() + 1)) {
      found[`${path}.year`] = t('rec.cv.yearInvalid');
    }
  });
  draft.competences.forEach((c, i) => required(`content.competences.${i}`, c, t('rec.cv.competenceRequired', { no: i + 1 })));
  draft.languages.forEach((l, i) => required(`content.languages.${i}.language`, l.language, t('rec.cv.languageRequired', { no: i + 1 })));
  return found;
}
