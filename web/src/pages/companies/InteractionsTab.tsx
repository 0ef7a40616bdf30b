/** Kontaktlog: visits, calls, e-mails, job orders, ringedage and meetings with the company, newest first. */
import { useState } from 'react';
import { companyApi } from '../../api/companies.ts';
import type { CompanyDetail, Interaction } from '../../api/companies.ts';
import { Alert } from '../../components/Alert.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { AddPanel } from '../../components/companies/AddPanel.tsx';
import { DataTable } from '../../components/companies/DataTable.tsx';
import { InteractionForm } from '../../components/companies/InteractionForm.tsx';
import { ListSection } from '../../components/companies/ListSection.tsx';
import { interactionColumns } from '../../components/companies/listColumns.ts';
import { Notice, noNotice, notice } from '../../components/companies/Notice.tsx';
import { errorText, useLoad } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDate } from '../../labels.ts';

interface InteractionsTabProps {
  company: CompanyDetail;
  canWrite: boolean;
  onChanged: () => void;
}

export function InteractionsTab({ company, canWrite, onChanged }: InteractionsTabProps) {
  const { t, locale } = useI18n();
  const list = useLoad(() => companyApi.interactions(company.id), [company.id]);
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState(noNotice);
  const columns = interactionColumns(t, locale);
  const rows = list.data?.interactions ?? [];

  function saved(interaction: Interaction) {
    setAdding(false);
    setMessage((m) => notice(m, t('companies.interaction.created', { date: formatDate(locale, interaction.date) })));
    list.reload();
    onChanged();
  }

  return (
    <ListSection id="interactions" heading={t('companies.tab.interactions')} csv={{ file: ['kontaktlog', company.cvr], columns, rows }}>
      <Notice state={message} testId="interactions-notice" />
      {canWrite ? (
        <AddPanel label={t('companies.interaction.add')} open={adding} onOpen={() => setAdding(true)} onClose={() => setAdding(false)} testId="interaction-add">
          {(cancel) => <InteractionForm companyId={company.id} contactPersons={company.contactPersons} onSaved={saved} onCancel={cancel} />}
        </AddPanel>
      ) : null}
      {list.error ? <Alert variant="error">{errorText(t, list.error)}</Alert> : null}
      {list.loading && !list.data ? <Spinner /> : null}
      {list.data ? (
        rows.length ? (
          <DataTable
            caption={t('companies.interaction.caption', { name: company.name })}
            columns={columns}
            rows={rows}
            rowKey={(i) => i.id}
            testId="interactions-table"
            rowTestId="interaction-row"
          />
        ) : (
          <p data-testid="interactions-empty">{t('companies.interaction.empty')}</p>
        )
      ) : null}
    </ListSection>
  );
}
