import sprite from 'dkfds-dist/img/all-svg-icons.svg?url';

interface IconProps {
  name: string;
  className?: string;
  /** When given the icon is announced; otherwise it is decorative. */
  label?: string;
}

/** A DKFDS icon from the shared SVG sprite (served as a file, so the CSP allows it). */
export function Icon({ name, className, label }: IconProps) {
  const classes = className ? `icon-svg ${className}` : 'icon-svg';
  if (label) {
    return (
      <svg className={classes} focusable="false" role="img" aria-label={label}>
        <use href={`${sprite}#${name}`} />
      </svg>
    );
  }
  return (
    <svg className={classes} focusable="false" aria-hidden="true">
      <use href={`${sprite}#${name}`} />
    </svg>
  );
}
