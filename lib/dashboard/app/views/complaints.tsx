import { useEffect, useState } from 'preact/hooks';
import { durationParts, timeLeft } from '../../model/time-left.js';
import type { Api } from '../api.js';
import { useWords } from '../i18n.js';
import { ShowPaged, usePagedList } from '../paged.js';
import type { Complaint } from '../types.js';

/** Re-renders every minute, so time left counts down and rows turn overdue as the page is watched. */
function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export function Complaints({ api }: { api: Api }) {
  const words = useWords();
  const { t } = words;
  const now = useMinuteClock();
  const [status, setStatus] = useState<'open' | 'overdue'>('open');
  const list = usePagedList<Complaint>(api, `/v1/complaints?status=${status}&limit=50`);
  return (
    <section class="card wide" aria-labelledby="complaints-title" data-view="complaints">
      <h2 id="complaints-title">{t('complaints.title')}</h2>
      <fieldset class="inline">
        <legend>{t('complaints.filter')}</legend>
        {(['open', 'overdue'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="complaint-status"
              value={value}
              checked={status === value}
              onChange={() => setStatus(value)}
            />{' '}
            {t(`complaints.${value}`)}
          </label>
        ))}
      </fieldset>
      <ShowPaged
        list={list}
        empty={t('complaints.none')}
        summary={(items, first) =>
          t(first.cursor ? 'complaints.countMore' : 'complaints.count', { count: words.number(items.length) })
        }
      >
        {(items) => (
          <table class="list">
            <thead>
              <tr>
                <th scope="col">{t('complaints.severity')}</th>
                <th scope="col">{t('complaints.timeLeft')}</th>
                <th scope="col">{t('complaints.guest')}</th>
                <th scope="col">{t('complaints.category')}</th>
                <th scope="col">{t('complaints.description')}</th>
                <th scope="col">{t('complaints.status')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => {
                const left = timeLeft(c.dueBy, now);
                const { value, unit } = durationParts(left.minutes);
                const time = words.duration(value, unit);
                return (
                  <tr key={c.complaintId} class={left.overdue ? 'overdue' : ''}>
                    <td>
                      <span class={`badge severity-${c.severity}`}>{t(`severity.${c.severity}`)}</span>
                    </td>
                    <td>
                      <strong>
                        {left.overdue ? t('complaints.overdueBy', { time }) : t('complaints.left', { time })}
                      </strong>
                      <span class="muted block">{t('complaints.due', { when: words.dateTime(c.dueBy) })}</span>
                    </td>
                    <td>
                      <a href={`#/guests/${encodeURIComponent(c.guestId)}`}>{c.guestId}</a>
                      {c.tierAtReceipt && (
                        <span class="muted block">
                          {t('complaints.tierAtReceipt')}: {t(`tier.${c.tierAtReceipt as 'key'}`)}
                        </span>
                      )}
                    </td>
                    <td>{words.code('category', c.category)}</td>
                    <td>{c.description}</td>
                    <td>{words.code('complaint', c.status)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </ShowPaged>
    </section>
  );
}
