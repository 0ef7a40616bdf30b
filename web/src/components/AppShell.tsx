import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import type { Me } from '../api/types.ts';
import { useT } from '../i18n/index.tsx';
import { Header } from './Header.tsx';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';

interface AppShellProps {
  me: Me;
  path: string;
  onLogout: () => void;
  children: ReactNode;
}

/** Skip link, language bar, header and the main landmark around every page. */
export function AppShell({ me, path, onLogout, children }: AppShellProps) {
  const t = useT();
  const main = useRef<HTMLElement>(null);
  const firstPath = useRef(path);

  // After client-side navigation, move focus to the new page's heading so
  // screen-reader and keyboard users start at the top of the new content.
  // Lazily loaded pages render their heading a little later, so retry briefly.
  useEffect(() => {
    if (path === firstPath.current) return;
    firstPath.current = '';
    window.scrollTo(0, 0);
    let frame = 0;
    let tries = 0;
    const attempt = () => {
      const heading = main.current?.querySelector<HTMLElement>('h1');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      } else if (tries++ < 30) {
        frame = window.requestAnimationFrame(attempt);
      } else {
        main.current?.focus({ preventScroll: true });
      }
    };
    attempt();
    return () => window.cancelAnimationFrame(frame);
  }, [path]);

  return (
    <>
      <a className="skipnav" href="#main-content">
        {t('skip.toContent')}
      </a>
      <LanguageSwitcher />
      <Header me={me} path={path} onLogout={onLogout} />
      <div className="container page-container jobspor-page">
        <main id="main-content" tabIndex={-1} ref={main}>
          {children}
        </main>
      </div>
    </>
  );
}
