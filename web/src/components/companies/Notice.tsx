import { useEffect, useRef } from 'react';
import { Alert } from '../Alert.tsx';

export interface NoticeState {
  text: string;
  /** Changes on every new notice so it takes focus again, even with the same text. */
  key: number;
}

export const noNotice: NoticeState = { text: '', key: 0 };

export function notice(previous: NoticeState, text: string): NoticeState {
  return { text, key: previous.key + 1 };
}

/**
 * A success message after a save. It takes focus, so keyboard and screen
 * reader users land on the confirmation instead of on a form that is gone.
 */
export function Notice({ state, testId }: { state: NoticeState; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.text) ref.current?.focus();
  }, [state.key, state.text]);
  if (!state.text) return null;
  return (
    <div ref={ref} tabIndex={-1} className="companies-notice">
      <Alert variant="success" testId={testId}>
        <p className="m-0">{state.text}</p>
      </Alert>
    </div>
  );
}
