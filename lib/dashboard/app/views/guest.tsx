import * as Plot from '@observablehq/plot';
import { useMemo, useState } from 'preact/hooks';
import { newestFirst, nextStayFor } from '../../model/next-stay.js';
import type { Api } from '../api.js';
import { tierColours } from '../colours.js';
import { type Words, useWords } from '../i18n.js';
import { PlotFigure } from '../plot-figure.js';
import { Empty, Show, useResource } from '../resource.js';
import type { Guest, Page, RecommendationAnswer, Score, Stay } from '../types.js';

const path = (guestId: string) => `/v1/guests/${encodeURIComponent(guestId)}`;

/** Enough for the most loyal guests; beyond it the page says it shows only these. */
const stayLimit = 2_000;

/** All of a guest's stays (the API lists them by id, not date, so every page is needed). */
async function allStays(api: Api, guestId: string): Promise<{ stays: Stay[]; capped: boolean }> {
  const stays: Stay[] = [];
  let cursor: string | null = null;
  do {
    const answer: Page<Stay> = await api.get(
      `${path(guestId)}/stays?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    stays.push(...answer.items);
    cursor = answer.cursor;
  } while (cursor && stays.length < stayLimit);
  return { stays, capped: cursor !== null };
}

export function GuestPage({ api, guestId }: { api: Api; guestId: string }) {
  const { t } = useWords();
  const guest = useResource(() => api.get<Guest>(path(guestId)), [api, guestId]);
  return (
    <div data-view="guest">
      <p>
        <a href="#/key-customers">{t('guest.back')}</a>
      </p>
      <Show resource={guest} notFound={t('guest.notFound', { guestId })}>
        {(profile) => <GuestDetails api={api} guest={profile} />}
      </Show>
    </div>
  );
}

function GuestDetails({ api, guest }: { api: Api; guest: Guest }) {
  const words = useWords();
  const { t } = words;
  const stays = useResource(() => allStays(api, guest.guestId), [api, guest.guestId]);
  const score = useResource(
    () =>
      api
        .get<Score>(`${path(guest.guestId)}/score`)
        .catch((error) => (error.status === 404 ? null : Promise.reject(error))),
    [api, guest.guestId],
  );
  const fields: [string, string | undefined][] = [
    [t('field.segment'), guest.segment && words.code('segment', guest.segment)],
    [t('field.company'), guest.company],
    [t('field.email'), guest.email],
    [t('field.phone'), guest.phone],
    [t('field.loyaltyNumber'), guest.loyaltyNumber],
    [t('field.language'), guest.language && words.languageName(guest.language)],
    [t('field.birthday'), guest.birthday],
    [t('field.accountManager'), guest.accountManagerId],
  ];
  return (
    <div class="grid">
      <section class="card" aria-labelledby="profile-title">
        <h2 id="profile-title">{guest.name ?? guest.guestId}</h2>
        <p class="muted">{guest.guestId}</p>
        <h3>{t('guest.profile')}</h3>
        <Fields rows={fields.filter((row): row is [string, string] => Boolean(row[1]))} />
        <h3>{t('guest.preferences')}</h3>
        <Preferences preferences={guest.preferences} />
      </section>
      <section class="card" aria-labelledby="score-title">
        <h2 id="score-title">{t('guest.score')}</h2>
        <Show resource={score}>{(s) => (s ? <ScoreView score={s} /> : <Empty>{t('guest.noScore')}</Empty>)}</Show>
      </section>
      <section class="card wide" aria-labelledby="recommendation-title">
        <h2 id="recommendation-title">{t('guest.recommendation')}</h2>
        <Show resource={stays}>
          {(list) => <RecommendationView api={api} guestId={guest.guestId} stays={list.stays} />}
        </Show>
      </section>
      <section class="card wide" aria-labelledby="stays-title">
        <h2 id="stays-title">{t('guest.stays')}</h2>
        <Show resource={stays}>{(list) => <StayTimeline stays={list.stays} capped={list.capped} />}</Show>
      </section>
    </div>
  );
}

function Preferences({ preferences }: { preferences: Guest['preferences'] }) {
  const words = useWords();
  const { t } = words;
  const groups = Object.entries(preferences ?? {}).filter(([, values]) => values && Object.keys(values).length > 0);
  if (groups.length === 0) return <Empty>{t('guest.noPreferences')}</Empty>;
  return (
    <Fields
      rows={groups.flatMap(([group, values]) =>
        Object.entries(values).map(([name, value]): [string, string] => [
          `${words.code('pref', group)} · ${words.code('pref', name)}`,
          words.value(value),
        ]),
      )}
    />
  );
}

/** Label and value pairs, as a description list. */
function Fields({ rows }: { rows: readonly (readonly [string, string])[] }) {
  return (
    <dl>
      {rows.map(([label, value]) => (
        <div key={label} class="field">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function ScoreView({ score }: { score: Score }) {
  const words = useWords();
  const { t } = words;
  const rows: [string, string][] = [
    [t('field.tier'), t(`tier.${score.tier}`)],
    [t('field.valueScore'), words.number(score.valueScore, 1)],
    [t('field.directProfit'), words.money(score.components.directProfit, score.currency)],
    [t('field.potentialProfit'), words.money(score.components.potentialProfit, score.currency)],
    [t('field.influence'), words.money(score.components.influence, score.currency)],
    [t('field.expectedStays12m'), words.number(score.clv.expectedStays12m, 1)],
    [t('field.pAlive'), score.clv.pAlive === null ? t('none') : words.percent(score.clv.pAlive)],
    [t('field.satisfaction'), score.satisfaction === null ? t('none') : words.number(score.satisfaction, 1)],
    [t('field.loyalty'), words.number(score.loyalty, 2)],
    [t('field.quadrant'), t(`quadrant.${score.quadrant}`)],
    [t('field.computedAt'), words.dateTime(score.computedAt)],
  ];
  return (
    <>
      <p class="headline">
        <span class="badge" style={{ background: tierColours[score.tier], color: 'white' }}>
          {t(`tier.${score.tier}`)}
        </span>{' '}
        {words.number(score.valueScore, 1)}
      </p>
      <Fields rows={rows} />
      <h3>{t('guest.computedFrom')}</h3>
      <Fields
        rows={Object.entries(score.computedFrom).map(([name, value]) => [
          words.code('computed', name),
          typeof value === 'number' ? words.number(value, 3) : words.value(value),
        ])}
      />
    </>
  );
}

function RecommendationView({ api, guestId, stays }: { api: Api; guestId: string; stays: Stay[] }) {
  const words = useWords();
  const { t } = words;
  const stay = useMemo(() => nextStayFor(stays, new Date(), stays[0]?.propertyId ?? 'main'), [stays]);
  const { booked: _booked, ...reservation } = stay;
  const answer = useResource(
    () => api.post<RecommendationAnswer>('/v1/recommendations', { guestId, ...reservation }),
    [api, guestId, stay.propertyId, stay.checkIn, words.language],
  );
  return (
    <>
      <p class="muted">
        {stay.booked
          ? t('guest.forStay', {
              property: stay.propertyId,
              checkIn: words.date(stay.checkIn),
              checkOut: words.date(stay.checkOut),
            })
          : t('guest.noUpcoming', { property: stay.propertyId })}
      </p>
      <Show resource={answer}>
        {(result) =>
          result.recommendations.length === 0 ? (
            <Empty>{t('guest.noRecommendations')}</Empty>
          ) : (
            <ol class="recommendations">
              {[...result.recommendations]
                .sort((a, b) => b.priority - a.priority)
                .map((r, index) => (
                  <li key={`${r.type}-${index}`}>
                    <p>
                      <span class="badge">{words.code('recommendation', r.type)}</span> <strong>{r.action}</strong>{' '}
                      <span class="muted">
                        {t('guest.priority', { priority: r.priority })} ·{' '}
                        {t('guest.cost', { cost: words.money(r.estimatedCost.amount, r.estimatedCost.currency) })}
                      </span>
                    </p>
                    <p class="reasons-label">{t('guest.reasons')}</p>
                    <ul>
                      {r.reasons.map((reason) => (
                        <li key={reason.code}>
                          {reason.message} <code class="muted">{reason.code}</code>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
            </ol>
          )
        }
      </Show>
    </>
  );
}

// Status by colour and by shape, so it does not rest on telling green from red.
const statusMarks: Record<string, { colour: string; symbol: string }> = {
  completed: { colour: '#15803d', symbol: 'circle' },
  reserved: { colour: '#2563eb', symbol: 'square' },
  in_house: { colour: '#7c3aed', symbol: 'diamond' },
  cancelled: { colour: '#6b7280', symbol: 'cross' },
  no_show: { colour: '#dc2626', symbol: 'triangle' },
};

function StayTimeline({ stays, capped }: { stays: Stay[]; capped: boolean }) {
  const words = useWords();
  const { t } = words;
  const ordered = useMemo(() => newestFirst(stays), [stays]);
  const [showAll, setShowAll] = useState(false);
  const listed = showAll ? ordered : ordered.slice(0, 10);
  const revenueOf = (s: Stay) => (s.revenue?.room ?? 0) + (s.revenue?.fnb ?? 0) + (s.revenue?.other ?? 0);
  const options = useMemo<Plot.PlotOptions>(() => {
    const statuses = Object.keys(statusMarks);
    const points = ordered.map((s) => ({
      at: new Date(`${s.checkIn}T00:00:00Z`),
      revenue: revenueOf(s),
      status: words.code('stay', s.status),
      title: `${words.date(s.checkIn)} · ${s.propertyId} · ${words.code('stay', s.status)}`,
    }));
    return {
      width: 900,
      height: 190,
      marginLeft: 60,
      x: { type: 'utc', label: null, tickFormat: (d: Date) => words.monthYear(d) },
      y: { label: t('field.revenue'), grid: true },
      color: {
        domain: statuses.map((status) => words.code('stay', status)),
        range: statuses.map((status) => statusMarks[status]!.colour),
      },
      symbol: {
        legend: true,
        domain: statuses.map((status) => words.code('stay', status)),
        range: statuses.map((status) => statusMarks[status]!.symbol),
      },
      marks: [
        Plot.ruleX([new Date()], { stroke: '#6b7280', strokeDasharray: '3,3' }),
        Plot.dot(points, { x: 'at', y: 'revenue', fill: 'status', symbol: 'status', r: 5, title: 'title' }),
      ],
    };
  }, [ordered, words]);
  if (ordered.length === 0) return <Empty>{t('guest.noStays')}</Empty>;
  return (
    <>
      <PlotFigure options={options} label={t('guest.stays')} />
      {capped && <p class="muted">{t('guest.staysCapped', { count: words.number(ordered.length) })}</p>}
      <table class="list">
        <thead>
          <tr>
            <th scope="col">{t('field.dates')}</th>
            <th scope="col">{t('field.property')}</th>
            <th scope="col">{t('field.roomType')}</th>
            <th scope="col">{t('field.status')}</th>
            <th scope="col" class="number">
              {t('field.revenue')}
            </th>
          </tr>
        </thead>
        <tbody>
          {listed.map((s) => (
            <tr key={s.stayId}>
              <td>
                {words.date(s.checkIn)} – {words.date(s.checkOut)}
              </td>
              <td>{s.propertyId}</td>
              <td>{s.roomType ?? t('none')}</td>
              <td>{words.code('stay', s.status)}</td>
              <td class="number">{words.money(revenueOf(s), s.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!showAll && ordered.length > listed.length && (
        <button type="button" onClick={() => setShowAll(true)}>
          {t('guest.allStays', { count: ordered.length })}
        </button>
      )}
    </>
  );
}
