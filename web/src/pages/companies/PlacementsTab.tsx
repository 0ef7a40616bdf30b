/**
 * Forløb: the placements at the company, running and past
 * (GET /api/companies/:id/placements, audited for the citizens listed).
 * Placements of citizens outside the caller's units are counted and shown
 * without name or link ("Borger i anden enhed").
 */
import { companyApi } from '../../api/companies.ts';
import type { CompanyDetail, CompanyPlacement } from '../../api/companies.ts';
import { Alert } from '../../components/Alert.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { ListSection } from '../../components/companies/ListSection.tsx';
import { DataTable } from '../../components/companies/DataTable.tsx';
import { placementColumns } from '../../components/companies/listColumns.ts';
import { splitPlacements } from '../../components/companies/placements.ts';
import { todayIso } from '../../components/records/dates.ts';
import { errorText, useLoad } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/index.tsx';
import { Link } from '../../router.tsx';

export function PlacementsTab({ company }: { company: CompanyDetail }) {
  const { t, locale } = useI18n();
  const list = useLoad(() => companyApi.placements(company.id), [company.id]);
  const columns = placementColumns(t, locale);
  const { running, past } = splitPlacements(list.data?.placements ?? [], todayIso());

  const table = (rows: CompanyPlacement[], id: string, heading: MessageKey, empty: MessageKey, file: string) => (
    <ListSection id={id} heading={t(heading, { count: rows.length })} level={3} csv={{ file: [file, company.cvr], columns, rows }}>
      {rows.length ? (
        <DataTable
          caption={t(heading, { count: rows.length })}
          columns={columns}
          rows={rows}
          rowKey={(p) => p.id}
          render={{
            citizen: (p) =>
              p.citizen ? (
                <Link to={`/virksomhedsforloeb/${encodeURIComponent(p.id)}`}>{p.citizen.name}</Link>
              ) : (
                <span className="companies-muted" data-testid="placement-other-unit">
                  {t('companies.placement.otherUnit')}
                </span>
              ),
          }}
          testId={`${id}-table`}
          rowTestId="company-placement-row"
        />
      ) : (
        <p>{t(empty)}</p>
      )}
    </ListSection>
  );

  return (
    <section aria-labelledby="placements-heading">
      <h2 id="placements-heading">{t('companies.tab.placements')}</h2>
      <p className="jobspor-prose">{t('companies.placement.intro')}</p>
      {list.error ? <Alert variant="error">{errorText(t, list.error)}</Alert> : null}
      {list.loading && !list.data ? <Spinner /> : null}
      {list.data ? (
        <>
          {table(running, 'placements-running', 'companies.placement.running', 'companies.placement.noneRunning', 'forloeb-igang')}
          {table(past, 'placements-past', 'companies.placement.past', 'companies.placement.nonePast', 'forloeb-afsluttede')}
        </>
      ) : null}
    </section>
  );
}
