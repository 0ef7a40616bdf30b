/**
 * Stamdata: the citizen's personal details, contact details, benefit history
 * and the edit form (moved unchanged from the former citizen page).
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { api, ApiError } from '../../api/client.ts';
import type { Citizen, CitizenPatch } from '../../api/types.ts';
import { canWriteCitizens } from '../../access.ts';
import { Alert } from '../../components/Alert.tsx';
import { CitizenFields, checkCitizenValues, citizenFieldNames } from '../../components/CitizenFields.tsx';
import type { CitizenValues } from '../../components/CitizenFields.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import type { SummaryItem } from '../../components/ErrorSummary.tsx';
import { FormActions } from '../../components/FormFields.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { apiFieldErrors, summaryFrom } from '../../forms.ts';
import { errorText, useLoad } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { benefitLabel, formatDate, formatDateTime, readinessLabel, sexLabel, sourceLabel } from '../../labels.ts';
import { useSession } from '../../session.tsx';
import '../../styles/records.css';

const idFor = (field: string) => `citizen-edit-${field}`;

function valuesOf(citizen: Citizen): CitizenValues {
  return {
    firstName: citizen.firstName,
    lastName: citizen.lastName,
    phone: citizen.phone ?? '',
    email: citizen.email ?? '',
    addressLine: citizen.addressLine ?? '',
    postcode: citizen.postcode ?? '',
    city: citizen.city ?? '',
    unitId: citizen.unitId,
    responsibleStaffId: citizen.responsibleStaffId ?? '',
  };
}

/** Only the fields that changed; emptied optional fields are sent as null. */
function patchOf(citizen: Citizen, values: CitizenValues): CitizenPatch {
  const before = valuesOf(citizen);
  const patch: CitizenPatch = { version: citizen.version };
  for (const field of citizenFieldNames) {
    const value = values[field].trim();
    if (value === before[field]) continue;
    if (field === 'firstName' || field === 'lastName' || field === 'unitId') patch[field] = value;
    else patch[field] = value === '' ? null : value;
  }
  return patch;
}

interface DetailsTabProps {
  citizen: Citizen;
  onUpdated: (citizen: Citizen) => void;
}

