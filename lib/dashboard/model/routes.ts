/** The dashboard's pages, addressed by the URL's hash so static hosting needs no rewrites. */
export type Page =
  { name: 'overview' } | { name: 'key-customers' } | { name: 'complaints' } | { name: 'guest'; guestId: string };

export function pageOf(hash: string): Page {
  const path = hash.replace(/^#/, '');
  const guest = /^\/guests\/([^/]+)$/.exec(path);
  if (guest) {
    try {
      return { name: 'guest', guestId: decodeURIComponent(guest[1]!) };
    } catch {
      return { name: 'overview' };
    }
  }
  if (path === '/key-customers') return { name: 'key-customers' };
  if (path === '/complaints') return { name: 'complaints' };
  return { name: 'overview' };
}

export function hashOf(page: Page): string {
  return page.name === 'guest'
    ? `#/guests/${encodeURIComponent(page.guestId)}`
    : page.name === 'overview'
      ? '#/'
      : `#/${page.name}`;
}
