import { useEffect, useRef } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { Alert } from '../../../components/Alert.tsx';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { FormActions } from '../../../components/FormFields.tsx';
import { useT } from '../../../i18n/index.tsx';
import type { CourseForm } from './useCourseForm.ts';

interface FormFrameProps {
  id: string;
  title: string;
  form: CourseForm;
  onSubmit: () => void;
  onCancel: () => void;
  onReload?: () => void;
  submitLabel: string;
  /** Extra condition that keeps the submit button disabled (e.g. eligibility still loading). */
  submitDisabled?: boolean;
  /** The heading's level: 4 inside the course panel, 2 when the form stands on a page of its own. */
  headingLevel?: 2 | 3 | 4;
  children: ReactNode;
}

/**
 * The frame of a course form: a heading that takes focus when the form
 * opens, the error summary, the stale warning, the fields and the buttons.
 */
export function FormFrame({ id, title, form, onSubmit, onCancel, onReload, submitLabel, submitDisabled, headingLevel = 4, children }: FormFrameProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const Heading = `h${headingLevel}` as const;
  useEffect(() => {
    heading.current?.focus();
  }, []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <form id={id} className="course-form jobspor-form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`} data-testid={id}>
      <Heading id={`${id}-heading`} className="mt-0" tabIndex={-1} ref={heading}>
        {title}
      </Heading>
      <ErrorSummary items={form.summary} focusKey={form.attempt} />
      {form.stale && onReload ? <StaleAlert onReload={onReload} /> : null}
      {children}
      <FormActions saving={form.saving} disabled={submitDisabled} label={submitLabel} testId={`${id}-submit`} onCancel={onCancel} />
    </form>
  );
}

/** "Forløbet er ændret af en anden i mellemtiden ..." with a reload button; the form keeps its input. */
function StaleAlert({ onReload }: { onReload: () => void }) {
  const t = useT();
  return (
    <Alert variant="error" testId="course-stale">
      <p className="m-0">{t('courses.stale')}</p>
      <button type="button" className="button button-secondary mt-3" onClick={onReload}>
        {t('courses.reload')}
      </button>
    </Alert>
  );
}
