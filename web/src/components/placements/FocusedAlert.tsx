/**
 * An alert that takes focus when it appears (and again when `focusKey`
 * changes), so a keyboard or screen-reader user lands on the result of a save
 * instead of staying on a button that may have gone.
 */
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { Alert } from '../Alert.tsx';

interface FocusedAlertProps {
  variant: 'info' | 'success' | 'warning' | 'error';
  heading?: string;
  children?: ReactNode;
  testId?: string;
  focusKey: unknown;
}

export function FocusedAlert({ variant, heading, children, testId, focusKey }: FocusedAlertProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // After the next paint: when the save also changed the address (a new
    // work agreement), the page shell first moves focus to the heading.
    const frame = window.requestAnimationFrame(() => ref.current?.focus());
    return () => window.cancelAnimationFrame(frame);
  }, [focusKey]);
  return (
    <div ref={ref} tabIndex={-1} className="placements-focus-target">
      <Alert variant={variant} {...(heading ? { heading } : {})} {...(testId ? { testId } : {})}>
        {children}
      </Alert>
    </div>
  );
}
