/**
 * Tab "Omkostninger": the saved cost models of the caller's units (open,
 * download as XLSX, delete) above the editor, which shows a new cost model
 * or the opened one.
 */
import { useState } from 'react';
import { costModelXlsxHref, economicsApi } from '../../api/economics.ts';
import type { CostModelSummary } from '../../api/economics.ts';
import { Alert } from '../Alert.tsx';
import { Spinner } from '../Spinner.tsx';
import { errorText, useLoad } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { CostEditor, type Option } from './CostEditor.tsx';
import { draftFromInput, type CostDraft } from './costDraft.ts';
import { formatNumber } from './format.ts';
import { SavedRowActions } from './SavedRowActions.tsx';

export function CostTab({ units, models, onChanged }: { units: Option[]; models: Option[]; onChanged: () => void }) {
  const { t, locale } = useI18n();
  const list = useLoad(() => economicsApi.costModels(), []);
  const [opened, setOpened] = useState<{ id: string; draft: CostDraft } | null>(null);
  const [editorKey, setEditorKey] = useState(0);
  const [failure, setFailure] = useState<unknown>(null);
  const modelName = (id: string) => models.find((m) => m.value === id)?.label ?? id;

  async function open(summary: CostModelSummary) {
    setFailure(null);
    try {
      const detail = await economicsApi.costModel(summary.id);
      const catalogue = await economicsApi.catalogue(detail.modelId);
      setOpened({ id: detail.id, draft: draftFromInput(locale, catalogue, detail, detail.input) });
      setEditorKey((k) => k + 1);
    } catch (error) {
      setFailure(error);
    }
  }

  async function remove(summary: CostModelSummary) {
    if (!window.confirm(t('econ.cost.confirmDelete', { name: summary.name }))) return;
    setFailure(null);
    try {
      await economicsApi.removeCostModel(summary.id);
      if (opened?.id === summary.id) {
        setOpened(null);
        setEditorKey((k) => k + 1);
      }
      list.reload();
      onChanged();
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <>
      <section className="jobspor-section" aria-labelledby="econ-cost-list-heading" data-testid="econ-cost-list">
        <h2 id="econ-cost-list-heading">{t('econ.cost.listTitle')}</h2>
        {list.error ? <Alert variant="error">{errorText(t, list.error)}</Alert> : null}
        {failure ? (
          <Alert variant="error" testId="econ-cost-list-error">
            <p className="m-0">{errorText(t, failure)}</p>
          </Alert>
        ) : null}
        {list.loading && !list.data ? <Spinner text={t('common.loading')} /> : null}
        {list.data && list.data.costModels.length === 0 ? <p className="econ-muted">{t('econ.cost.none')}</p> : null}
        {list.data && list.data.costModels.length > 0 ? (
          <div className="table--responsive-scroll">
            <table className="table table--compact econ-table">
              <caption className="sr-only">{t('econ.cost.listTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('econ.field.name')}</th>
                  <th scope="col">{t('econ.field.unit')}</th>
                  <th scope="col">{t('econ.field.model')}</th>
                  <th scope="col">{t('econ.list.period')}</th>
                  <th scope="col" className="econ-num">
                    {t('econ.field.citizensPerYear')}
                  </th>
                  <th scope="col">
                    <span className="sr-only">{t('econ.list.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.data.costModels.map((m) => (
                  <tr key={m.id} data-testid="econ-cost-row" className={opened?.id === m.id ? 'econ-current-row' : undefined}>
                    <th scope="row">{m.name}</th>
                    <td>{m.unitName}</td>
                    <td>{modelName(m.modelId)}</td>
                    <td className="econ-nowrap">
                      {m.periodFrom} – {m.periodTo}
                    </td>
                    <td className="econ-num">{m.citizensPerYear === null ? t('econ.cost.citizensSource.case_data') : formatNumber(locale, m.citizensPerYear, 1)}</td>
                    <SavedRowActions name={m.name} xlsxHref={costModelXlsxHref(m.id)} onOpen={() => void open(m)} onDelete={() => void remove(m)} testIdPrefix="econ-cost" />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>

      <CostEditor
        key={editorKey}
        units={units}
        models={models}
        opened={opened}
        onSaved={() => {
          list.reload();
          onChanged();
        }}
        onNew={() => {
          setOpened(null);
          setEditorKey((k) => k + 1);
        }}
      />
    </>
  );
}
