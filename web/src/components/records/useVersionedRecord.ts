/**
 * Editing a record that is saved as versions (the plan, the CV): load the
 * current version and the list, edit a draft, save with `baseVersion` (the
 * version the edit started from), and read old versions. A stale save (409)
 * keeps the draft, refreshes the version list so the newer version can be
 * read, and lets the user reload into the form when they choose to.
 */
import { useState } from 'react';
import type { DependencyList, FormEvent } from 'react';
import { ApiError } from '../../api/client.ts';
import type { VersionInfo, Versioned } from '../../api/records.ts';
import { errorText, useLoad } from '../../hooks.ts';
import type { Loaded } from '../../hooks.ts';
import { useT } from '../../i18n/index.tsx';
import { useRecordForm } from './formErrors.ts';
import type { RecordForm } from './formErrors.ts';

interface Version<C> extends VersionInfo {
  content: C;
}

interface Options<C, D> {
  errorPrefix: string;
  load: () => Promise<Versioned<Version<C>>>;
  loadVersion: (versionNo: number) => Promise<Version<C>>;
  save: (baseVersion: number, content: C) => Promise<Version<C>>;
  empty: C;
  toDraft: (content: C) => D;
  fromDraft: (draft: D) => C;
  check: (draft: D) => Record<string, string>;
}

export interface VersionedRecord<C, D> {
  loaded: Loaded<Versioned<Version<C>>>;
  current: Version<C> | null;
  versions: VersionInfo[];
  errors: RecordForm;
  draft: D | null;
  setDraft: (draft: D) => void;
  startEditing: () => void;
  cancel: () => void;
  submit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
  saving: boolean;
  stale: boolean;
  reloadIntoForm: () => Promise<void>;
  /** Version number just saved, for the success message. */
  saved: number | null;
  viewing: Version<C> | null;
  viewError: string | null;
  view: (versionNo: number) => Promise<void>;
  closeView: () => void;
}

export function useVersionedRecord<C, D>(options: Options<C, D>, deps: DependencyList): VersionedRecord<C, D> {
  const t = useT();
  const loaded = useLoad(options.load, deps);
  const errors = useRecordForm(options.errorPrefix);
  const [draft, setDraftState] = useState<D | null>(null);
  const [baseVersion, setBaseVersion] = useState(0);
  const [stale, setStale] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);
  const [viewing, setViewing] = useState<Version<C> | null>(null);
  const [viewError, setViewError] = useState<string | null>(null);

  const current = loaded.data?.current ?? null;
  const versions = loaded.data?.versions ?? [];

  function startEditing() {
    setDraftState(options.toDraft(current?.content ?? options.empty));
    setBaseVersion(current?.versionNo ?? 0);
    setStale(false);
    setSaved(null);
    errors.clear();
  }

  async function reloadIntoForm() {
    try {
      const latest = await options.load();
      loaded.setData(latest);
      setDraftState(options.toDraft(latest.current?.content ?? options.empty));
      setBaseVersion(latest.current?.versionNo ?? 0);
      setStale(false);
      errors.clear();
    } catch (error) {
      errors.showApi(error, errorText(t, error));
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    if (draft === null) {
      event.preventDefault();
      return;
    }
    await errors.submit(event, {
      check: () => options.check(draft),
      send: () => {
        setStale(false);
        return options.save(baseVersion, options.fromDraft(draft));
      },
      done: (version) => {
        loaded.setData({
          current: version,
          versions: [{ versionNo: version.versionNo, createdAt: version.createdAt, createdBy: version.createdBy }, ...versions],
        });
        setDraftState(null);
        setSaved(version.versionNo);
      },
      failed: (error) => {
        if (!(error instanceof ApiError && error.status === 409)) return false;
        setStale(true);
        errors.clear();
        options.load().then(
          (latest) => loaded.setData(latest),
          () => undefined,
        );
        return true;
      },
    });
  }

  async function view(versionNo: number) {
    setViewError(null);
    if (viewing?.versionNo === versionNo) {
      setViewing(null);
      return;
    }
    try {
      setViewing(await options.loadVersion(versionNo));
    } catch (error) {
      setViewError(errorText(t, error));
    }
  }

  return {
    loaded,
    current,
    versions,
    errors,
    draft,
    setDraft: (next: D) => setDraftState(next),
    startEditing,
    cancel: () => {
      setDraftState(null);
      setStale(false);
      errors.clear();
    },
    submit,
    saving: errors.saving,
    stale,
    reloadIntoForm,
    saved,
    viewing,
    viewError,
    view,
    closeView: () => setViewing(null),
  };
}
