/**
 * Registre (issue 11 §1; admin and analytiker): upload a register extract
 * with a progress bar and its validation report, the imports with rollback,
 * and the stored code lists.
 */
import { registersApi } from '../api/registers.ts';
import { Alert } from '../components/Alert.tsx';
import { Spinner } from '../components/Spinner.tsx';
import { CodeLists } from '../components/registers/CodeLists.tsx';
import { ImportsTable } from '../components/registers/ImportsTable.tsx';
import { UploadForm } from '../components/registers/UploadForm.tsx';
import { errorText, useLoad, usePageTitle } from '../hooks.ts';
import { useT } from '../i18n/index.tsx';
import '../components/monitoring/monitoring.css';
import '../components/registers/registers.css';

export function RegistersPage() {
  const t = useT();
  usePageTitle(t('reg.title'));
  const imports = useLoad(() => registersApi.imports(), []);
  const codeLists = useLoad(() => registersApi.codeLists(), []);

  return (
    <>
      <h1>{t('reg.title')}</h1>
      <p className="font-lead">{t('reg.intro')}</p>
      <section aria-labelledby="upload-heading" className="jobspor-section">
        <h2 id="upload-heading">{t('reg.upload.title')}</h2>
        <UploadForm codeLists={codeLists.data?.codeLists ?? []} onImported={imports.reload} />
      </section>
      <section aria-labelledby="imports-heading" className="jobspor-section">
        <h2 id="imports-heading">{t('reg.imports.title')}</h2>
        {imports.loading && !imports.data ? <Spinner /> : null}
        {imports.error ? <Alert variant="error">{errorText(t, imports.error)}</Alert> : null}
        {imports.data ? <ImportsTable imports={imports.data.imports} onChanged={imports.reload} /> : null}
      </section>
      <section aria-labelledby="code-lists-heading" className="jobspor-section">
        <h2 id="code-lists-heading">{t('reg.codeLists.title')}</h2>
        <p>{t('reg.codeLists.intro')}</p>
        {codeLists.error ? <Alert variant="error">{errorText(t, codeLists.error)}</Alert> : null}
        {codeLists.data ? <CodeLists codeLists={codeLists.data.codeLists} /> : null}
      </section>
    </>
  );
}
