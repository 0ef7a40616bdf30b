import { Fragment, useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { roles } from '../../api/types.ts';
import type { Staff } from '../../api/types.ts';
import { apiFieldErrors } from '../../forms.ts';
import type { FieldErrors } from '../../forms.ts';
import { errorText, useLoad } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { roleLabel, rolesLabel } from '../../labels.ts';
import { indentedName, unitTree } from '../../units.ts';
import { Alert } from '../Alert.tsx';
import { ErrorSummary } from '../ErrorSummary.tsx';
import { CheckboxGroup, SelectField, TextField } from '../FormFields.tsx';
import { Spinner } from '../Spinner.tsx';
import { useCreateForm } from './useCreateForm.ts';

const minPassword = 12;
const fieldNames = ['username', 'displayName', 'email', 'unitId', 'roles', 'password'] as const;
const idFor = (field: string) => `staff-${field}`;

interface Draft {
  username: string;
  displayName: string;
  email: string;
  unitId: string;
  roles: string[];
  password: string;
}
const emptyDraft: Draft = { username: '', displayName: '', email: '', unitId: '', roles: [], password: '' };

/** Medarbejdere: list, activate/deactivate, reset password, and create staff. */
export function StaffAdmin() {
  const { t, locale } = useI18n();
  const staff = useLoad(() => api.staff(), []);
  const units = useLoad(() => api.units(), []);
  const [notice, setNotice] = useState<{ variant: 'success' | 'error'; text: string } | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [resetFor, setResetFor] = useState<Staff | null>(null);
  const [newPassword, setNewPassword] = useState('');
  const [resetError, setResetError] = useState<string | undefined>(undefined);

  const unitRows = units.data ? unitTree(units.data.units, locale) : [];
  const list = staff.data
    ? [...staff.data.staff].sort((a, b) => a.displayName.localeCompare(b.displayName, locale))
    : [];

  function replace(updated: Staff) {
    if (!staff.data) return;
    staff.setData({ staff: staff.data.staff.map((s) => (s.id === updated.id ? { ...s, ...updated } : s)) });
  }

  async function toggleActive(member: Staff) {
    setBusyId(member.id);
    setNotice(null);
    try {
      const updated = await api.updateStaff(member.id, { active: !member.active });
      replace(updated ?? { ...member, active: !member.active });
      setNotice({
        variant: 'success',
        text: t(member.active ? 'staff.deactivated' : 'staff.reactivated', { name: member.displayName }),
      });
    } catch (error) {
      setNotice({ variant: 'error', text: errorText(t, error) });
    } finally {
      setBusyId(null);
    }
  }

  function openReset(member: Staff) {
    setResetFor(member);
    setNewPassword('');
    setResetError(undefined);
    setNotice(null);
  }

  async function submitReset(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!resetFor) return;
    if (newPassword.length < minPassword) {
      setResetError(t('staff.passwordTooShort'));
      document.getElementById('reset-password')?.focus();
      return;
    }
    setBusyId(resetFor.id);
    try {
      await api.setStaffPassword(resetFor.id, newPassword);
      setNotice({ variant: 'success', text: t('staff.passwordSet', { name: resetFor.displayName }) });
      setResetFor(null);
      setNewPassword('');
    } catch (error) {
      const { fields } = apiFieldErrors(error, ['password'], () => 'reset-password', '');
      setResetError(fields['password'] ?? errorText(t, error));
    } finally {
      setBusyId(null);
    }
  }

  const { draft, setDraft, errors, summary, attempt, saving, created, submit: submitCreate, bind } = useCreateForm<Draft>({
    empty: emptyDraft,
    fieldNames,
    idFor,
    validate: (d) => {
      const found: FieldErrors = {};
      if (!d.username.trim()) found['username'] = t('staff.usernameRequired');
      if (!d.displayName.trim()) found['displayName'] = t('staff.displayNameRequired');
      if (!d.unitId) found['unitId'] = t('staff.unitRequired');
      if (!d.roles.length) found['roles'] = t('staff.rolesRequired');
      if (d.password.length < minPassword) found['password'] = t('staff.passwordTooShort');
      return found;
    },
    save: async (d) => {
      const member = await api.createStaff({
        username: d.username.trim(),
        displayName: d.displayName.trim(),
        ...(d.email.trim() ? { email: d.email.trim() } : {}),
        unitId: d.unitId,
        roles: d.roles,
        password: d.password,
      });
      return t('staff.created', { name: member.displayName ?? d.displayName.trim() });
    },
    onSaved: staff.reload,
  });

  return (
    <>
      <h2>{t('staff.list')}</h2>
      {notice ? (
        <Alert variant={notice.variant} testId="staff-notice">
          <p className="m-0">{notice.text}</p>
        </Alert>
      ) : null}
      {staff.loading && !staff.data ? <Spinner /> : null}
      {staff.error ? <Alert variant="error">{errorText(t, staff.error)}</Alert> : null}
      {staff.data ? (
        <>
          <p className="jobspor-count">{t('staff.count', { count: list.length })}</p>
          {list.length ? (
            <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={t('staff.list')}>
              <table className="table table--compact table--zebra jobspor-table" data-testid="staff-table">
                <thead>
                  <tr>
                    <th scope="col">{t('col.name')}</th>
                    <th scope="col">{t('col.username')}</th>
                    <th scope="col">{t('col.unit')}</th>
                    <th scope="col">{t('col.roles')}</th>
                    <th scope="col">{t('col.status')}</th>
                    <th scope="col">{t('col.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((member) => (
                    <Fragment key={member.id}>
                      <tr data-testid="staff-row" data-username={member.username}>
                        <th scope="row" className="jobspor-row-head">
                          {member.displayName}
                        </th>
                        <td>{member.username}</td>
                        <td>{member.unitName}</td>
                        <td>{rolesLabel(t, member.roles)}</td>
                        <td>
                          <span className={member.active ? 'jobspor-status-active' : 'jobspor-status-inactive'}>
                            {member.active ? t('staff.active') : t('staff.inactive')}
                          </span>
                        </td>
                        <td className="jobspor-row-actions">
                          <button
                            type="button"
                            className="button button-secondary jobspor-small-button"
                            onClick={() => toggleActive(member)}
                            disabled={busyId === member.id}
                            data-testid={member.active ? 'deactivate-staff' : 'reactivate-staff'}
                          >
                            {member.active ? t('staff.deactivate') : t('staff.reactivate')}
                            <span className="sr-only"> {member.displayName}</span>
                          </button>
                          <button
                            type="button"
                            className="button button-tertiary jobspor-small-button"
                            onClick={() => openReset(member)}
                            aria-expanded={resetFor?.id === member.id}
                            data-testid="reset-password"
                          >
                            {t('staff.resetPassword')}
                            <span className="sr-only"> {member.displayName}</span>
                          </button>
                        </td>
                      </tr>
                      {resetFor?.id === member.id ? (
                        <tr className="jobspor-subrow">
                          <td colSpan={6}>
                            <form onSubmit={submitReset} method="post" noValidate className="jobspor-inline-form" data-testid="reset-password-form">
                              <TextField
                                id="reset-password"
                                name="newPassword"
                                type="password"
                                label={t('staff.newPassword', { name: member.displayName })}
                                hint={t('staff.passwordHint')}
                                value={newPassword}
                                onValue={setNewPassword}
                                error={resetError}
                                autoComplete="new-password"
                                minLength={minPassword}
                                autoFocus
                              />
                              <div className="jobspor-actions">
                                <button type="submit" className="button button-primary" disabled={busyId === member.id}>
                                  {t('staff.savePassword')}
                                </button>
                                <button type="button" className="button button-secondary" onClick={() => setResetFor(null)}>
                                  {t('common.cancel')}
                                </button>
                              </div>
                            </form>
                          </td>
                        </tr>
                      ) : null}
                    </Fragment>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>{t('staff.empty')}</p>
          )}
        </>
      ) : null}

      <section aria-labelledby="create-staff-heading" className="jobspor-section">
        <h2 id="create-staff-heading">{t('staff.create')}</h2>
        {created ? <Alert variant="success">{created}</Alert> : null}
        <form onSubmit={submitCreate} method="post" noValidate className="jobspor-form" data-testid="create-staff-form">
          <ErrorSummary items={summary} focusKey={attempt} />
          <div className="jobspor-form-row">
            <TextField {...bind('username')} name="username" label={t('staff.username')} autoComplete="off" autoCapitalize="none" spellCheck={false} maxLength={64} required />
            <TextField {...bind('displayName')} name="displayName" label={t('staff.displayName')} autoComplete="off" maxLength={200} required />
          </div>
          <div className="jobspor-form-row">
            <TextField {...bind('email')} name="email" type="email" label={t('staff.email')} autoComplete="off" optional maxLength={200} />
            <SelectField
              {...bind('unitId')}
              name="unitId"
              label={t('staff.unit')}
              options={unitRows.map((row) => ({ value: row.unit.id, label: indentedName(row) }))}
              placeholder={t('staff.chooseUnit')}
              required
            />
          </div>
          <CheckboxGroup
            id={idFor('roles')}
            name="roles"
            legend={t('staff.roles')}
            options={roles.map((role) => ({ value: role, label: roleLabel(t, role) }))}
            values={draft.roles}
            onValues={(values) => setDraft((d) => ({ ...d, roles: values }))}
            error={errors['roles']}
          />
          <TextField
            {...bind('password')}
            name="password"
            type="password"
            label={t('staff.password')}
            hint={t('staff.passwordHint')}
            autoComplete="new-password"
            minLength={minPassword}
            required
          />
          <button type="submit" className="button button-primary mt-5" disabled={saving} data-testid="create-staff">
            {saving ? t('common.saving') : t('staff.create')}
          </button>
        </form>
      </section>
    </>
  );
}
