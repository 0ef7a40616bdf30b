import { api } from '../../api/client.ts';
import type { UnitKind } from '../../api/types.ts';
import type { FieldErrors } from '../../forms.ts';
import { errorText, useLoad } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatNumber, unitKindLabel } from '../../labels.ts';
import { indentedName, unitTree } from '../../units.ts';
import { Alert } from '../Alert.tsx';
import { ErrorSummary } from '../ErrorSummary.tsx';
import { SelectField, TextField } from '../FormFields.tsx';
import { Spinner } from '../Spinner.tsx';
import { useCreateForm } from './useCreateForm.ts';

const creatableKinds: UnitKind[] = ['jobcentre', 'team', 'outreach_office'];
const fieldNames = ['parentId', 'kind', 'name', 'housingArea'] as const;
const idFor = (field: string) => `unit-${field}`;

interface Draft {
  parentId: string;
  kind: string;
  name: string;
  housingArea: string;
}
const emptyDraft: Draft = { parentId: '', kind: '', name: '', housingArea: '' };

/** Enheder: the unit tree and a form to create a unit under a parent. */
export function UnitsAdmin() {
  const { t, locale } = useI18n();
  const units = useLoad(() => api.units(), []);
  const rows = units.data ? unitTree(units.data.units, locale) : [];
  const { draft, summary, attempt, saving, created, submit, bind } = useCreateForm<Draft>({
    empty: emptyDraft,
    fieldNames,
    idFor,
    validate: (d) => {
      const found: FieldErrors = {};
      if (!d.parentId) found['parentId'] = t('units.parentRequired');
      if (!d.kind) found['kind'] = t('units.kindRequired');
      if (!d.name.trim()) found['name'] = t('units.nameRequired');
      if (d.kind === 'outreach_office' && !d.housingArea.trim()) found['housingArea'] = t('units.housingAreaRequired');
      return found;
    },
    save: async (d) => {
      const unit = await api.createUnit({
        parentId: d.parentId,
        kind: d.kind as UnitKind,
        name: d.name.trim(),
        ...(d.kind === 'outreach_office' ? { housingArea: d.housingArea.trim() } : {}),
      });
      return t('units.created', { name: unit.name ?? d.name.trim() });
    },
    onSaved: units.reload,
  });

  return (
    <>
      <h2>{t('units.tree')}</h2>
      {units.loading && !units.data ? <Spinner /> : null}
      {units.error ? <Alert variant="error">{errorText(t, units.error)}</Alert> : null}
      {rows.length ? (
        <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={t('units.tree')}>
          <table className="table table--compact jobspor-table" data-testid="unit-tree">
            <thead>
              <tr>
                <th scope="col">{t('units.name')}</th>
                <th scope="col">{t('units.kind')}</th>
                <th scope="col">{t('units.housingArea')}</th>
                <th scope="col" className="align-text-right">
                  {t('col.staffCount')}
                </th>
                <th scope="col" className="align-text-right">
                  {t('col.citizenCount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.unit.id} data-testid="unit-row">
                  <th scope="row" className={`jobspor-row-head jobspor-depth-${Math.min(row.depth, 5)}`}>
                    {row.depth > 0 ? <span className="jobspor-tree-mark" aria-hidden="true">└ </span> : null}
                    {row.unit.name}
                  </th>
                  <td>{unitKindLabel(t, row.unit.kind)}</td>
                  <td>{row.unit.housingArea ?? t('common.none')}</td>
                  <td className="align-text-right">{formatNumber(locale, row.unit.staffCount)}</td>
                  <td className="align-text-right">{formatNumber(locale, row.unit.citizenCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      <section aria-labelledby="create-unit-heading" className="jobspor-section">
        <h2 id="create-unit-heading">{t('units.create')}</h2>
        {created ? <Alert variant="success">{created}</Alert> : null}
        <form onSubmit={submit} method="post" noValidate className="jobspor-form" data-testid="create-unit-form">
          <ErrorSummary items={summary} focusKey={attempt} />
          <SelectField
            {...bind('parentId')}
            name="parentId"
            label={t('units.parent')}
            options={rows.map((row) => ({ value: row.unit.id, label: indentedName(row) }))}
            placeholder={t('units.chooseParent')}
            required
          />
          <SelectField
            {...bind('kind')}
            name="kind"
            label={t('units.kind')}
            options={creatableKinds.map((kind) => ({ value: kind, label: unitKindLabel(t, kind) }))}
            placeholder={t('units.chooseKind')}
            required
          />
          <TextField {...bind('name')} name="name" label={t('units.name')} autoComplete="off" maxLength={200} required />
          {draft.kind === 'outreach_office' ? (
            <TextField {...bind('housingArea')} name="housingArea" label={t('units.housingArea')} hint={t('units.housingAreaHint')} autoComplete="off" maxLength={200} required />
          ) : null}
          <button type="submit" className="button button-primary mt-5" disabled={saving} data-testid="create-unit">
            {saving ? t('common.saving') : t('units.create')}
          </button>
        </form>
      </section>
    </>
  );
}
