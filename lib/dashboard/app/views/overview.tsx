import * as Plot from '@observablehq/plot';
import { useMemo } from 'preact/hooks';
import { paretoPoints, shareOfGuestsForEightyPercent, topFifthPoint } from '../../model/pareto.js';
import type { Api } from '../api.js';
import { tierColours, tierOrder, tierSymbols } from '../colours.js';
import { useWords } from '../i18n.js';
import { PlotFigure } from '../plot-figure.js';
import { Empty, ErrorState, type Resource, Show, useResource } from '../resource.js';
import type { ParetoReport, QuadrantReport, TiersReport } from '../types.js';

export function Overview({ api }: { api: Api }) {
  const pareto = useResource(() => api.get<ParetoReport>('/v1/reports/pareto'), [api]);
  const tiers = useResource(() => api.get<TiersReport>('/v1/reports/tiers'), [api]);
  const quadrants = useResource(() => api.get<QuadrantReport>('/v1/reports/quadrants'), [api]);
  // Both come from the population recalculation: before the first one, say so once.
  const notYet = [pareto, tiers].find(awaitsRecalculation);
  return (
    <div class="grid">
      {notYet?.state === 'error' ? (
        <section class="card wide" data-view="no-recalculation">
          <ErrorState error={notYet.error} retry={notYet.retry} />
        </section>
      ) : (
        <>
          <Show resource={pareto}>{(report) => <ParetoView report={report} />}</Show>
          <Show resource={tiers}>{(report) => <TierPyramid report={report} />}</Show>
        </>
      )}
      <Show resource={quadrants}>{(report) => <QuadrantView report={report} />}</Show>
    </div>
  );
}

const awaitsRecalculation = (resource: Resource<unknown>) =>
  resource.state === 'error' && resource.error.status === 404 && /recalculation/.test(resource.error.detail);