export function DetailsTab({ citizen: data, onUpdated }: DetailsTabProps) {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const id = data.id;

  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState<CitizenValues | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [stale, setStale] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const units = useLoad(() => (editing ? api.units() : Promise.resolve(null)), [editing]);

  function startEditing() {
    setValues(valuesOf(data));
    setErrors({});
    setSummary([]);
    setStale(false);
    setSaved(false);
    setEditing(true);
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!values || saving) return;
    const found = checkCitizenValues(t, values);
    if (Object.keys(found).length) {
      setErrors(found);
      setSummary(summaryFrom(found, idFor));
      setAttempt((n) => n + 1);
      return;
    }
    setSaving(true);
    setStale(false);
    try {
      const updated = await api.updateCitizen(id, patchOf(data, values));
      onUpdated(updated);
      setEditing(false);
      setSaved(true);
      setErrors({});
      setSummary([]);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        // Keep what the user typed; they decide when to reload.
        setStale(true);
        setErrors({});
        setSummary([]);
        setAttempt((n) => n + 1);
      } else {
        const { fields, summary: items } = apiFieldErrors(error, citizenFieldNames, idFor, errorText(t, error));
        setErrors(fields);
        setSummary(items);
        setAttempt((n) => n + 1);
      }
    } finally {
      setSaving(false);
    }
  }

  const current = data.currentBenefit;
  const address = [data.addressLine, [data.postcode, data.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');

  return (
    <section aria-labelledby="details-heading">
      <div className="records-heading-row">
        <h2 id="details-heading">{t('rec.tab.details')}</h2>
        {canWriteCitizens(me.roles) && !editing ? (
          <button type="button" className="button button-secondary" onClick={startEditing} data-testid="edit-citizen">
            {t('citizen.edit')}
          </button>
        ) : null}
      </div>
      <p className="jobspor-muted">
        {t('citizen.pseudonym')}: <span data-testid="citizen-pseudonym">{data.pseudonym}</span>
        {' · '}
        {t('citizen.updated', { date: formatDateTime(locale, data.updatedAt) })}
      </p>

      {saved ? <Alert variant="success">{t('citizen.saved')}</Alert> : null}

      {editing && values ? (
        <section aria-labelledby="edit-heading" className="jobspor-section">
          <h3 id="edit-heading">{t('citizen.editTitle')}</h3>
          {stale ? (
            <Alert variant="error" testId="stale-warning">
              <p className="m-0">{t('citizen.stale')}</p>
              <button type="button" className="button button-secondary mt-3" onClick={() => window.location.reload()}>
                {t('citizen.reload')}
              </button>
            </Alert>
          ) : null}
          {units.loading ? <Spinner /> : null}
          {units.error ? <Alert variant="error">{errorText(t, units.error)}</Alert> : null}
          {units.data ? (
            <form onSubmit={save} method="post" noValidate className="jobspor-form" data-testid="citizen-edit-form">
              <ErrorSummary items={summary} focusKey={attempt} />
              <CitizenFields
                idPrefix="citizen-edit"
                values={values}
                onChange={(field, value) => setValues((v) => (v ? { ...v, [field]: value } : v))}
                errors={errors}
                units={units.data.units}
                currentResponsible={
                  data.responsibleStaffId ? { id: data.responsibleStaffId, name: data.responsibleStaffName ?? data.responsibleStaffId } : null
                }
              />
              <FormActions saving={saving} label={t('common.save')} testId="save-citizen" onCancel={() => setEditing(false)} />
            </form>
          ) : null}
        </section>
      ) : null}

      <div className="jobspor-columns">
        <section aria-labelledby="basics-heading" className="jobspor-section">
          <h3 id="basics-heading">{t('rec.details.personal')}</h3>
          <table className="table structured-list table--compact jobspor-facts">
            <tbody>
              <tr>
                <th scope="row">{t('citizen.birthDate')}</th>
                <td>{formatDate(locale, data.birthDate)}</td>
              </tr>
              <tr>
                <th scope="row">{t('citizen.age')}</th>
                <td>{t('common.years', { age: data.age })}</td>
              </tr>
              <tr>
                <th scope="row">{t('citizen.sex')}</th>
                <td data-testid="citizen-sex">{sexLabel(t, data.sex)}</td>
              </tr>
              <tr>
                <th scope="row">{t('citizen.unit')}</th>
                <td>{data.unitName}</td>
              </tr>
              <tr>
                <th scope="row">{t('citizen.responsible')}</th>
                <td>{data.responsibleStaffName ?? t('common.none')}</td>
              </tr>
              <tr>
                <th scope="row">{t('citizen.currentBenefit')}</th>
                <td>
                  {current
                    ? `${benefitLabel(t, current.benefitType)}${current.readiness ? ` (${readinessLabel(t, current.readiness)})` : ''}`
                    : t('common.none')}
                </td>
              </tr>
            </tbody>
          </table>
        </section>

        <section aria-labelledby="contact-heading" className="jobspor-section">
          <h3 id="contact-heading">{t('citizen.contact')}</h3>
          <table className="table structured-list table--compact jobspor-facts">
            <tbody>
              <tr>
                <th scope="row">{t('citizen.phone')}</th>
                <td>{data.phone || t('common.none')}</td>
              </tr>
              <tr>
                <th scope="row">{t('citizen.email')}</th>
                <td>{data.email || t('common.none')}</td>
              </tr>
              <tr>
                <th scope="row">{t('citizen.address')}</th>
                <td>{address || t('common.none')}</td>
              </tr>
            </tbody>
          </table>
        </section>
      </div>

      <section aria-labelledby="benefits-heading" className="jobspor-section">
        <h3 id="benefits-heading">{t('citizen.benefits')}</h3>
        {data.benefitSpells.length ? (
          <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby="benefits-heading">
            <table className="table table--compact table--zebra jobspor-table" data-testid="benefit-table">
              <thead>
                <tr>
                  <th scope="col">{t('col.benefit')}</th>
                  <th scope="col">{t('col.readiness')}</th>
                  <th scope="col">{t('col.from')}</th>
                  <th scope="col">{t('col.to')}</th>
                  <th scope="col">{t('col.source')}</th>
                </tr>
              </thead>
              <tbody>
                {data.benefitSpells.map((spell) => (
                  <tr key={spell.id}>
                    <td>{benefitLabel(t, spell.benefitType)}</td>
                    <td>{spell.readiness ? readinessLabel(t, spell.readiness) : t('common.none')}</td>
                    <td>{formatDate(locale, spell.fromDate)}</td>
                    <td>{spell.toDate ? formatDate(locale, spell.toDate) : t('citizen.ongoing')}</td>
                    <td>{sourceLabel(t, spell.source)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{t('citizen.noBenefits')}</p>
        )}
      </section>
    </section>
  );
}
