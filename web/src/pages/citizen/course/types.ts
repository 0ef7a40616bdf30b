import type { Course } from '../../../api/courses.ts';

/** What every form on an existing course gets from the panel. */
export interface CourseFormProps {
  course: Course;
  /** Called with the course as the API returned it after the save. */
  onSaved: (course: Course) => void;
  onCancel: () => void;
  /** Fetches the course again (after a stale-version conflict); the form keeps its input. */
  onReload: () => void;
}
