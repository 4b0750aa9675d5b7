import { useState } from 'preact/hooks';
import type { Api } from '../api.js';
import { useWords } from '../i18n.js';
import { ShowPaged, usePagedList } from '../paged.js';
import { useResource } from '../resource.js';
import type { KeyCustomer, Workload } from '../types.js';

const guestLink = (guestId: string) => `#/guests/${encodeURIComponent(guestId)}`;

export function KeyCustomers({ api }: { api: Api }) {
  const words = useWords();
  const { t } = words;
  const [managerId, setManagerId] = useState('');
  const managers = useResource(() => api.get<Workload>('/v1/reports/account-managers'), [api]);
  const query = managerId ? `&managerId=${encodeURIComponent(managerId)}` : '';
  const list = usePagedList<KeyCustomer>(api, `/v1/key-customers?limit=25${query}`);
  const managerName = (id: string | null) => {
    if (!id) return t('none');
    const known = managers.state === 'ready' ? managers.data.workload.find((m) => m.managerId === id) : undefined;
    return known?.name ?? id;
  };
  return (
    <section class="card wide" aria-labelledby="keys-title" data-view="key-customers">
      <h2 id="keys-title">{t('keys.title')}</h2>
      <label class="inline">
        {t('keys.manager')}{' '}
        <select value={managerId} onChange={(e) => setManagerId((e.target as HTMLSelectElement).value)}>
          <option value="">{t('keys.allManagers')}</option>
          <option value="none">{t('keys.noManager')}</option>
          {managers.state === 'ready' &&
            managers.data.workload.map((m) => (
              <option key={m.managerId} value={m.managerId}>
                {m.name ?? m.managerId} ({m.keyCustomers})
              </option>
            ))}
        </select>
      </label>
      <ShowPaged
        list={list}
        empty={t('keys.none')}
        summary={(items, firstPage) => t('keys.count', { count: words.number(firstPage.total ?? items.length) })}
      >
        {(items) => (
          <>
            <table class="list" data-testid="key-customer-table">
              <thead>
                <tr>
                  <th scope="col">{t('keys.guest')}</th>
                  <th scope="col">{t('keys.manager')}</th>
                  <th scope="col" class="number">
                    {t('keys.valueScore')}
                  </th>
                  <th scope="col">{t('field.quadrant')}</th>
                  <th scope="col" class="number">
                    {t('keys.openComplaints')}
                  </th>
                  <th scope="col">{t('keys.nextArrival')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((k) => (
                  <tr key={k.guestId}>
                    <th scope="row">
                      <a href={guestLink(k.guestId)}>{k.name ?? k.guestId}</a>
                      <span class="muted block">{k.guestId}</span>
                    </th>
                    <td>{managerName(k.accountManagerId)}</td>
                    <td class="number">{k.valueScore === null ? t('none') : words.number(k.valueScore, 1)}</td>
                    <td>
                      <span class={`badge quadrant-${k.quadrant}`}>{t(`quadrant.${k.quadrant}`)}</span>
                    </td>
                    <td class={`number ${k.openComplaints > 0 ? 'alert' : ''}`}>{k.openComplaints}</td>
                    <td>{k.nextArrival ? words.date(k.nextArrival) : t('none')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </ShowPaged>
    </section>
  );
}
