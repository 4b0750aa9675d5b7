import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'preact/hooks';

/** Draws an Observable Plot chart (SVG) into the page, labelled for screen readers. */
export function PlotFigure({ options, label }: { options: Plot.PlotOptions; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = Plot.plot({ ariaLabel: label, ...options });
    container.current?.replaceChildren(chart);
    return () => chart.remove();
  }, [options, label]);
  return <div class="chart" ref={container} />;
}
