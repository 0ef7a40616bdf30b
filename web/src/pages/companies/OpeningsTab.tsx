/** Opslag/åbninger: the company's openings, creating one, changing one (status included), finding candidates for one. */
import { useState } from 'react';
import type { CompanyDetail, Opening } from '../../api/companies.ts';
import { AddPanel } from '../../components/companies/AddPanel.tsx';
import { DataTable } from '../../components/companies/DataTable.tsx';
import { ListSection } from '../../components/companies/ListSection.tsx';
import { openingColumns } from '../../components/companies/listColumns.ts';
import { Notice, noNotice, notice } from '../../components/companies/Notice.tsx';
import { OpeningForm } from '../../components/companies/OpeningForm.tsx';
import { openingStatusLabel } from '../../components/companies/labels.ts';
import { useI18n } from '../../i18n/index.tsx';

interface OpeningsTabProps {
  company: CompanyDetail;
  canWrite: boolean;
  onChanged: () => void;
  /** Opens "Find kandidater" for one opening. */
  onCandidates: (openingId: string) => void;
}

const statusBadge: Record<Opening['status'], string> = { open: 'badge-success', filled: 'badge-info', closed: '' };

export function OpeningsTab({ company, canWrite, onChanged, onCandidates }: OpeningsTabProps) {
  const { t, locale } = useI18n();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState('');
  const [message, setMessage] = useState(noNotice);
  const columns = openingColumns(t, locale, false);
  const order: Record<Opening['status'], number> = { open: 0, filled: 1, closed: 2 };
  const openings = [...company.openings].sort((a, b) => order[a.status] - order[b.status] || b.openFrom.localeCompare(a.openFrom));
  const mainPostcode = company.addresses.find((a) => a.kind === 'main')?.postcode ?? company.postcode ?? '';

  function saved(opening: Opening, created: boolean) {
    setAdding(false);
    setEditing('');
    setMessage((m) => notice(m, t(created ? 'companies.opening.created' : 'companies.opening.updated', { title: opening.title })));
    onChanged();
  }

  return (
    <ListSection id="company-openings" heading={t('companies.tab.openings')} csv={{ file: ['opslag', company.cvr], columns, rows: openings }}>
      <Notice state={message} testId="openings-notice" />
      {openings.length ? (
        <DataTable
          caption={t('companies.opening.caption', { name: company.name })}
          columns={columns}
          rows={openings}
          rowKey={(o) => o.id}
          render={{ status: (o) => <span className={['badge', statusBadge[o.status], 'companies-badge'].filter(Boolean).join(' ')}>{openingStatusLabel(t, o.status)}</span> }}
          actions={(o) => (
            <>
              {o.status === 'open' ? (
                <button type="button" className="button button-tertiary jobspor-small-button" onClick={() => onCandidates(o.id)} data-testid="opening-candidates">
                  {t('companies.candidates.find')}
                  <span className="sr-only"> {o.title}</span>
                </button>
              ) : null}
              {canWrite ? (
                <button
                  type="button"
                  className="button button-tertiary jobspor-small-button"
                  onClick={() => setEditing(editing === o.id ? '' : o.id)}
                  aria-expanded={editing === o.id}
                  data-testid="opening-edit"
                >
                  {t('companies.edit')}
                  <span className="sr-only"> {o.title}</span>
                </button>
              ) : null}
            </>
          )}
          below={(o) =>
            editing === o.id ? (
              <OpeningForm
                companyId={company.id}
                defaultPostcode={mainPostcode}
                companyIndustryCode={company.industry.code}
                contactPersons={company.contactPersons}
                opening={o}
                onSaved={(s) => saved(s, false)}
                onCancel={() => setEditing('')}
                onReload={onChanged}
              />
            ) : null
          }
          testId="company-openings-table"
        />
      ) : (
        <p data-testid="company-openings-empty">{t('companies.opening.empty')}</p>
      )}
      {canWrite ? (
        <AddPanel label={t('companies.opening.add')} open={adding} onOpen={() => setAdding(true)} onClose={() => setAdding(false)} testId="opening-add">
          {(cancel) => (
            <OpeningForm
              companyId={company.id}
              defaultPostcode={mainPostcode}
              companyIndustryCode={company.industry.code}
              contactPersons={company.contactPersons}
              onSaved={(s) => saved(s, true)}
              onCancel={cancel}
              onReload={onChanged}
            />
          )}
        </AddPanel>
      ) : null}
    </ListSection>
  );
}
