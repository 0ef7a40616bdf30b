/**
 * The unit picker: the country, municipalities, job centres and teams, and
 * staff members in option groups (the demo alone has 98 municipalities), each
 * group sorted by name, with the caller's own units first inside it.
 */
import type { ReportUnit } from '../../api/monitoring.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/index.tsx';

const groups: readonly { kinds: readonly ReportUnit['kind'][]; label: MessageKey }[] = [
  { kinds: ['country'], label: 'mon.unitGroup.country' },
  { kinds: ['jobcentre', 'team'], label: 'mon.unitGroup.units' },
  { kinds: ['staff'], label: 'mon.unitGroup.staff' },
  { kinds: ['municipality'], label: 'mon.unitGroup.municipalities' },
];

interface UnitSelectProps {
  units: readonly ReportUnit[];
  value: string;
  onValue: (value: string) => void;
  disabled: boolean;
}

export function UnitSelect({ units, value, onValue, disabled }: UnitSelectProps) {
  const { t, locale } = useI18n();
  const collator = new Intl.Collator(locale);
  return (
    <div className="form-group">
      <label className="form-label" htmlFor="report-unit">
        {t('mon.unit')}
      </label>
      <select id="report-unit" className="form-select" value={value} onChange={(e) => onValue(e.target.value)} disabled={disabled} data-testid="pick-unit">
        {groups.map((group) => {
          const members = units.filter((u) => group.kinds.includes(u.kind));
          if (!members.length) return null;
          // Job centres before their teams; names in the reader's order.
          const sorted = [...members].sort((a, b) => group.kinds.indexOf(a.kind) - group.kinds.indexOf(b.kind) || collator.compare(a.name, b.name));
          return (
            <optgroup key={group.label} label={t(group.label)}>
              {sorted.map((u) => (
                <option key={u.key} value={u.key}>
                  {u.kind === 'country' || u.kind === 'municipality' ? u.name : t('mon.unitOption', { name: u.name, kind: t(`mon.unitKind.${u.kind}`) })}
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
    </div>
  );
}
