import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../api/client.ts';
import type { CitizenCreate } from '../api/types.ts';
import { Alert } from '../components/Alert.tsx';
import { CitizenFields, checkCitizenValues, citizenFieldNames, emptyCitizenValues } from '../components/CitizenFields.tsx';
import type { CitizenValues } from '../components/CitizenFields.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import type { SummaryItem } from '../components/ErrorSummary.tsx';
import { FormActions, TextField } from '../components/FormFields.tsx';
import { Icon } from '../components/Icon.tsx';
import { Spinner } from '../components/Spinner.tsx';
import { apiFieldErrors, summaryFrom } from '../forms.ts';
import { errorText, useLoad, usePageTitle } from '../hooks.ts';
import { useT } from '../i18n/index.tsx';
import { Link, navigate } from '../router.tsx';
import { useSession } from '../session.tsx';
import { isCaseUnit } from '../units.ts';

const cprPattern = /^(\d{6})-?(\d{4})$/;
const idFor = (field: string) => `citizen-new-${field}`;
const knownFields = ['cpr', ...citizenFieldNames] as const;

/** Normalises "0101901234" or "010190-1234" to "010190-1234"; null when malformed. */
function normaliseCpr(value: string): string | null {
  const match = cprPattern.exec(value.replace(/\s+/g, ''));
  return match ? `${match[1]}-${match[2]}` : null;
}

const optional = (value: string) => (value.trim() ? value.trim() : undefined);

export function CitizenNewPage() {
  const t = useT();
  const { me } = useSession();
  usePageTitle(t('citizenNew.title'));
  const units = useLoad(() => api.units(), []);
  const [cpr, setCpr] = useState('');
  const [values, setValues] = useState<CitizenValues>(emptyCitizenValues);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);

  // Start in the user's own unit (and as responsible, for job brokers).
  useEffect(() => {
    const own = units.data?.units.find((u) => u.id === me.unit.id);
    if (!own || !isCaseUnit(own)) return;
    setValues((v) =>
      v.unitId ? v : { ...v, unitId: own.id, responsibleStaffId: me.roles.includes('jobformidler') ? me.id : '' },
    );
  }, [units.data, me]);

  const change = (field: keyof CitizenValues, value: string) => setValues((v) => ({ ...v, [field]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const found = checkCitizenValues(t, values);
    const normalisedCpr = normaliseCpr(cpr);
    if (!normalisedCpr) found['cpr'] = t('citizenForm.cprInvalid');
    const ordered: Record<string, string> = {};
    for (const field of knownFields) if (found[field]) ordered[field] = found[field];
    if (Object.keys(ordered).length || !normalisedCpr) {
      setErrors(ordered);
      setSummary(summaryFrom(ordered, idFor));
      setAttempt((n) => n + 1);
      return;
    }
    const body: CitizenCreate = {
      cpr: normalisedCpr,
      firstName: values.firstName.trim(),
      lastName: values.lastName.trim(),
      unitId: values.unitId,
    };
    const extras = {
      phone: optional(values.phone),
      email: optional(values.email),
      addressLine: optional(values.addressLine),
      postcode: optional(values.postcode),
      city: optional(values.city),
      responsibleStaffId: optional(values.responsibleStaffId),
    };
    for (const [key, value] of Object.entries(extras)) if (value !== undefined) Object.assign(body, { [key]: value });

    setSubmitting(true);
    try {
      // The CPR number only ever travels in this POST body.
      const created = await api.createCitizen(body);
      navigate(`/borgere/${encodeURIComponent(created.id)}`);
    } catch (error) {
      const { fields, summary: items } = apiFieldErrors(error, knownFields, idFor, errorText(t, error));
      setErrors(fields);
      setSummary(items);
      setAttempt((n) => n + 1);
      setSubmitting(false);
    }
  }

  return (
    <>
      <div>
        <Link to="/borgere" className="back-link">
          <Icon name="chevron-left" />
          {t('citizenNew.back')}
        </Link>
      </div>
      <h1>{t('citizenNew.title')}</h1>
      <p>{t('citizenNew.intro')}</p>
      {units.loading ? <Spinner /> : null}
      {units.error ? <Alert variant="error">{errorText(t, units.error)}</Alert> : null}
      {units.data ? (
        <form onSubmit={submit} method="post" noValidate className="jobspor-form" data-testid="citizen-form">
          <ErrorSummary items={summary} focusKey={attempt} />
          <TextField
            id={idFor('cpr')}
            name="cpr"
            label={t('citizenForm.cpr')}
            hint={t('citizenForm.cprHint')}
            value={cpr}
            onValue={setCpr}
            error={errors['cpr']}
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            maxLength={11}
            width="input-char-11"
            required
          />
          <CitizenFields idPrefix="citizen-new" values={values} onChange={change} errors={errors} units={units.data.units} />
          <FormActions saving={submitting} label={t('citizenNew.submit')} testId="create-citizen-submit">
            <Link to="/borgere" className="button button-secondary">
              {t('common.cancel')}
            </Link>
          </FormActions>
        </form>
      ) : null}
    </>
  );
}
