import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Api } from './api.js';
import { useWords } from './i18n.js';
import { Empty, type Resource, Show, useResource } from './resource.js';
import type { Page } from './types.js';

export interface PagedList<T> {
  first: Resource<Page<T>>;
  /** Everything loaded so far, the first page and every page asked for since. */
  items(first: Page<T>): T[];
  next(first: Page<T>): string | null;
  loadingMore: boolean;
  more(cursor: string): void;
}

/** A list the API answers a page at a time (`{items, cursor}`), with a "show more" that appends. */
export function usePagedList<T>(api: Api, path: string): PagedList<T> {
  const [pages, setPages] = useState<Page<T>[]>([]);
  const [loadingMore, setLoadingMore] = useState(false);
  const first = useResource(() => api.get<Page<T>>(path), [api, path]);
  useEffect(() => setPages([]), [api, path]);
  const separator = path.includes('?') ? '&' : '?';
  return {
    first,
    items: (firstPage) => [firstPage, ...pages].flatMap((p) => p.items),
    next: (firstPage) => (pages.length > 0 ? pages[pages.length - 1]!.cursor : firstPage.cursor),
    loadingMore,
    more: (cursor) => {
      setLoadingMore(true);
      api
        .get<Page<T>>(`${path}${separator}cursor=${encodeURIComponent(cursor)}`)
        .then((page) => setPages((earlier) => [...earlier, page]))
        .finally(() => setLoadingMore(false));
    },
  };
}

/** A paged list's states: loading, error, empty (with what to do), or its items and a "show more". */
export function ShowPaged<T>({
  list,
  empty,
  children,
}: {
  list: PagedList<T>;
  empty: string;
  children: (items: T[], first: Page<T>) => ComponentChildren;
}) {
  const { t } = useWords();
  return (
    <Show resource={list.first}>
      {(first) => {
        const items = list.items(first);
        const cursor = list.next(first);
        if (items.length === 0) return <Empty>{empty}</Empty>;
        return (
          <>
            {children(items, first)}
            {cursor && (
              <button type="button" disabled={list.loadingMore} onClick={() => list.more(cursor)}>
                {t('list.more')}
              </button>
            )}
          </>
        );
      }}
    </Show>
  );
}
