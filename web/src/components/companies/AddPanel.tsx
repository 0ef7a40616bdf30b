import { useRef } from 'react';
import type { ReactNode } from 'react';

interface AddPanelProps {
  /** The button's text, e.g. "Tilføj kontaktperson". */
  label: string;
  open: boolean;
  onOpen: () => void;
  onClose: () => void;
  testId?: string;
  /** The form; `cancel` closes it and puts focus back on the button. */
  children: (cancel: () => void) => ReactNode;
}

/**
 * "Tilføj …" under a list: a button that opens the form in its place.
 * Cancelling returns focus to the button; after a save the caller closes the
 * panel and shows a notice, which takes focus itself.
 */
export function AddPanel({ label, open, onOpen, onClose, testId, children }: AddPanelProps) {
  const button = useRef<HTMLButtonElement>(null);
  const cancel = () => {
    onClose();
    window.requestAnimationFrame(() => button.current?.focus());
  };
  if (open) return <>{children(cancel)}</>;
  return (
    <div className="companies-actions">
      <button type="button" className="button button-secondary" onClick={onOpen} ref={button} data-testid={testId}>
        {label}
      </button>
    </div>
  );
}
