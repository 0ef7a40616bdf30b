import { useState } from 'react';
import { formatAddressRange, parseAddressRange, type AddressRange } from '../../../../src/domain/organisation/housing-areas.ts';
import { housingAreaApi, type HousingArea } from '../../api/housing-areas.ts';
import type { FieldErrors } from '../../forms.ts';
import { errorText, useLoad } from '../../hooks.ts';
import { useT } from '../../i18n/index.tsx';
import { Alert } from '../Alert.tsx';
import { ErrorSummary } from '../ErrorSummary.tsx';
import { TextAreaField, TextField } from '../FormFields.tsx';
import { Spinner } from '../Spinner.tsx';
import { useCreateForm } from './useCreateForm.ts';

const fieldNames = ['name', 'postcodes', 'addresses'] as const;
const idFor = (field: string) => `housing-${field}`;

interface Draft {
  name: string;
  /** Postcodes as typed: separated by spaces, commas or semicolons. */
  postcodes: string;
  /** One address range per line (parseAddressRange). */
  addresses: string;
}
const emptyDraft: Draft = { name: '', postcodes: '', addresses: '' };

const postcodeList = (text: string) => text.split(/[\s,;]+/).filter(Boolean);
const addressLines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

/** Boligområder: the municipality's housing areas, and a form to create or edit one. */
export function HousingAreasAdmin() {
  const t = useT();
  const areas = useLoad(() => housingAreaApi.list(), []);
  const [editing, setEditing] = useState<HousingArea | null>(null);
  const [notice, setNotice] = useState<{ variant: 'success' | 'error'; text: string } | null>(null);

  /** The draft as the API takes it, or the field errors found in it. */
  function parse(d: Draft): { errors: FieldErrors; postcodes: string[]; addresses: AddressRange[] } {
    const errors: FieldErrors = {};
    if (!d.name.trim()) errors['name'] = t('housing.nameRequired');
    const postcodes = postcodeList(d.postcodes);
    const badCodes = postcodes.filter((code) => !/^[0-9]{4}$/.test(code));
    if (badCodes.length) errors['postcodes'] = t('housing.postcodeInvalid', { codes: badCodes.join(', ') });
    const addresses: AddressRange[] = [];
    const problems: string[] = [];
    addressLines(d.addresses).forEach((line, i) => {
      const parsed = parseAddressRange(line);
      if (parsed.ok) addresses.push(parsed.value);
      else problems.push(t('housing.lineInvalid', { line: i + 1, problem: t(`housing.problem.${parsed.problem}`) }));
    });
    if (problems.length) errors['addresses'] = problems.join(' ');
    if (!postcodes.length && !addressLines(d.addresses).length) errors['postcodes'] = t('housing.definitionRequired');
    return { errors, postcodes, addresses };
  }

  const form = useCreateForm<Draft>({
    empty: emptyDraft,
    fieldNames,
    idFor,
    validate: (d) => parse(d).errors,
    save: async (d) => {
      const { postcodes, addresses } = parse(d);
      const input = { name: d.name.trim(), postcodes, addresses };
      setNotice(null);
      if (editing) {
        const saved = await housingAreaApi.update(editing.id, { ...input, version: editing.version });
        setEditing(null);
        return t('housing.saved', { name: saved.name });
      }
      const created = await housingAreaApi.create(input);
      return t('housing.created', { name: created.name });
    },
    onSaved: areas.reload,
  });

  function startEdit(area: HousingArea) {
    setEditing(area);
    setNotice(null);
    form.setDraft({ name: area.name, postcodes: area.postcodes.join(' '), addresses: area.addresses.map(formatAddressRange).join('\n') });
    document.getElementById(idFor('name'))?.focus();
  }

  function cancelEdit() {
    setEditing(null);
    form.setDraft(emptyDraft);
  }

  async function remove(area: HousingArea) {
    if (!window.confirm(t('housing.confirmDelete', { name: area.name }))) return;
    try {
      await housingAreaApi.remove(area.id);
      if (editing?.id === area.id) cancelEdit();
      setNotice({ variant: 'success', text: t('housing.deleted', { name: area.name }) });
      areas.reload();
    } catch (error) {
      setNotice({ variant: 'error', text: errorText(t, error) });
    }
  }

  const list = areas.data?.housingAreas ?? [];
  return (
    <>
      <h2>{t('housing.title')}</h2>
      <p>{t('housing.intro')}</p>
      {areas.loading && !areas.data ? <Spinner /> : null}
      {areas.error ? <Alert variant="error">{errorText(t, areas.error)}</Alert> : null}
      {notice ? (
        <Alert variant={notice.variant} testId="housing-notice">
          {notice.text}
        </Alert>
      ) : null}
      {areas.data && list.length === 0 ? <Alert variant="info">{t('housing.empty')}</Alert> : null}
      {list.length ? (
        <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={t('housing.title')}>
          <table className="table table--compact jobspor-table" data-testid="housing-areas">
            <thead>
              <tr>
                <th scope="col">{t('housing.name')}</th>
                <th scope="col">{t('housing.postcodes')}</th>
                <th scope="col">{t('housing.addresses')}</th>
                <th scope="col">
                  <span className="sr-only">{t('housing.edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((area) => (
                <tr key={area.id} data-testid="housing-area-row">
                  <th scope="row">{area.name}</th>
                  <td>{area.postcodes.length ? area.postcodes.join(', ') : t('common.none')}</td>
                  <td>
                    {area.addresses.length ? (
                      <ul className="unstyled-list" aria-label={t('housing.addressCount', { count: area.addresses.length })}>
                        {area.addresses.map((range) => (
                          <li key={formatAddressRange(range)}>{formatAddressRange(range)}</li>
                        ))}
                      </ul>
                    ) : (
                      t('common.none')
                    )}
                  </td>
                  <td className="nowrap">
                    <button type="button" className="button button-tertiary" onClick={() => startEdit(area)} aria-label={t('housing.editLabel', { name: area.name })}>
                      {t('housing.edit')}
                    </button>{' '}
                    <button type="button" className="button button-tertiary" onClick={() => void remove(area)} aria-label={t('housing.deleteLabel', { name: area.name })}>
                      {t('housing.delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      <section aria-labelledby="housing-form-heading" className="jobspor-section">
        <h2 id="housing-form-heading">{editing ? t('housing.editHeading', { name: editing.name }) : t('housing.create')}</h2>
        {form.created ? <Alert variant="success">{form.created}</Alert> : null}
        <form onSubmit={form.submit} method="post" noValidate className="jobspor-form" data-testid="housing-area-form">
          <ErrorSummary items={form.summary} focusKey={form.attempt} />
          <TextField {...form.bind('name')} name="name" label={t('housing.name')} autoComplete="off" maxLength={120} required />
          <TextField {...form.bind('postcodes')} name="postcodes" label={t('housing.postcodes')} hint={t('housing.postcodesHint')} autoComplete="off" optional />
          <TextAreaField {...form.bind('addresses')} name="addresses" label={t('housing.addresses')} hint={t('housing.addressesHint')} rows={6} optional />
          <button type="submit" className="button button-primary mt-5" disabled={form.saving} data-testid="save-housing-area">
            {form.saving ? t('common.saving') : editing ? t('common.save') : t('housing.create')}
          </button>
          {editing ? (
            <button type="button" className="button button-secondary mt-5 ml-4" onClick={cancelEdit}>
              {t('common.cancel')}
            </button>
          ) : null}
        </form>
      </section>
    </>
  );
}
