/** /modeller: the five intervention models as cards with name, version, source and counts. */
import { modelsApi } from '../../api/models.ts';
import { Alert } from '../../components/Alert.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { errorText, useLoad, usePageTitle } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { Link } from '../../router.tsx';
import { SourceRef } from './SourceRef.tsx';
import { nameIn } from './text.ts';
import '../../styles/models.css';

export function ModelsPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('models.title'));
  const models = useLoad(() => modelsApi.list(), []);
  const list = models.data?.models ?? [];

  return (
    <>
      <h1>{t('models.title')}</h1>
      <p className="font-lead jobspor-prose">{t('models.intro')}</p>
      {models.error ? <Alert variant="error">{errorText(t, models.error)}</Alert> : null}
      {models.loading && !models.data ? <Spinner /> : null}
      {models.data && list.length === 0 ? <p>{t('models.empty')}</p> : null}
      {list.length ? (
        <ul className="models-cards no-max-width" data-testid="models-list">
          {list.map((model) => (
            <li key={model.id} className="card models-card" data-testid={`model-card-${model.id}`}>
              <div className="card-content">
                <p className="card-subheading models-card-sub">
                  <span className="models-short-name">{model.shortName}</span>
                  {' · '}
                  {t('models.version', { version: model.version })}
                  {model.versions.length > 1 ? ` (${t('models.versions', { count: model.versions.length })})` : null}
                </p>
                <h2 className="card-heading h3">
                  <Link to={`/modeller/${encodeURIComponent(model.id)}`} data-testid={`model-link-${model.id}`}>
                    {nameIn(lang, model.name)}
                  </Link>
                </h2>
                <p className="models-card-description">{model.description}</p>
                <dl className="models-card-facts">
                  <dt>{t('models.source')}</dt>
                  <dd>
                    <SourceRef source={model.source} />
                  </dd>
                  <dt>{t('models.coreElementCount')}</dt>
                  <dd data-testid="core-element-count">{model.coreElementCount}</dd>
                  <dt>{t('models.ruleCount')}</dt>
                  <dd data-testid="rule-count">{model.ruleCount}</dd>
                </dl>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
