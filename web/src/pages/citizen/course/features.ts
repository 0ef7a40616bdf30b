/**
 * Which extra records a course of a model keeps. The model definitions do
 * not (yet) declare these, so they are named here, in one place, with the
 * seed that asks for them.
 */
import type { Course, CourseRole } from '../../../api/courses.ts';

export interface CourseFeatures {
  /** Rehabilitation track (preparation, team meeting, recommendation): BRF (003 track 2) and FSM group 2 (000 §1), unless already in a ressourceforløb. */
  rehabTrack: boolean;
  /** CTI support course with its three phases and measurements: social support (002 §4.3.3). */
  supportCourse: boolean;
  /** Housing area and outreach office: the step model in deprived housing areas (004). */
  outreach: boolean;
}

export function courseFeatures(course: Pick<Course, 'modelId' | 'group' | 'enrolment'>): CourseFeatures {
  return {
    // A citizen already in a ressourceforløb at enrolment (003 §1.1) had preparation and team meeting before the course.
    rehabTrack:
      !course.enrolment.alreadyInProgramme &&
      (course.modelId === 'bedre-ressourceforloeb' || (course.modelId === 'flere-skal-med' && course.group === '2')),
    supportCourse: course.modelId === 'social-stoette',
    outreach: course.modelId === 'trin-model',
  };
}

/**
 * Whether the course panel shows group activities (gruppeforløb): the step
 * model's group activities in the housing area (004), and any course run
 * from an outreach office.
 */
export const showsGroupActivities = (course: Pick<Course, 'modelId'>, unitKind: string | undefined) =>
  course.modelId === 'trin-model' || unitKind === 'outreach_office';

/** Whether the model is one where enrolment asks for the housing area (004). */
export const enrolAsksOutreach = (modelId: string) => modelId === 'trin-model';

/**
 * FSM group 3 (cannot take part) records the notification to social services
 * (underretning, 000 §1): its date, or why a notification is not relevant.
 */
export const needsNotification = (modelId: string, group: string) => modelId === 'flere-skal-med' && group === '3';

/** The Jobspor staff role that usually holds a course role, to narrow the staff list. */
export const staffRoleFor: Record<CourseRole, string | null> = {
  job_broker: 'jobformidler',
  caseworker: 'jobformidler',
  social_caseworker: null,
  company_consultant: 'virksomhedskonsulent',
  mentor: 'mentor',
  cti_worker: 'mentor',
};
