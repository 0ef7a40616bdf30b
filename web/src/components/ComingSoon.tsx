import { usePageTitle } from '../hooks.ts';
import { useT } from '../i18n/index.tsx';
import type { MessageKey } from '../i18n/index.tsx';
import { Alert } from './Alert.tsx';

interface ComingSoonProps {
  titleKey: MessageKey;
  bodyKey: MessageKey;
}

/** An area that is planned but not built yet: says so plainly, shows no data. */
export function ComingSoon({ titleKey, bodyKey }: ComingSoonProps) {
  const t = useT();
  usePageTitle(t(titleKey));
  return (
    <>
      <h1>{t(titleKey)}</h1>
      <p className="font-lead jobspor-prose">{t(bodyKey)}</p>
      <Alert variant="info" testId="not-available">
        <p className="m-0">{t('common.notAvailable')}</p>
      </Alert>
    </>
  );
}
