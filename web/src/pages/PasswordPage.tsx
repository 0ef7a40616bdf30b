/**
 * Changing one's own password (POST /api/auth/password): from the user menu
 * inside the app, and as the only page after a first login with a password
 * someone else set (`jobspor init`), until it is changed.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { api, ApiError } from '../api/client.ts';
import { Alert } from '../components/Alert.tsx';
import { PlainPage } from '../components/PlainPage.tsx';
import { TextField } from '../components/FormFields.tsx';
import { errorText, usePageTitle } from '../hooks.ts';
import { useT } from '../i18n/index.tsx';

const minLength = 12;
type Field = 'currentPassword' | 'newPassword' | 'repeat';

interface PasswordFormProps {
  onChanged: () => void;
}

function PasswordForm({ onChanged }: PasswordFormProps) {
  const t = useT();
  const [values, setValues] = useState<Record<Field, string>>({ currentPassword: '', newPassword: '', repeat: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const found: Partial<Record<Field, string>> = {};
    if (!values.currentPassword) found.currentPassword = t('password.currentRequired');
    if ([...values.newPassword].length < minLength) found.newPassword = t('password.tooShort');
    else if (values.repeat !== values.newPassword) found.repeat = t('password.mismatch');
    setErrors(found);
    setFailure(null);
    const first = (['currentPassword', 'newPassword', 'repeat'] as const).find((field) => found[field]);
    if (first) {
      document.getElementById(`password-${first}`)?.focus();
      return;
    }
    setSubmitting(true);
    try {
      await api.changePassword(values.currentPassword, values.newPassword);
      setValues({ currentPassword: '', newPassword: '', repeat: '' });
      setSubmitting(false);
      onChanged();
    } catch (error) {
      setSubmitting(false);
      if (error instanceof ApiError && error.status === 400 && (error.fields['currentPassword'] || error.fields['newPassword'])) {
        setErrors({ currentPassword: error.fields['currentPassword'], newPassword: error.fields['newPassword'] });
        document.getElementById(error.fields['currentPassword'] ? 'password-currentPassword' : 'password-newPassword')?.focus();
      } else if (error instanceof ApiError && error.status === 429) setFailure(t('password.tooMany'));
      else setFailure(errorText(t, error));
    }
  }

  return (
    <>
      {failure ? (
        <Alert variant="error" testId="password-error">
          <p className="m-0">{failure}</p>
        </Alert>
      ) : null}
      <form onSubmit={submit} noValidate data-testid="password-form">
        <TextField
          id="password-currentPassword"
          name="currentPassword"
          type="password"
          label={t('password.current')}
          value={values.currentPassword}
          onValue={set('currentPassword')}
          error={errors.currentPassword}
          autoComplete="current-password"
          required
        />
        <TextField
          id="password-newPassword"
          name="newPassword"
          type="password"
          label={t('password.new')}
          hint={t('password.newHint')}
          value={values.newPassword}
          onValue={set('newPassword')}
          error={errors.newPassword}
          autoComplete="new-password"
          required
        />
        <TextField
          id="password-repeat"
          name="repeat"
          type="password"
          label={t('password.repeat')}
          value={values.repeat}
          onValue={set('repeat')}
          error={errors.repeat}
          autoComplete="new-password"
          required
        />
        <button type="submit" className="button button-primary mt-6" disabled={submitting} data-testid="password-submit">
          {submitting ? t('password.submitting') : t('password.submit')}
        </button>
      </form>
    </>
  );
}

/** The page in the app shell, reached from the user menu. */
export function PasswordPage() {
  const t = useT();
  usePageTitle(t('password.title'));
  const [changed, setChanged] = useState(false);
  return (
    <>
      <h1>{t('password.title')}</h1>
      <p className="font-lead">{t('password.intro')}</p>
      {changed ? (
        <Alert variant="success" testId="password-changed">
          <p className="m-0">{t('password.changed')}</p>
        </Alert>
      ) : null}
      <PasswordForm onChanged={() => setChanged(true)} />
    </>
  );
}

interface ForcedPasswordPageProps {
  onChanged: () => void;
  onLogout: () => void;
}

/** The only page until a password set by someone else is changed: no menu, since every other API refuses. */
export function ForcedPasswordPage({ onChanged, onLogout }: ForcedPasswordPageProps) {
  const t = useT();
  usePageTitle(t('password.title'));
  return (
    <PlainPage
      headerEnd={
        <div className="portal-user ml-auto">
          <button type="button" className="function-link d-print-none log-off" onClick={onLogout} data-testid="logout">
            {t('header.logout')}
          </button>
        </div>
      }
    >
      <h1>{t('password.title')}</h1>
      <Alert variant="warning" testId="password-forced">
        <p className="m-0">{t('password.forced')}</p>
      </Alert>
      <p className="font-lead">{t('password.intro')}</p>
      <PasswordForm onChanged={onChanged} />
    </PlainPage>
  );
}
