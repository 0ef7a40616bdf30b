import { usePageTitle } from '../hooks.ts';
import { useT } from '../i18n/index.tsx';

export function ForbiddenPage() {
  const t = useT();
  usePageTitle(t('forbidden.title'));
  return (
    <>
      <h1>{t('forbidden.title')}</h1>
      <p data-testid="forbidden">{t('forbidden.body')}</p>
    </>
  );
}
