import type { ReactNode } from 'react';
import { useT } from '../i18n/index.tsx';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';

/**
 * A page outside the signed-in shell (login, forced password change): skip
 * link, language switcher, the brand header without a menu, and the content.
 */
export function PlainPage({ headerEnd, children }: { headerEnd?: ReactNode; children: ReactNode }) {
  const t = useT();
  return (
    <>
      <a className="skipnav" href="#main-content">
        {t('skip.toContent')}
      </a>
      <LanguageSwitcher />
      <header className="header">
        <div className="portal-info">
          <div className="portal-info-inner container">
            <span className="jobspor-brand">
              <span className="jobspor-brand-name">{t('app.name')}</span>
              <span className="jobspor-brand-tagline">{t('app.tagline')}</span>
            </span>
            {headerEnd}
          </div>
        </div>
      </header>
      <div className="container page-container jobspor-page">
        <main id="main-content" tabIndex={-1} className="jobspor-login">
          {children}
        </main>
      </div>
    </>
  );
}
