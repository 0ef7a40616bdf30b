/** The actions of a saved cost model's or scenario's row: open it, download it as XLSX, delete it. */
import { useI18n } from '../../i18n/index.tsx';

export function SavedRowActions({ name, xlsxHref, onOpen, onDelete, testIdPrefix }: { name: string; xlsxHref: string; onOpen: () => void; onDelete: () => void; testIdPrefix: 'econ-cost' | 'econ-scen' }) {
  const { t } = useI18n();
  return (
    <td className="econ-actions">
      <button type="button" className="button button-secondary econ-compact" onClick={onOpen} data-testid={`${testIdPrefix}-open`}>
        {t('econ.list.open')}
      </button>
      <a className="button button-secondary econ-compact" href={xlsxHref} download aria-label={t('econ.list.xlsxLabel', { name })} data-testid={`${testIdPrefix}-xlsx`}>
        {t('econ.list.xlsx')}
      </a>
      <button type="button" className="button button-tertiary econ-compact" onClick={onDelete} aria-label={t('econ.list.deleteLabel', { name })} data-testid={`${testIdPrefix}-delete`}>
        {t('econ.list.delete')}
      </button>
    </td>
  );
}
