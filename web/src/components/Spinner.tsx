import { useT } from '../i18n/index.tsx';

/** DKFDS spinner with a status text for screen readers and sighted users. */
export function Spinner({ text }: { text?: string }) {
  const t = useT();
  return (
    <div className="spinner-box jobspor-spinner">
      <div className="spinner" aria-hidden="true"></div>
      <div className="spinner-status" role="status">
        {text ?? t('common.loading')}
      </div>
    </div>
  );
}