function ParetoView({ report }: { report: ParetoReport }) {
  const words = useWords();
  const { t, percent } = words;
  const curve = report.totalValue.curve;
  const points = useMemo(() => paretoPoints(curve), [curve]);
  const fifth = useMemo(() => topFifthPoint(curve), [curve]);
  const eighty = shareOfGuestsForEightyPercent(curve);
  const title = t('pareto.title');
  const options = useMemo<Plot.PlotOptions>(
    () => ({
      width: 560,
      height: 340,
      marginLeft: 50,
      x: { label: t('pareto.x'), percent: true, domain: [0, 100] },
      y: { label: t('pareto.y'), percent: true, domain: [0, 100], grid: true },
      marks: [
        Plot.line(
          [
            { guestShare: 0, valueShare: 0 },
            { guestShare: 1, valueShare: 1 },
          ],
          {
            x: 'guestShare',
            y: 'valueShare',
            stroke: '#9ca3af',
            strokeDasharray: '4,4',
            ariaDescription: t('chart.equalShare'),
          },
        ),
        Plot.areaY(points, { x: 'guestShare', y: 'valueShare', fill: '#b45309', fillOpacity: 0.12 }),
        Plot.line(points, {
          x: 'guestShare',
          y: 'valueShare',
          stroke: '#b45309',
          strokeWidth: 2.5,
          ariaDescription: title,
        }),
        ...(fifth
          ? [
              Plot.ruleX([fifth.guestShare], { stroke: '#374151', strokeDasharray: '2,3' }),
              Plot.dot([fifth], {
                x: 'guestShare',
                y: 'valueShare',
                r: 6,
                fill: '#b45309',
                stroke: 'white',
                ariaDescription: t('chart.topFifth'),
              }),
              Plot.text([fifth], {
                x: 'guestShare',
                y: 'valueShare',
                text: () => `20% → ${percent(fifth.valueShare)}`,
                dx: 10,
                dy: 14,
                textAnchor: 'start',
                fontWeight: 'bold',
              }),
            ]
          : []),
      ],
    }),
    [points, fifth, words],
  );
  return (
    <section class="card" aria-labelledby="pareto-title" data-view="pareto">
      <h2 id="pareto-title">{title}</h2>
      <p class="caption">{t('pareto.caption')}</p>
      {fifth && <p class="headline">{t('pareto.point', { share: percent(fifth.valueShare) })}</p>}
      <PlotFigure
        options={options}
        label={`${title}: ${fifth ? t('pareto.point', { share: percent(fifth.valueShare) }) : ''}`}
      />
      {eighty !== null && <p>{t('pareto.eighty', { share: percent(eighty) })}</p>}
      <p class="muted">
        {t('pareto.guests', { count: words.number(report.guests), when: words.dateTime(report.computedAt) })}
      </p>
      <details>
        <summary>{t('table.show')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('table.guestShare')}</th>
              <th scope="col">{t('table.valueShare')}</th>
            </tr>
          </thead>
          <tbody>
            {points
              .filter((_, index) => index % 10 === 0)
              .map((p) => (
                <tr key={p.guestShare}>
                  <td>{percent(p.guestShare)}</td>
                  <td>{percent(p.valueShare)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

function TierPyramid({ report }: { report: TiersReport }) {
  const words = useWords();
  const { t, percent } = words;
  const title = t('tiers.title');
  const rows = tierOrder.map((tier) => ({ tier, label: t(`tier.${tier}`), ...report.tiers[tier] }));
  const widest = Math.max(1, ...rows.map((r) => r.guests));
  const options = useMemo<Plot.PlotOptions>(
    () => ({
      width: 560,
      height: 260,
      marginLeft: 80,
      x: { axis: null, domain: [-widest / 2, widest / 2] },
      y: { label: null, domain: rows.map((r) => r.label) },
      marks: [
        Plot.barX(rows, {
          y: 'label',
          x1: (r: (typeof rows)[number]) => -r.guests / 2,
          x2: (r: (typeof rows)[number]) => r.guests / 2,
          fill: (r: (typeof rows)[number]) => tierColours[r.tier],
          inset: 2,
          title: (r: (typeof rows)[number]) => `${r.label}: ${words.number(r.guests)}`,
        }),
        Plot.text(rows, {
          y: 'label',
          x: 0,
          text: (r: (typeof rows)[number]) =>
            `${words.number(r.guests)} · ${percent(r.shareOfValue)} ${t('table.value').toLowerCase()}`,
          fill: 'black',
          stroke: 'white',
          strokeWidth: 3,
          paintOrder: 'stroke',
        }),
      ],
    }),
    [report, words],
  );
  return (
    <section class="card" aria-labelledby="tiers-title" data-view="tiers">
      <h2 id="tiers-title">{title}</h2>
      <p class="caption">{t('tiers.caption')}</p>
      <PlotFigure options={options} label={title} />
      <p class="muted">{t('tiers.changes', { up: report.upgrades, down: report.downgrades })}</p>
      <details>
        <summary>{t('table.show')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('table.tier')}</th>
              <th scope="col">{t('table.guests')}</th>
              <th scope="col">{t('table.shareOfGuests')}</th>
              <th scope="col">{t('table.value')}</th>
              <th scope="col">{t('table.shareOfValue')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.tier}>
                <th scope="row">{r.label}</th>
                <td>{words.number(r.guests)}</td>
                <td>{percent(r.shareOfGuests)}</td>
                <td>{words.money(r.value, report.currency)}</td>
                <td>{percent(r.shareOfValue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

function QuadrantView({ report }: { report: QuadrantReport }) {
  const words = useWords();
  const { t } = words;
  const title = t('quadrant.title');
  const { satisfaction, loyalty } = report.thresholds;
  const labels = [
    { quadrant: 'apostle', x: 10, y: 1, anchor: 'end' },
    { quadrant: 'hostage', x: 0, y: 1, anchor: 'start' },
    { quadrant: 'mercenary', x: 10, y: 0, anchor: 'end' },
    { quadrant: 'defector', x: 0, y: 0, anchor: 'start' },
  ] as const;
  const points = useMemo(
    () =>
      report.points.map((p) => ({
        ...p,
        tierLabel: t(`tier.${p.tier}`),
        title: `${p.guestId} · ${t(`tier.${p.tier}`)} · ${t(`quadrant.${p.quadrant}`)} · ${words.number(p.valueScore, 1)}`,
      })),
    [report, words],
  );
  const options = useMemo<Plot.PlotOptions>(
    () => ({
      width: 560,
      height: 380,
      marginLeft: 50,
      x: { label: t('quadrant.x'), domain: [0, 10] },
      y: { label: t('quadrant.y'), domain: [0, 1] },
      color: { domain: tierOrder.map((tier) => t(`tier.${tier}`)), range: tierOrder.map((tier) => tierColours[tier]) },
      symbol: {
        legend: true,
        domain: tierOrder.map((tier) => t(`tier.${tier}`)),
        range: tierOrder.map((tier) => tierSymbols[tier]),
      },
      marks: [
        Plot.rect([{ x1: 0, x2: satisfaction, y1: loyalty, y2: 1 }], {
          x1: 'x1',
          x2: 'x2',
          y1: 'y1',
          y2: 'y2',
          fill: '#fef3c7',
        }),
        Plot.rect([{ x1: 0, x2: satisfaction, y1: 0, y2: loyalty }], {
          x1: 'x1',
          x2: 'x2',
          y1: 'y1',
          y2: 'y2',
          fill: '#fee2e2',
        }),
        Plot.ruleX([satisfaction], { stroke: '#6b7280' }),
        Plot.ruleY([loyalty], { stroke: '#6b7280' }),
        // Plot takes anchor and offsets as constants, so one text mark per corner.
        ...labels.map((l) =>
          Plot.text([l], {
            x: 'x',
            y: 'y',
            text: () => t(`quadrant.${l.quadrant}`),
            textAnchor: l.anchor,
            dy: l.y === 1 ? 10 : -10,
            dx: l.anchor === 'start' ? 4 : -4,
            fill: '#374151',
            fontWeight: 'bold',
          }),
        ),
        // Key customers drawn larger, on top of the rest.
        ...[false, true].map((key) =>
          Plot.dot(
            points.filter((p) => (p.tier === 'key') === key),
            {
              x: 'satisfaction',
              y: 'loyalty',
              fill: 'tierLabel',
              symbol: 'tierLabel',
              r: key ? 6 : 3.5,
              stroke: 'white',
              strokeWidth: 0.8,
              fillOpacity: 0.85,
              title: 'title',
            },
          ),
        ),
      ],
    }),
    [report, words],
  );
  return (
    <section class="card wide" aria-labelledby="quadrant-title" data-view="quadrants">
      <h2 id="quadrant-title">{title}</h2>
      <p class="caption">{t('quadrant.caption', { count: words.number(report.points.length) })}</p>
      <div class="side-by-side">
        {report.points.length > 0 ? (
          <PlotFigure options={options} label={title} />
        ) : (
          <Empty>{t('quadrant.noPoints')}</Empty>
        )}
        <div>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('table.quadrant')}</th>
                <th scope="col">{t('table.guests')}</th>
                <th scope="col">{t('table.value')}</th>
              </tr>
            </thead>
            <tbody>
              {(['apostle', 'mercenary', 'hostage', 'defector', 'unknown'] as const).map((q) => (
                <tr key={q} class={q === 'hostage' || q === 'defector' ? 'at-risk' : ''}>
                  <th scope="row">{t(`quadrant.${q}`)}</th>
                  <td>{words.number(report.quadrants[q].guests)}</td>
                  <td>{words.money(report.quadrants[q].value, report.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('quadrant.atRisk')}</h3>
          {report.keyCustomersAtRisk.length === 0 ? (
            <Empty>{t('quadrant.noneAtRisk')}</Empty>
          ) : (
            <ul class="at-risk-list">
              {report.keyCustomersAtRisk.slice(0, 8).map((k) => (
                <li key={k.guestId}>
                  <a href={`#/guests/${encodeURIComponent(k.guestId)}`}>{k.guestId}</a>{' '}
                  <span class={`badge quadrant-${k.quadrant}`}>{t(`quadrant.${k.quadrant}`)}</span>{' '}
                  <span class="muted">{words.number(k.valueScore, 1)}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      {report.pointsOmitted > 0 && (
        <p class="muted">{t('quadrant.omitted', { count: words.number(report.pointsOmitted) })}</p>
      )}
    </section>
  );
}
