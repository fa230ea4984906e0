"use client";

import { useEffect, useRef, useState } from "react";
import type { ChartBar } from "./chartBars";
import { drawBarChart } from "./drawBarChart";

interface Props {
  title: string;
  bars: ChartBar[];
  testId: string;
  /** Under the chart: what the bars count. */
  caption: string;
  /** Said instead of an empty plot when every bar is zero. */
  emptyText?: string;
  /** Taller for a chart that spans the page. */
  wide?: boolean;
}

/**
 * A vertical bar chart drawn by Chart.js on a canvas. Chart.js is imported only when a
 * chart mounts, so it is a separate chunk loaded by the pages that draw charts and by no
 * other page. The numbers are also in a visually hidden table: screen readers, printouts
 * without script and tests read them there (`data-bar`, `data-value`).
 */
export function BarChart({ title, bars, testId, caption, emptyText = "Nothing yet.", wide = false }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState(false);
  const empty = bars.every((b) => b.value === 0);

  useEffect(() => {
    if (empty || !canvas.current) return;
    let cancelled = false;
    let destroy: (() => void) | undefined;
    void drawBarChart(canvas.current, title, bars).then((chart) => {
      if (cancelled) chart.destroy();
      else {
        destroy = () => chart.destroy();
        setDrawn(true);
      }
    });
    return () => {
      cancelled = true;
      destroy?.();
    };
  }, [bars, empty, title]);

  return (
    <figure className="card p-4" data-testid={testId} data-drawn={empty || drawn ? "true" : "false"}>
      <figcaption className="mb-2 text-sm font-semibold">{title}</figcaption>
      {empty ? (
        <p className="py-6 text-center text-sm text-zinc-500 dark:text-zinc-400">{emptyText}</p>
      ) : (
        <div className={`relative w-full ${wide ? "h-64" : "h-56"}`}>
          <canvas ref={canvas} role="img" aria-label={`${title}: ${caption}`} />
        </div>
      )}
      <table className="sr-only">
        <caption>{caption}</caption>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.label} data-bar={bar.label} data-value={bar.value}>
              <th scope="row">{bar.label}</th>
              <td>{bar.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">{caption}</p>
    </figure>
  );
}
