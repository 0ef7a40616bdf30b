import { useEffect, useRef, useState } from 'react';
import type { Me } from '../api/types.ts';
import { allowedAreas, startPath } from '../access.ts';
import { useT } from '../i18n/index.tsx';
import { rolesLabel } from '../labels.ts';
import { Link } from '../router.tsx';
import { Icon } from './Icon.tsx';

interface HeaderProps {
  me: Me;
  path: string;
  onLogout: () => void;
}

function isActive(path: string, href: string): boolean {
  return path === href || path.startsWith(`${href}/`);
}

/**
 * DKFDS header: portal line with the app name, the user and "Log ud"; the
 * main menu underneath; on small screens the menu moves into a drawer (the
 * user box stays visible in the header, see app.css).
 */
export function Header({ me, path, onLogout }: HeaderProps) {
  const t = useT();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const items = allowedAreas(me.roles).map((area) => ({ area, href: `/${area}`, label: t(`nav.${area}`) }));
  const roleText = rolesLabel(t, me.roles);

  useEffect(() => {
    setDrawerOpen(false);
  }, [path]);

  useEffect(() => {
    if (!drawerOpen) return;
    document.body.classList.add('mobile-nav-active');
    closeButton.current?.focus();
    function onKey(event: KeyboardEvent) {
      if (event.key === 'Escape') close();
    }
    document.addEventListener('keydown', onKey);
    return () => {
      document.body.classList.remove('mobile-nav-active');
      document.removeEventListener('keydown', onKey);
    };
  }, [drawerOpen]);

  function close() {
    setDrawerOpen(false);
    openButton.current?.focus();
  }

  return (
    <>
      <header className="header">
        <div className="portal-info">
          <div className="portal-info-inner container">
            <Link to={startPath(me.roles)} className="jobspor-brand">
              <span className="jobspor-brand-name">{t('app.name')}</span>
              <span className="jobspor-brand-tagline">{t('app.tagline')}</span>
            </Link>
            <button
              type="button"
              className="function-link button-menu-open js-menu-open ml-auto d-print-none"
              aria-haspopup="dialog"
              aria-expanded={drawerOpen}
              onClick={() => setDrawerOpen(true)}
              ref={openButton}
            >
              <Icon name="menu" />
              {t('header.menu')}
            </button>
            <div className="portal-user">
              <p className="user" data-testid="current-user">
                <span className="sr-only">{t('header.loggedInAs')} </span>
                <strong className="jobspor-user-name">{me.displayName}</strong>
                <span className="jobspor-user-info">
                  <span data-testid="current-user-roles">{roleText}</span>
                  {' · '}
                  <span data-testid="current-user-unit">{me.unit.name}</span>
                </span>
              </p>
              <Link to="/adgangskode" className="function-link d-print-none mr-5" data-testid="change-password">
                {t('header.changePassword')}
              </Link>
              <button type="button" className="function-link d-print-none log-off" onClick={onLogout} data-testid="logout">
                <Icon name="lock" />
                {t('header.logout')}
              </button>
            </div>
          </div>
        </div>
        <div className="navigation-menu">
          <div className="navigation-menu-inner container">
            <nav className="nav" aria-label={t('header.mainMenu')}>
              <ul className="mainmenu">
                {items.map((item) => {
                  const active = isActive(path, item.href);
                  const current = path === item.href;
                  return (
                    <li key={item.area} className={active ? `active${current ? ' current' : ''}` : undefined}>
                      <Link
                        to={item.href}
                        className="nav-link"
                        aria-current={current ? 'page' : active ? 'true' : undefined}
                        data-testid={`nav-${item.area}`}
                      >
                        <span>{item.label}</span>
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </nav>
          </div>
        </div>
        {drawerOpen ? (
          <div className="mobile-drawer is-visible" role="dialog" aria-modal="true" aria-labelledby="menu-heading">
            <div className="menu-top">
              <h2 id="menu-heading" className="menu-heading">
                {t('header.menu')}
              </h2>
              <button
                type="button"
                className="function-link button-menu-close js-menu-close"
                aria-label={t('header.closeMenuLabel')}
                onClick={close}
                ref={closeButton}
              >
                <Icon name="close" />
                {t('header.closeMenu')}
              </button>
            </div>
            <nav className="navigation-menu-mobile" aria-label={t('header.mainMenu')}>
              <ul className="mainmenu">
                {items.map((item) => {
                  const active = isActive(path, item.href);
                  const current = path === item.href;
                  return (
                    <li key={item.area} className={active ? `active${current ? ' current' : ''}` : undefined}>
                      <Link to={item.href} className="nav-link" aria-current={current ? 'page' : active ? 'true' : undefined}>
                        <span>{item.label}</span>
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </nav>
          </div>
        ) : null}
      </header>
      {drawerOpen ? <div className="overlay is-visible" onClick={close} aria-hidden="true"></div> : null}
    </>
  );
}
