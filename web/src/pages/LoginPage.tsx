import { useState } from 'react';
import type { FormEvent } from 'react';
import { api, ApiError } from '../api/client.ts';
import type { Me } from '../api/types.ts';
import { Alert } from '../components/Alert.tsx';
import { PlainPage } from '../components/PlainPage.tsx';
import { TextField } from '../components/FormFields.tsx';
import { errorText, usePageTitle } from '../hooks.ts';
import { useT } from '../i18n/index.tsx';

export type LoginNotice = 'expired' | 'loggedOut';

interface LoginPageProps {
  notice?: LoginNotice | undefined;
  onLoggedIn: (me: Me) => void;
}

export function LoginPage({ notice, onLoggedIn }: LoginPageProps) {
  const t = useT();
  usePageTitle(t('login.title'));
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ username?: string; password?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const errors: { username?: string; password?: string } = {};
    if (!username.trim()) errors.username = t('login.usernameRequired');
    if (!password) errors.password = t('login.passwordRequired');
    setFieldErrors(errors);
    setFailure(null);
    if (errors.username || errors.password) {
      document.getElementById(errors.username ? 'login-username' : 'login-password')?.focus();
      return;
    }
    setSubmitting(true);
    try {
      const result = await api.login(username.trim(), password);
      const me = (result as { user?: Me }).user ?? (result as unknown as Me);
      onLoggedIn(me);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) setFailure(t('login.wrong'));
      else if (error instanceof ApiError && error.status === 429) setFailure(t('login.tooMany'));
      else setFailure(errorText(t, error));
      setSubmitting(false);
    }
  }

  return (
    <PlainPage>
      <h1>{t('login.title')}</h1>
      <p className="font-lead">{t('login.intro')}</p>
      {notice === 'loggedOut' && !failure ? <Alert variant="success">{t('login.loggedOut')}</Alert> : null}
      {notice === 'expired' && !failure ? <Alert variant="info">{t('login.sessionExpired')}</Alert> : null}
      {failure ? (
        <Alert variant="error" testId="login-error">
          <p className="m-0">{failure}</p>
        </Alert>
      ) : null}
      <form onSubmit={submit} noValidate>
        <TextField
          id="login-username"
          name="username"
          label={t('login.username')}
          value={username}
          onValue={setUsername}
          error={fieldErrors.username}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
        />
        <TextField
          id="login-password"
          name="password"
          type="password"
          label={t('login.password')}
          value={password}
          onValue={setPassword}
          error={fieldErrors.password}
          autoComplete="current-password"
          required
        />
        <button type="submit" className="button button-primary mt-6" disabled={submitting} data-testid="login-submit">
          {submitting ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </PlainPage>
  );
}
