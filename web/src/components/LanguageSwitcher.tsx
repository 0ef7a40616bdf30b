import type { MouseEvent } from 'react';
import { useI18n } from '../i18n/index.tsx';
import type { Lang } from '../i18n/index.tsx';
import { Icon } from './Icon.tsx';

const names: Record<Lang, string> = { da: 'Dansk', en: 'English' };

/** DKFDS language switcher bar: the current language first and marked. */
export function LanguageSwitcher() {
  const { lang, setLang, t } = useI18n();
  const order: Lang[] = lang === 'da' ? ['da', 'en'] : ['en', 'da'];
  function choose(event: MouseEvent<HTMLAnchorElement>, next: Lang) {
    event.preventDefault();
    setLang(next);
  }
  const here = typeof window === 'undefined' ? '/' : window.location.pathname;
  return (
    <div className="language-switcher jobspor-language-switcher" data-testid="language-switcher">
      <div className="container">
        <ul aria-label={t('lang.label')}>
          {order.map((code) => (
            <li key={code}>
              <a
                href={here}
                lang={code}
                hrefLang={code}
                aria-current={code === lang ? 'true' : undefined}
                onClick={(event) => choose(event, code)}
                data-testid={`lang-${code}`}
              >
                {code === lang ? <Icon name="check" /> : null}
                {names[code]}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
