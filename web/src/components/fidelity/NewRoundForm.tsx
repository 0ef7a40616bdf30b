/**
 * "Start en runde": the instrument (the model's, newest first), the wave,
 * a name, the units (the caller's own unit and those below it), who answers
 * (staff of those units from GET /candidates, each with a role the
 * instrument asks), and the dates; no closing date = closed by hand. The
 * server validates; its messages are shown per field and in an error summary.
 */
import { useEffect, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { fidelityApi, waves } from '../../api/fidelity.ts';
import type { Candidate, InstrumentSummary, RespondentRole, RoundSummary, Wave } from '../../api/fidelity.ts';
import { ErrorSummary } from '../ErrorSummary.tsx';
import type { SummaryItem } from '../ErrorSummary.tsx';
import { CheckboxGroup, FormActions, SelectField, TextField } from '../FormFields.tsx';
import { Spinner } from '../Spinner.tsx';
import { Alert } from '../Alert.tsx';
import { errorText, useLoad } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { nameIn } from '../../pages/models/text.ts';
import { useSession } from '../../session.tsx';
import { indentedName, unitTree } from '../../units.ts';
import { respondentRoleLabel, todayIso, waveLabel } from './format.ts';

interface NewRoundFormProps {
  model: string;
  instruments: InstrumentSummary[];
  onStarted: (round: RoundSummary) => void;
  onCancel: () => void;
}

type Field = 'instrument' | 'wave' | 'name' | 'units' | 'respondents' | 'opensOn' | 'closesOn';
const fieldId = (field: Field | string) => `fid-new-${field}`;

/** The form field an API error key belongs to ('respondents.2.role' -> respondents). */
export function fieldOf(key: string): Field | null {
  const head = key.split('.')[0] ?? '';
  if (head === 'instrumentId' || head === 'instrumentVersion') return 'instrument';
  if (head === 'unitIds') return 'units';
  if (head === 'wave' || head === 'name' || head === 'respondents' || head === 'opensOn' || head === 'closesOn') return head;
  return null;
}

export function NewRoundForm({ model, instruments, onStarted, onCancel }: NewRoundFormProps) {
  const { t, lang, locale } = useI18n();
  const { me } = useSession();
  const sortedInstruments = useMemo(() => [...instruments].sort((a, b) => b.loadedAt.localeCompare(a.loadedAt)), [instruments]);
  const [instrumentKey, setInstrumentKey] = useState(sortedInstruments[0] ? `${sortedInstruments[0].id}@${sortedInstruments[0].version}` : '');
  const instrument = sortedInstruments.find((i) => `${i.id}@${i.version}` === instrumentKey) ?? null;
  const [wave, setWave] = useState<Wave>('baseline');
  const [name, setName] = useState('');
  const [nameTouched, setNameTouched] = useState(false);
  const [unitIds, setUnitIds] = useState<string[]>([]);
  /** staffId -> chosen role; only invited staff are in the map. */
  const [invited, setInvited] = useState<Record<string, RespondentRole>>({});
  const [opensOn, setOpensOn] = useState(todayIso());
  const [closesOn, setClosesOn] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [submits, setSubmits] = useState(0);
  const [saving, setSaving] = useState(false);

  const shownName = nameTouched ? name : `${waveLabel(t, wave)} ${opensOn.slice(0, 4)}`;

  // The caller's own unit and those below it.
  const units = useLoad(() => api.units(), []);
  const unitOptions = useMemo(() => {
    const all = units.data?.units ?? [];
    const below = new Set<string>([me.unit.id]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const u of all) {
        if (u.parentId && below.has(u.parentId) && !below.has(u.id)) {
          below.add(u.id);
          grew = true;
        }
      }
    }
    return unitTree(all.filter((u) => below.has(u.id)), locale).map((row) => ({ value: row.unit.id, label: indentedName(row) }));
  }, [units.data, me.unit.id, locale]);

  const unitKey = unitIds.join(',');
  const candidates = useLoad(() => (unitIds.length ? fidelityApi.candidates(unitIds) : Promise.resolve({ candidates: [] as Candidate[] })), [unitKey]);
  const allowedRoles = instrument?.respondentRoles ?? [];
  const rolesOf = (c: Candidate) => c.roles.filter((r) => allowedRoles.includes(r));

  // Drop invitations of staff no longer offered, or with a role the instrument does not ask.
  useEffect(() => {
    if (!candidates.data) return;
    const byId = new Map(candidates.data.candidates.map((c) => [c.staffId, c]));
    setInvited((current) => {
      const next: Record<string, RespondentRole> = {};
      for (const [staffId, role] of Object.entries(current)) {
        const candidate = byId.get(staffId);
        if (!candidate) continue;
        const roles = candidate.roles.filter((r) => allowedRoles.includes(r));
        const kept = roles.includes(role) ? role : roles[0];
        if (kept) next[staffId] = kept;
      }
      return next;
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [candidates.data, instrumentKey]);

  function toggle(candidate: Candidate, checked: boolean) {
    setInvited((current) => {
      const next = { ...current };
      const role = rolesOf(candidate)[0];
      if (checked && role) next[candidate.staffId] = role;
      else delete next[candidate.staffId];
      return next;
    });
  }

  function fail(fields: Partial<Record<Field, string>>, items: SummaryItem[]) {
    setErrors(fields);
    setSummary(items);
    setSubmits((n) => n + 1);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Partial<Record<Field, string>> = {};
    if (!instrument) local.instrument = t('fid.new.error.instrument');
    if (!unitIds.length) local.units = t('fid.new.error.units');
    if (!shownName.trim()) local.name = t('fid.new.error.name');
    if (Object.keys(local).length) {
      fail(local, Object.entries(local).map(([field, message]) => ({ fieldId: fieldId(field), message })));
      return;
    }
    setSaving(true);
    try {
      const round = await fidelityApi.startRound({
        instrumentId: instrument?.id ?? '',
        instrumentVersion: instrument?.version ?? '',
        wave,
        name: shownName.trim(),
        unitIds,
        opensOn,
        closesOn: closesOn || null,
        respondents: Object.entries(invited).map(([staffId, role]) => ({ staffId, role })),
        origin: 'app',
      });
      onStarted(round);
    } catch (error) {
      const fields: Partial<Record<Field, string>> = {};
      const items: SummaryItem[] = [];
      if (error instanceof ApiError && Object.keys(error.fields).length) {
        for (const [key, message] of Object.entries(error.fields)) {
          const field = fieldOf(key);
          if (field) {
            fields[field] ??= message;
            items.push({ fieldId: fieldId(field), message });
          } else items.push({ fieldId: '', message: `${key}: ${message}` });
        }
      } else items.push({ fieldId: '', message: errorText(t, error) });
      fail(fields, items);
    } finally {
      setSaving(false);
    }
  }

  const list = candidates.data?.candidates ?? [];
  const invitedCount = Object.keys(invited).length;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="fid-new-form" data-testid="fid-new-form">
      <ErrorSummary items={summary} focusKey={submits} />
      <SelectField
        id={fieldId('instrument')}
        label={t('fid.new.instrument')}
        value={instrumentKey}
        onValue={setInstrumentKey}
        options={sortedInstruments.map((i) => ({ value: `${i.id}@${i.version}`, label: t('fid.new.instrumentOption', { name: nameIn(lang, i.name), version: i.version, items: i.items }) }))}
        error={errors.instrument}
        testId="fid-new-instrument"
      />
      <SelectField
        id={fieldId('wave')}
        label={t('fid.new.wave')}
        value={wave}
        onValue={(v) => setWave(v as Wave)}
        options={waves.map((w) => ({ value: w, label: waveLabel(t, w) }))}
        error={errors.wave}
        testId="fid-new-wave"
      />
      <TextField
        id={fieldId('name')}
        label={t('fid.new.name')}
        hint={t('fid.new.nameHint')}
        value={shownName}
        onValue={(v) => {
          setNameTouched(true);
          setName(v);
        }}
        error={errors.name}
        maxLength={120}
        width="input-width-l"
        data-testid="fid-new-name"
      />
      {units.error ? <Alert variant="error">{errorText(t, units.error)}</Alert> : null}
      <CheckboxGroup id={fieldId('units')} name="fid-units" legend={t('fid.new.units')} hint={t('fid.new.unitsHint')} options={unitOptions} values={unitIds} onValues={setUnitIds} error={errors.units} />

      <div className={`form-group${errors.respondents ? ' form-error' : ''}`}>
        <fieldset id={fieldId('respondents')} tabIndex={-1} aria-describedby={`${fieldId('respondents')}-hint${errors.respondents ? ` ${fieldId('respondents')}-error` : ''}`}>
          <legend className="form-label">{t('fid.new.respondents')}</legend>
          <span className="form-hint" id={`${fieldId('respondents')}-hint`}>
            {t('fid.new.respondentsHint', { roles: allowedRoles.map((r) => respondentRoleLabel(t, r)).join(', ') })}
          </span>
          {errors.respondents ? (
            <span className="form-error-message" id={`${fieldId('respondents')}-error`}>
              <span className="sr-only">{t('common.errorPrefix')} </span>
              {errors.respondents}
            </span>
          ) : null}
          {!unitIds.length ? <p className="jobspor-muted">{t('fid.new.pickUnitsFirst')}</p> : null}
          {unitIds.length && candidates.loading && !candidates.data ? <Spinner /> : null}
          {candidates.error ? <Alert variant="error">{errorText(t, candidates.error)}</Alert> : null}
          {unitIds.length && candidates.data && !list.length ? <p>{t('fid.new.noCandidates')}</p> : null}
          {unitIds.length && list.length ? (
            <>
              <div className="fid-invite-bar">
                <p className="fid-count" aria-live="polite" data-testid="fid-invited-count">
                  {t('fid.new.invitedCount', { count: invitedCount, of: list.length })}
                </p>
                <button
                  type="button"
                  className="button button-secondary jobspor-small-button"
                  onClick={() => setInvited(Object.fromEntries(list.flatMap((c) => (rolesOf(c)[0] ? [[c.staffId, invited[c.staffId] ?? (rolesOf(c)[0] as RespondentRole)]] : []))))}
                  data-testid="fid-invite-all"
                >
                  {t('fid.new.inviteAll')}
                </button>
                <button type="button" className="button button-secondary jobspor-small-button" onClick={() => setInvited({})} disabled={!invitedCount}>
                  {t('fid.new.inviteNone')}
                </button>
              </div>
              <div className="table--responsive-scroll fid-candidates-box">
                <table className="table table--compact jobspor-table fid-candidates" data-testid="fid-candidates">
                  <thead>
                    <tr>
                      <th scope="col">{t('fid.new.invite')}</th>
                      <th scope="col">{t('fid.new.unit')}</th>
                      <th scope="col">{t('fid.new.role')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((c) => {
                      const roles = rolesOf(c);
                      const chosen = invited[c.staffId];
                      const boxId = `fid-cand-${c.staffId}`;
                      return (
                        <tr key={c.staffId} data-testid="fid-candidate" data-name={c.displayName}>
                          <td>
                            <div className="form-group-checkbox fid-inline-checkbox">
                              <input type="checkbox" className="form-checkbox" id={boxId} checked={Boolean(chosen)} disabled={!roles.length} onChange={(e) => toggle(c, e.target.checked)} />
                              <label htmlFor={boxId}>{c.displayName}</label>
                            </div>
                          </td>
                          <td>{c.unitName}</td>
                          <td>
                            {roles.length ? (
                              <select
                                className="form-select fid-role-select"
                                aria-label={t('fid.new.roleFor', { name: c.displayName })}
                                value={chosen ?? roles[0]}
                                disabled={!chosen || roles.length < 2}
                                onChange={(e) => setInvited((cur) => ({ ...cur, [c.staffId]: e.target.value as RespondentRole }))}
                              >
                                {roles.map((r) => (
                                  <option key={r} value={r}>
                                    {respondentRoleLabel(t, r)}
                                  </option>
                                ))}
                              </select>
                            ) : (
                              <span className="jobspor-muted">{t('fid.new.noRole')}</span>
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </>
          ) : null}
        </fieldset>
      </div>

      <div className="fid-dates">
        <TextField id={fieldId('opensOn')} type="date" label={t('fid.new.opensOn')} value={opensOn} onValue={setOpensOn} error={errors.opensOn} data-testid="fid-new-opens" />
        <TextField
          id={fieldId('closesOn')}
          type="date"
          label={t('fid.new.closesOn')}
          hint={t('fid.new.closesOnHint')}
          optional
          value={closesOn}
          onValue={setClosesOn}
          error={errors.closesOn}
          data-testid="fid-new-closes"
        />
      </div>
      <FormActions saving={saving} label={t('fid.new.submit')} testId="fid-new-submit" onCancel={onCancel} />
    </form>
  );
}
