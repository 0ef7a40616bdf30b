/**
 * Keeping keyboard and screen-reader users in place on the placement
 * screens: a form opened from a button (which then goes away) takes focus on
 * its heading, and closing the form puts focus back on the button.
 */
import { useEffect, useRef } from 'react';

/** A ref for a form's heading (give it tabIndex={-1}); the heading takes focus when the form opens. */
export function useFocusOnOpen<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}

/** Focus the element with this data-testid after the next render, e.g. the button that opened a form just closed. */
export function focusTestIdSoon(testId: string): void {
  window.requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-testid="${testId}"]`)?.focus());
}
