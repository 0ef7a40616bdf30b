/** Placeholder; the "courses UI" engineer replaces this file. */
export function CourseTab(_props: { citizenId: string }) {
  return null;
}
