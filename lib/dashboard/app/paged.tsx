import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type Api, ApiError } from './api.js';
import { useWords } from './i18n.js';
import { Empty, ErrorState, type Resource, Show, useResource } from './resource.js';
import type { Page } from './types.js';

export interface PagedList<T> {
  first: Resource<Page<T>>;
  /** Everything loaded so far, the first page and every page asked for since. */
  items(first: Page<T>): T[];
  next(first: Page<T>): string | null;
  loadingMore: boolean;
  moreError: ApiError | null;
  /** How many items there were before the latest page was added (focus moves to the first new one). */
  addedFrom: number | null;
  more(cursor: string): void;
}

/** A list the API answers a page at a time (`{items, cursor}`), with a "show more" that appends. */
export function usePagedList<T>(api: Api, path: string): PagedList<T> {
  const [pages, setPages] = useState<Page<T>[]>([]);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<ApiError | null>(null);
  const [addedFrom, setAddedFrom] = useState<number | null>(null);
  const first = useResource(() => api.get<Page<T>>(path), [api, path]);
  // Which list a "show more" answer belongs to: one for a list since replaced is dropped.
  const current = useRef({ api, path });
  current.current = { api, path };
  useEffect(() => {
    setPages([]);
    setMoreError(null);
    setAddedFrom(null);
  }, [api, path]);
  const separator = path.includes('?') ? '&' : '?';
  const items = (firstPage: Page<T>) => [firstPage, ...pages].flatMap((p) => p.items);
  return {
    first,
    items,
    next: (firstPage) => (pages.length > 0 ? pages[pages.length - 1]!.cursor : firstPage.cursor),
    loadingMore,
    moreError,
    addedFrom,
    more: (cursor) => {
      const asked = { api, path };
      const before = first.state === 'ready' ? items(first.data).length : 0;
      setLoadingMore(true);
      setMoreError(null);
      api
        .get<Page<T>>(`${path}${separator}cursor=${encodeURIComponent(cursor)}`)
        .then(
          (page) => {
            if (current.current.api !== asked.api || current.current.path !== asked.path) return;
            setPages((earlier) => [...earlier, page]);
            setAddedFrom(before);
          },
          (error: unknown) => setMoreError(error instanceof ApiError ? error : new ApiError(0, String(error))),
        )
        .finally(() => setLoadingMore(false));
    },
  };
}

/**
 * A paged list's states: loading, error, empty (with what to do), or its items and a "show
 * more". `summary` is said in a live region that stays in place, so changes are announced.
 */
export function ShowPaged<T>({
  list,
  empty,
  summary,
  children,
}: {
  list: PagedList<T>;
  empty: string;
  summary?: (items: T[], first: Page<T>) => string;
  children: (items: T[], first: Page<T>) => ComponentChildren;
}) {
  const { t } = useWords();
  const container = useRef<HTMLDivElement>(null);
  // After "show more", focus goes to the first new row, not back to the top of the page.
  useEffect(() => {
    if (list.addedFrom === null) return;
    const row = container.current?.querySelectorAll('tbody tr')[list.addedFrom] as HTMLElement | undefined;
    const target = row?.querySelector<HTMLElement>('a, button') ?? row;
    if (target && !target.matches('a, button')) target.tabIndex = -1;
    target?.focus();
  }, [list.addedFrom]);
  const ready = list.first.state === 'ready' ? list.first.data : null;
  const status =
    list.first.state === 'loading'
      ? t('state.loading')
      : ready && summary && list.items(ready).length > 0
        ? summary(list.items(ready), ready)
        : '';
  return (
    <div ref={container}>
      <p class="muted" aria-live="polite" data-testid="list-status">
        {status}
      </p>
      <Show resource={list.first}>
        {(first) => {
          const items = list.items(first);
          const cursor = list.next(first);
          if (items.length === 0) return <Empty>{empty}</Empty>;
          return (
            <>
              {children(items, first)}
              {list.moreError && <ErrorState error={list.moreError} retry={() => cursor && list.more(cursor)} />}
              {cursor && (
                <button type="button" disabled={list.loadingMore} onClick={() => list.more(cursor)}>
                  {t('list.more')}
                </button>
              )}
            </>
          );
        }}
      </Show>
    </div>
  );
}
