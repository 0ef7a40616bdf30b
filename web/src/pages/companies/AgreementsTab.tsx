/**
 * Samarbejdsaftaler: the company's cooperation agreements (fixed places or
 * an open pre-agreement, readiness for ordinary hours), creating one,
 * renegotiating one with a reason, and each agreement's version history.
 */
import { useState } from 'react';
import type { CompanyDetail, CooperationAgreement } from '../../api/companies.ts';
import { AgreementForm } from '../../components/companies/AgreementForm.tsx';
import { AddPanel } from '../../components/companies/AddPanel.tsx';
import { DataTable } from '../../components/companies/DataTable.tsx';
import { ListSection } from '../../components/companies/ListSection.tsx';
import { agreementColumns, agreementVersionColumns } from '../../components/companies/listColumns.ts';
import { Notice, noNotice, notice } from '../../components/companies/Notice.tsx';
import { agreementKindLabel } from '../../components/companies/labels.ts';
import { useI18n } from '../../i18n/index.tsx';

interface AgreementsTabProps {
  company: CompanyDetail;
  canWrite: boolean;
  onChanged: () => void;
}

type Open = { id: string; what: 'renegotiate' | 'versions' } | null;

export function AgreementsTab({ company, canWrite, onChanged }: AgreementsTabProps) {
  const { t, locale } = useI18n();
  const [adding, setAdding] = useState(false);
  const [open, setOpen] = useState<Open>(null);
  const [message, setMessage] = useState(noNotice);
  const columns = agreementColumns(t, locale);
  const versionColumns = agreementVersionColumns(t, locale);
  // In force first, then the newest start.
  const agreements = [...company.agreements].sort((a, b) => Number(b.inForce) - Number(a.inForce) || b.from.localeCompare(a.from));

  function saved(agreement: CooperationAgreement, created: boolean) {
    setAdding(false);
    setOpen(null);
    setMessage((m) => notice(m, created ? t('companies.agreement.created') : t('companies.agreement.renegotiated', { version: agreement.version })));
    onChanged();
  }

  const toggle = (id: string, what: 'renegotiate' | 'versions') => setOpen(open?.id === id && open.what === what ? null : { id, what });

  return (
    <ListSection
      id="agreements"
      heading={t('companies.tab.agreements')}
      intro={t('companies.agreement.intro')}
      csv={{ file: ['samarbejdsaftaler', company.cvr], columns, rows: agreements }}
    >
      <Notice state={message} testId="agreements-notice" />
      {agreements.length ? (
        <DataTable
          caption={t('companies.agreement.caption', { name: company.name })}
          columns={columns}
          rows={agreements}
          rowKey={(a) => a.id}
          render={{
            kind: (a) => (
              <>
                {agreementKindLabel(t, a.kind)}
                {a.inForce ? (
                  <>
                    {' '}
                    <span className="badge badge-success companies-badge">{t('companies.agreement.inForceBadge')}</span>
                  </>
                ) : null}
              </>
            ),
          }}
          actions={(a) => (
            <>
              <button type="button" className="button button-tertiary jobspor-small-button" onClick={() => toggle(a.id, 'versions')} aria-expanded={open?.id === a.id && open.what === 'versions'}>
                {t('companies.agreement.showVersions', { count: a.versions.length })}
              </button>
              {canWrite ? (
                <button
                  type="button"
                  className="button button-tertiary jobspor-small-button"
                  onClick={() => toggle(a.id, 'renegotiate')}
                  aria-expanded={open?.id === a.id && open.what === 'renegotiate'}
                  data-testid="agreement-renegotiate"
                >
                  {t('companies.agreement.renegotiate')}
                </button>
              ) : null}
            </>
          )}
          below={(a) =>
            open?.id !== a.id ? null : open.what === 'renegotiate' ? (
              <AgreementForm companyId={company.id} agreement={a} onSaved={(s) => saved(s, false)} onCancel={() => setOpen(null)} onReload={onChanged} />
            ) : (
              <DataTable
                caption={t('companies.agreement.versionsCaption')}
                showCaption
                columns={versionColumns}
                rows={[...a.versions].sort((x, y) => y.versionNo - x.versionNo)}
                rowKey={(v) => String(v.versionNo)}
                testId="agreement-versions"
              />
            )
          }
          testId="agreements-table"
        />
      ) : (
        <p data-testid="agreements-empty">{t('companies.agreement.empty')}</p>
      )}
      {canWrite ? (
        <AddPanel label={t('companies.agreement.add')} open={adding} onOpen={() => setAdding(true)} onClose={() => setAdding(false)} testId="agreement-add">
          {(cancel) => <AgreementForm companyId={company.id} onSaved={(s) => saved(s, true)} onCancel={cancel} onReload={onChanged} />}
        </AddPanel>
      ) : null}
    </ListSection>
  );
}
