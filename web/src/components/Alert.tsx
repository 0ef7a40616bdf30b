import type { ReactNode } from 'react';
import { useT } from '../i18n/index.tsx';
import { Icon } from './Icon.tsx';

type Variant = 'info' | 'success' | 'warning' | 'error';

interface AlertProps {
  variant: Variant;
  heading?: string;
  children?: ReactNode;
  className?: string;
  testId?: string;
}

const iconName: Record<Variant, string> = { info: 'info', success: 'success', warning: 'warning', error: 'error' };

/** DKFDS alert. Errors and warnings are announced at once; others politely. */
export function Alert({ variant, heading, children, className, testId }: AlertProps) {
  const t = useT();
  const iconLabel = {
    info: t('common.information'),
    success: t('common.success'),
    warning: t('common.warning'),
    error: t('common.errorHeading'),
  }[variant];
  const urgent = variant === 'error' || variant === 'warning';
  return (
    <div
      className={`alert alert-${variant}${className ? ` ${className}` : ''}`}
      role={urgent ? 'alert' : 'status'}
      data-testid={testId}
    >
      <Icon name={iconName[variant]} className="alert-icon" label={iconLabel} />
      <div className="alert-body">
        {heading ? <p className="alert-heading">{heading}</p> : null}
        {children ? <div className="alert-text">{children}</div> : null}
      </div>
    </div>
  );
}
