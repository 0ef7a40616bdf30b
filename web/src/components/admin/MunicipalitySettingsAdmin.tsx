import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { courseApi } from '../../api/courses.ts';
import { errorText, useLoad } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../labels.ts';
import { Alert } from '../Alert.tsx';
import { CheckboxField, FormActions } from '../FormFields.tsx';
import { Spinner } from '../Spinner.tsx';

/**
 * Indstillinger: settings for the whole municipality. Today whether a citizen
 * may be in courses of two models at the same time (default no: the
 * evaluation needs one treatment per citizen and period).
 */
export function MunicipalitySettingsAdmin() {
  const { t, locale } = useI18n();
  const settings = useLoad(() => courseApi.municipalitySettings(), []);
  const [allow, setAllow] = useState(false);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    if (settings.data) setAllow(settings.data.allowParallelCourses);
  }, [settings.data]);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    try {
      await courseApi.saveMunicipalitySettings({ allowParallelCourses: allow });
      setMessage({ ok: true, text: t('courses.settings.saved') });
      settings.reload();
    } catch (error) {
      setMessage({ ok: false, text: errorText(t, error) });
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <h2>{t('courses.settings.heading')}</h2>
      {settings.loading && !settings.data ? <Spinner /> : null}
      {settings.error ? <Alert variant="error">{errorText(t, settings.error)}</Alert> : null}
      {message ? <Alert variant={message.ok ? 'success' : 'error'}>{message.text}</Alert> : null}
      {settings.data ? (
        <form onSubmit={save} noValidate data-testid="municipality-settings">
          <CheckboxField
            id="settings-allowParallelCourses"
            name="allowParallelCourses"
            label={t('courses.settings.allowParallel')}
            hint={t('courses.settings.allowParallelHint')}
            checked={allow}
            onChecked={setAllow}
          />
          {settings.data.updatedBy && settings.data.updatedAt ? (
            <p className="form-hint">
              {t('courses.settings.lastChanged', { name: settings.data.updatedBy.name, at: formatDateTime(locale, settings.data.updatedAt) })}
            </p>
          ) : null}
          <FormActions saving={saving} label={t('common.save')} testId="municipality-settings-save" />
        </form>
      ) : null}
    </>
  );
}
