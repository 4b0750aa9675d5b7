import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError } from './api.js';
import { useWords } from './i18n.js';

export type Resource<T> =
  | { state: 'loading' }
  | { state: 'error'; error: ApiError; retry: () => void }
  | { state: 'ready'; data: T; retry: () => void };

/** Loads `load()` whenever `keys` change; a later answer replaces an earlier one, never the reverse. */
export function useResource<T>(load: () => Promise<T>, keys: readonly unknown[]): Resource<T> {
  const [attempt, setAttempt] = useState(0);
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(() => {
    let current = true;
    setResource({ state: 'loading' });
    load().then(
      (data) => current && setResource({ state: 'ready', data, retry }),
      (error: unknown) =>
        current &&
        setResource({
          state: 'error',
          error: error instanceof ApiError ? error : new ApiError(0, String(error)),
          retry,
        }),
    );
    return () => {
      current = false;
    };
  }, [...keys, attempt]);
  return resource;
}

/** What a failed call means to the person looking, and what to do about it. */
export function ErrorState({ error, retry, notFound }: { error: ApiError; retry: () => void; notFound?: string }) {
  const { t } = useWords();
  const message =
    error.status === 0
      ? t('state.offline')
      : error.status === 401
        ? t('state.unauthorized')
        : error.status === 403
          ? t('state.forbidden')
          : error.status === 404 && /recalculation/.test(error.detail)
            ? t('state.noRecalculation')
            : error.status === 404
              ? (notFound ?? t('state.notFound'))
              : error.status === 429
                ? t('state.throttled')
                : error.status >= 500
                  ? t('state.serverError', { status: error.status })
                  : t('state.error', { detail: error.detail });
  return (
    <div class="state state-error" role="alert">
      <p>{message}</p>
      <button type="button" onClick={retry}>
        {t('state.retry')}
      </button>
    </div>
  );
}

export function Loading() {
  return (
    <p class="state" role="status" aria-live="polite">
      {useWords().t('state.loading')}
    </p>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="state state-empty">{children}</p>;
}

/** Shows loading and error states, and the content once the data is there. */
export function Show<T>({
  resource,
  children,
  notFound,
}: {
  resource: Resource<T>;
  children: (data: T) => ComponentChildren;
  notFound?: string;
}) {
  if (resource.state === 'loading') return <Loading />;
  if (resource.state === 'error')
    return <ErrorState error={resource.error} retry={resource.retry} notFound={notFound} />;
  return <>{children(resource.data)}</>;
}
