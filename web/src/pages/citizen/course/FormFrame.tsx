import { useEffect, useRef } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { useT } from '../../../i18n/index.tsx';
import type { CourseForm } from './useCourseForm.ts';
import { StaleAlert } from './fields.tsx';

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
  const t = useT();
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
      <div className="jobspor-actions">
        <button type="submit" className="button button-primary" disabled={form.saving || submitDisabled} data-testid={`${id}-submit`}>
          {form.saving ? t('common.saving') : submitLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
