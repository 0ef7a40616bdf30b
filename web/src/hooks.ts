/** Small shared hooks: loading data, page titles, error text. */
import { useCallback, useEffect, useRef, useState } from 'react';
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

export interface DebouncedCompute<T> {
  value: T | null;
  error: unknown;
  computing: boolean;
  /** Forgets the last value (e.g. when the form is replaced). */
  clear: () => void;
}

/**
 * A form's live computation: `run` is called `delayMs` after `key` last changed, and the previous
 * call is cancelled through its signal. `run` null means there is nothing to compute for this key.
 */
export function useDebouncedCompute<T>(key: string, run: ((signal: AbortSignal) => Promise<T>) | null, delayMs: number): DebouncedCompute<T> {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [computing, setComputing] = useState(false);
  // The latest closure, so a new function object with the same key does not restart the timer.
  const latest = useRef(run);
  latest.current = run;
  const enabled = run !== null;

  useEffect(() => {
    const current = latest.current;
    if (!current) return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      setComputing(true);
      current(controller.signal).then(
        (next) => {
          setValue(next);
          setError(null);
          setComputing(false);
        },
        (failure: unknown) => {
          if (controller.signal.aborted) return;
          setError(failure);
          setComputing(false);
        },
      );
    }, delayMs);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [key, enabled, delayMs]);

  const clear = useCallback(() => setValue(null), []);
  return { value, error, computing, clear };
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
