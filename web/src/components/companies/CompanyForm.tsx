/**
 * Creating (POST /api/companies) and editing (PATCH with the version) a
 * company: CVR, name, industry code, size band, sector, the main address and
 * any workplaces, phone, e-mail, website, the staff member who owns the
 * relation, and a note. The server's field errors (an invalid or duplicate
 * CVR number, an unknown postcode) are shown next to their fields and in the
 * error summary; a stale version keeps the input and offers a reload.
 */
import { useMemo, useState } from 'react';
import { api } from '../../api/client.ts';
import { companyApi, sectors, sizeBands } from '../../api/companies.ts';
import type { Company } from '../../api/companies.ts';
import { useLoad } from '../../hooks.ts';
import { useT } from '../../i18n/index.tsx';
import { FormFrame } from '../../pages/citizen/course/FormFrame.tsx';
import { useCourseForm } from '../../pages/citizen/course/useCourseForm.ts';
import { useSession } from '../../session.tsx';
import { Alert } from '../Alert.tsx';
import { RadioGroup, SelectField, TextAreaField, TextField } from '../FormFields.tsx';
import { addressesOf, checkDraft, draftFieldNames, draftFromCompany, emptyDraft, inputFromDraft, newAddress, patchFromDraft } from './companyDraft.ts';
import type { AddressDraft, CompanyDraft } from './companyDraft.ts';
import { sectorLabel, sizeBandLabel } from './labels.ts';

/** Roles that look after company relations (the owner is one of them). */
const ownerRoles = ['jobformidler', 'virksomhedskonsulent', 'leder'];

interface CompanyFormProps {
  /** The company being edited; absent when creating. */
  company?: Company;
  onSaved: (company: Company) => void;
  onCancel: () => void;
  /** Reloads the company after a stale-version conflict. */
  onReload?: () => void;
  headingLevel?: 2 | 3;
}

