/**
 * /modeller/:id (?version=): one model, readable from top to bottom: what it
 * is, target group, visitation, phases as a flow, core elements with their
 * rules and the municipality's values (editable by leder/admin), fidelity,
 * success criteria and KPIs, and the history of municipal values.
 */
import { useCallback, useMemo } from 'react';
import { ApiError, query } from '../../api/client.ts';
import { modelsApi } from '../../api/models.ts';
import type { EffectiveRule } from '../../api/models.ts';
import { Alert } from '../../components/Alert.tsx';
import { SelectField } from '../../components/FormFields.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { errorText, useLoad, usePageTitle } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { Link, navigate, useQueryParam } from '../../router.tsx';
import { CoreElementList } from './CoreElementList.tsx';
import { FidelityScaleSection } from './FidelityScaleSection.tsx';
import { MeasureTable } from './MeasureTable.tsx';
import { OverrideHistory } from './OverrideHistory.tsx';
import { PhaseSection } from './PhaseSection.tsx';
import { SourceRef } from './SourceRef.tsx';
import { TargetGroupSection } from './TargetGroupSection.tsx';
import { VisitationSection } from './VisitationSection.tsx';
import { nameIn, seedTitle } from './text.ts';
import '../../styles/models.css';

const sections = [
  ['target-group-heading', 'models.targetGroup'],
  ['visitation-heading', 'models.visitation'],
  ['phases-heading', 'models.phases'],
  ['core-elements-heading', 'models.coreElements'],
  ['fidelity-scale-heading', 'models.fidelityScale'],
  ['success-criteria-heading', 'models.successCriteria'],
  ['kpis-heading', 'models.kpis'],
  ['history-heading', 'models.history'],
] as const;

export function ModelPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const version = useQueryParam('version')[0] || undefined;
  const model = useLoad(() => modelsApi.get(id, version), [id, version]);
  const rules = useLoad(() => modelsApi.rules(id, version), [id, version]);
  const history = useLoad(() => modelsApi.overrides(id), [id]);
  const definition = model.data?.definition;
  usePageTitle(definition ? nameIn(lang, definition.name) : t('models.title'));

  // Municipal values belong to the version the server applies them to.
  const valuesApply = !!definition && !!rules.data && rules.data.version === definition.version;
  const effective = useMemo(
    () => new Map<string, EffectiveRule>(valuesApply && rules.data ? rules.data.rules.map((r) => [r.ruleId, r]) : []),
    [valuesApply, rules.data],
  );

  const { data: rulesData, setData: setRules } = rules;
  const { reload: reloadHistory } = history;
  const onSaved = useCallback(
    (rule: EffectiveRule) => {
      if (rulesData) setRules({ ...rulesData, rules: rulesData.rules.map((r) => (r.ruleId === rule.ruleId ? rule : r)) });
      reloadHistory();
    },
    [rulesData, setRules, reloadHistory],
  );

  const back = (
    <p className="models-back d-print-none">
      <Link to="/modeller">{t('models.back')}</Link>
    </p>
  );

  if (model.error) {
    const missing = model.error instanceof ApiError && model.error.status === 404;
    return (
      <>
        {back}
        <h1>{missing ? t('models.notFound') : t('models.title')}</h1>
        {missing ? null : (
          <Alert variant="error">
            <p>
              {errorText(t, model.error)}
              {model.error instanceof ApiError && model.error.fields['version'] ? ` ${model.error.fields['version']}` : null}
            </p>
          </Alert>
        )}
      </>
    );
  }
  if (!definition || !model.data) return <Spinner />;

  const versions = model.data.versions;
  const municipality = rules.data?.municipality.name;
  // Overrides are set on the current (latest) version; older versions are for reading.
  const isLatest = versions[versions.length - 1] === definition.version;
  const canOverride = valuesApply && isLatest && !!rules.data?.canOverride;

  return (
    <div className={model.loading ? 'jobspor-busy' : undefined} aria-busy={model.loading} data-testid="model-page">
      {back}
      <p className="models-kicker">
        <span className="models-short-name">{definition.shortName}</span> · {t('models.version', { version: definition.version })}
      </p>
      <h1 data-testid="model-name">{nameIn(lang, definition.name)}</h1>
      {/* The English UI also shows the model's Danish name, as the reports and job centres use it; the Danish UI has no English subtitles. */}
      {lang === 'en' ? (
        <p className="models-muted models-alt-name" lang="da" data-testid="model-danish-name">
          {definition.name.da}
        </p>
      ) : null}

      {versions.length > 1 ? (
        <SelectField
          id="model-version"
          label={t('models.versionSelect')}
          hint={t('models.versionHint')}
          value={definition.version}
          onValue={(next) => navigate(`/modeller/${encodeURIComponent(id)}${query({ version: next })}`)}
          options={[...versions].reverse().map((v) => ({ value: v, label: v }))}
          testId="version-select"
        />
      ) : null}

      <p className="jobspor-prose models-description">{definition.description}</p>
      <p className="models-muted">
        <SourceRef source={definition.source} prefix />
        <span className="models-muted-block">
          {definition.source.seed}: {seedTitle(t, definition.source.seed)}
        </span>
      </p>

      <nav className="models-toc d-print-none" aria-labelledby="models-toc-heading">
        <h2 id="models-toc-heading" className="h5">
          {t('models.contents')}
        </h2>
        <ul className="models-toc-list no-max-width">
          {sections.map(([anchor, key]) => (
            <li key={anchor}>
              <a href={`#${anchor}`}>{t(key)}</a>
            </li>
          ))}
        </ul>
      </nav>

      {rules.error ? (
        <Alert variant="info" className="models-note">
          <p>{t('models.rulesUnavailable')}</p>
        </Alert>
      ) : null}
      {rules.data && !valuesApply ? (
        <Alert variant="info" className="models-note">
          <p>{t('models.otherVersion', { version: rules.data.version, shown: definition.version })}</p>
        </Alert>
      ) : null}

      <TargetGroupSection definition={definition} />
      <VisitationSection definition={definition} />
      <PhaseSection definition={definition} />
      <CoreElementList
        definition={definition}
        effective={effective}
        municipalityName={valuesApply ? municipality : undefined}
        canOverride={canOverride}
        onSaved={onSaved}
      />
      <FidelityScaleSection definition={definition} />
      <MeasureTable id="success-criteria" heading={t('models.successCriteria')} measures={definition.successCriteria} />
      <MeasureTable id="kpis" heading={t('models.kpis')} measures={definition.kpis} />
      {history.error ? (
        <section className="jobspor-section" aria-labelledby="history-heading">
          <h2 id="history-heading">{t('models.history')}</h2>
          <p>{t('models.historyUnavailable')}</p>
        </section>
      ) : history.data ? (
        <OverrideHistory definition={definition} history={history.data.history} municipalityName={municipality} />
      ) : null}
    </div>
  );
}
