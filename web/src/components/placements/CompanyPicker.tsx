/**
 * Choosing a company from the municipality's network: type part of the name
 * or the CVR number and pick one of the hits (GET /api/companies?q=). The
 * hits are radio buttons, so the choice works with the keyboard and is
 * announced; the chosen company stays shown while searching again.
 */
import { useEffect, useState } from 'react';
import { companyApi } from '../../api/companies.ts';
import type { CompanySummary } from '../../api/companies.ts';
import { errorText } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { RadioGroup, TextField } from '../FormFields.tsx';

export interface ChosenCompany {
  id: string;
  name: string;
}

interface CompanyPickerProps {
  id: string;
  value: ChosenCompany | null;
  onValue: (company: ChosenCompany | null) => void;
  error?: string | undefined;
}

/** Waits this long after the last keystroke before searching. */
const SEARCH_DELAY_MS = 250;

function describe(company: CompanySummary): string {
  const place = [company.postcode, company.city].filter(Boolean).join(' ');
  return `${company.name} (CVR ${company.cvr}${place ? `, ${place}` : ''})`;
}

export function CompanyPicker({ id, value, onValue, error }: CompanyPickerProps) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<CompanySummary[]>([]);
  const [total, setTotal] = useState(0);
  const [status, setStatus] = useState<'idle' | 'searching' | 'done' | 'failed'>('idle');
  const [failure, setFailure] = useState('');

  useEffect(() => {
    const text = q.trim();
    if (text.length < 2) {
      setHits([]);
      setStatus('idle');
      return;
    }
    let current = true;
    setStatus('searching');
    const timer = window.setTimeout(() => {
      companyApi.companies({ q: text, limit: 10 }).then(
        (result) => {
          if (!current) return;
          setHits(result.companies);
          setTotal(result.total);
          setStatus('done');
        },
        (cause: unknown) => {
          if (!current) return;
          setFailure(errorText(t, cause));
          setStatus('failed');
        },
      );
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [q, t]);

  const options = hits.map((c) => ({ value: c.id, label: describe(c) }));
  if (value && !hits.some((c) => c.id === value.id)) options.unshift({ value: value.id, label: value.name });

  return (
    <div className="placements-company-picker" data-testid={`${id}-picker`}>
      <TextField
        id={`${id}-search`}
        type="search"
        label={t('pl.companyPicker.search')}
        hint={t('pl.companyPicker.hint')}
        value={q}
        onValue={setQ}
        autoComplete="off"
      />
      <p className="jobspor-muted placements-search-status" aria-live="polite" data-testid={`${id}-status`}>
        {status === 'searching'
          ? t('common.loading')
          : status === 'failed'
            ? failure
            : status === 'done'
              ? hits.length
                ? t('pl.companyPicker.hits', { shown: hits.length, total })
                : t('pl.companyPicker.noHits')
              : ''}
      </p>
      {options.length ? (
        <RadioGroup
          id={id}
          name={`${id}-choice`}
          legend={t('pl.companyPicker.choose')}
          options={options}
          value={value?.id ?? ''}
          onValue={(companyId) => {
            const hit = hits.find((c) => c.id === companyId);
            onValue(hit ? { id: hit.id, name: hit.name } : value);
          }}
          error={error}
        />
      ) : error ? (
        <p className="form-error-message" id={id} tabIndex={-1}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