export function CompanyForm({ company, onSaved, onCancel, onReload, headingLevel = 2 }: CompanyFormProps) {
  const t = useT();
  const { me } = useSession();
  const prefix = company ? 'company-edit' : 'company-create';
  const [draft, setDraftState] = useState<CompanyDraft>(() => (company ? draftFromCompany(company) : emptyDraft(me.id)));
  const fields = useMemo(() => draftFieldNames(draft), [draft]);
  const form = useCourseForm(prefix, fields);
  const staff = useLoad(() => api.staff({ active: true }), []);

  const owners = (staff.data?.staff ?? [])
    .filter((s) => s.roles.some((role) => ownerRoles.includes(role)))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'da'))
    .map((s) => ({ value: s.id, label: `${s.displayName} (${s.unitName})` }));
  // The current owner stays choosable even outside the caller's units.
  if (company?.owner && !owners.some((o) => o.value === company.owner?.id)) owners.unshift({ value: company.owner.id, label: company.owner.name });
  if (!company && !owners.some((o) => o.value === me.id)) owners.unshift({ value: me.id, label: me.displayName });

  function set<K extends keyof CompanyDraft>(key: K, value: CompanyDraft[K]) {
    setDraftState((d) => ({ ...d, [key]: value }));
    form.clearField(key);
  }

  function setAddress(index: number, key: keyof Omit<AddressDraft, 'key'>, value: string) {
    setDraftState((d) =>
      index === 0
        ? { ...d, main: { ...d.main, [key]: value } }
        : { ...d, workplaces: d.workplaces.map((a, i) => (i === index - 1 ? { ...a, [key]: value } : a)) },
    );
    form.clearField(`addresses.${index}.${key}`);
  }

  async function save() {
    const saved = await form.submit(
      () => checkDraft(t, draft),
      () => (company ? companyApi.updateCompany(company.id, patchFromDraft(draft, company)) : companyApi.createCompany(inputFromDraft(draft))),
    );
    if (saved) onSaved(saved);
  }

  const err = (field: string) => form.errors[field];
  const bind = form.binder(draft, set);
  const addresses = addressesOf(draft);
  const addressRows: { draft: AddressDraft; index: number }[] = [draft.main, ...draft.workplaces].map((a, index) => ({ draft: a, index }));

  return (
    <FormFrame
      id={prefix}
      title={company ? t('companies.form.editTitle', { name: company.name }) : t('companies.form.createTitle')}
      form={form}
      onSubmit={save}
      onCancel={onCancel}
      submitLabel={company ? t('common.save') : t('companies.create')}
      headingLevel={headingLevel}
    >
      {form.stale ? (
        <Alert variant="error" testId="company-stale">
          <p className="m-0">{t('companies.stale')}</p>
          {onReload ? (
            <button type="button" className="button button-secondary mt-3" onClick={onReload}>
              {t('companies.reload')}
            </button>
          ) : null}
        </Alert>
      ) : null}
      <div className="jobspor-form-row">
        <TextField
          {...bind('cvr')}
          label={t('companies.field.cvr')}
          hint={t('companies.form.cvrHint')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={12}
          width="input-width-s"
          required
        />
        <TextField {...bind('name')} label={t('companies.field.name')} maxLength={200} required />
      </div>
      <div className="jobspor-form-row">
        <TextField
          {...bind('industryCode')}
          label={t('companies.field.industryCode')}
          hint={t('companies.form.industryHint')}
          inputMode="numeric"
          maxLength={9}
          width="input-width-s"
          optional
        />
        <SelectField
          id={form.idFor('sizeBand')}
          label={t('companies.field.sizeBand')}
          value={draft.sizeBand}
          onValue={(v) => set('sizeBand', sizeBands.find((b) => b === v) ?? '')}
          options={sizeBands.map((b) => ({ value: b, label: sizeBandLabel(t, b) }))}
          placeholder={t('companies.form.notStated')}
          error={err('sizeBand')}
          optional
        />
      </div>
      <RadioGroup
        id={form.idFor('sector')}
        name={form.idFor('sector')}
        legend={t('companies.field.sector')}
        options={sectors.map((s) => ({ value: s, label: sectorLabel(t, s) }))}
        value={draft.sector}
        onValue={(v) => set('sector', v === 'public' ? 'public' : 'private')}
        error={err('sector')}
      />

      <fieldset className="companies-section" id={form.idFor('addresses')} tabIndex={-1}>
        <legend className="h3">{t('companies.form.addresses')}</legend>
        {err('addresses') ? <span className="form-error-message">{err('addresses')}</span> : null}
        {addressRows.map(({ draft: address, index }) => (
          <div key={address.key} className="companies-section" data-testid={index === 0 ? 'company-main-address' : 'company-workplace'}>
            <h4 className="mt-0">{index === 0 ? t('companies.form.mainAddress') : t('companies.form.workplace', { no: index })}</h4>
            <TextField
              id={form.idFor(`addresses.${index}.addressLine`)}
              label={t('companies.field.addressLine')}
              value={address.addressLine}
              onValue={(v) => setAddress(index, 'addressLine', v)}
              error={err(`addresses.${index}.addressLine`)}
              maxLength={200}
              autoComplete="off"
              optional
            />
            <div className="jobspor-form-row">
              <TextField
                id={form.idFor(`addresses.${index}.postcode`)}
                label={t('companies.field.postcode')}
                value={address.postcode}
                onValue={(v) => setAddress(index, 'postcode', v)}
                error={err(`addresses.${index}.postcode`)}
                inputMode="numeric"
                maxLength={4}
                width="input-width-xs"
                autoComplete="off"
                required
              />
              <TextField
                id={form.idFor(`addresses.${index}.city`)}
                label={t('companies.field.city')}
                hint={t('companies.form.cityHint')}
                value={address.city}
                onValue={(v) => setAddress(index, 'city', v)}
                error={err(`addresses.${index}.city`)}
                maxLength={100}
                autoComplete="off"
                optional
              />
            </div>
            {index > 0 ? (
              <button
                type="button"
                className="button button-tertiary mt-3"
                onClick={() => setDraftState((d) => ({ ...d, workplaces: d.workplaces.filter((w) => w.key !== address.key) }))}
              >
                {t('companies.form.removeWorkplace', { no: index })}
              </button>
            ) : null}
          </div>
        ))}
        <button
          type="button"
          className="button button-secondary mt-5"
          onClick={() => setDraftState((d) => ({ ...d, workplaces: [...d.workplaces, newAddress()] }))}
          disabled={addresses.length >= 20}
        >
          {t('companies.form.addWorkplace')}
        </button>
      </fieldset>

      <div className="jobspor-form-row">
        <TextField {...bind('phone')} label={t('companies.field.phone')} type="tel" maxLength={30} optional />
        <TextField {...bind('email')} label={t('companies.field.email')} type="email" maxLength={200} optional />
      </div>
      <TextField {...bind('website')} label={t('companies.field.website')} type="url" maxLength={300} optional />
      <SelectField
        {...bind('ownerStaffId')}
        label={t('companies.field.owner')}
        hint={t('companies.form.ownerHint')}
        options={owners}
        placeholder={t('companies.form.noOwner')}
        disabled={staff.loading && !staff.data}
      />
      <TextAreaField {...bind('note')} label={t('companies.field.note')} maxLength={4000} optional />
    </FormFrame>
  );
}
