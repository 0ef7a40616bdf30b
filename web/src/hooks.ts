/** Small shared hooks: loading data, page titles, error text. */
import { useCallback, useEffect, useState } from 'react';
import type { DependencyList } from 'react';
import { ApiError } from './api/client.ts';
import type { Translate } from './i18n/index.tsx';

export interface Loaded<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload: () => void;
  setData: (data: T) => void;
}

/** Runs `load` when deps change; results of superseded runs are dropped. */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let current = true;
    setLoading(true);
    setError(null);
    load().then(
      (result) => {
        if (!current) return;
        setData(result);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!current) return;
        setError(failure);
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, loading, reload, setData };
}

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} – Jobspor` : 'Jobspor';
  }, [title]);
}

/** A user-facing sentence for any failure. */
export function errorText(t: Translate, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('common.networkError');
    if (error.status === 403) return t('forbidden.body');
    if (error.message && !error.message.startsWith('HTTP ')) return error.message;
    return t('common.unexpectedError', { status: error.status });
  }
  return t('common.unexpectedError', { status: '?' });
}
