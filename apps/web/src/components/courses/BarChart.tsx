export interface Bar {
  label: string;
  value: number;
  /** A Tailwind fill class for this bar; the chart's default otherwise. */
  fillClass?: string;
}

interface Props {
  title: string;
  bars: Bar[];
  testId: string;
  /** Under the chart: what the bars count. */
  caption: string;
  /** Drawing width in viewBox units: wider for a chart that spans the page, so its text stays small. */
  width?: number;
  /** Said instead of an empty plot when every bar is zero. */
  emptyText?: string;
}

const MAX_BAR_WIDTH = 48; // a lone bar stays a bar, not a block
const BAR_GAP = 4;
const PLOT_HEIGHT = 120;
const LABEL_HEIGHT = 16;
const VALUE_HEIGHT = 14;

/**
 * A small vertical bar chart drawn as server-rendered SVG: no script, prints and scales,
 * and a screen reader gets the numbers from the table-like `<title>`s and the caption.
 * The data is a handful of bars (verdicts, attempts, ten score bins), so a charting
 * library would add weight without adding anything these charts need.
 */
export function BarChart({ title, bars, testId, caption, width: WIDTH = 320, emptyText = "Nothing yet." }: Props) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const barWidth = bars.length === 0 ? 0 : Math.min(MAX_BAR_WIDTH, (WIDTH - BAR_GAP * (bars.length - 1)) / bars.length);
  if (bars.every((b) => b.value === 0)) {
    return (
      <figure className="card p-4" data-testid={testId}>
        <figcaption className="mb-2 text-sm font-semibold">{title}</figcaption>
        <p className="py-6 text-center text-sm text-zinc-500 dark:text-zinc-400">{emptyText}</p>
        <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">{caption}</p>
      </figure>
    );
  }
  const height = VALUE_HEIGHT + PLOT_HEIGHT + LABEL_HEIGHT;
  return (
    <figure className="card p-4" data-testid={testId}>
      <figcaption className="mb-2 text-sm font-semibold">{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className="h-56 w-full" role="img" aria-label={`${title}: ${caption}`}>
        {bars.map((bar, i) => {
          const h = (bar.value / max) * PLOT_HEIGHT;
          const x = i * (barWidth + BAR_GAP);
          const y = VALUE_HEIGHT + PLOT_HEIGHT - h;
          return (
            <g key={bar.label} data-bar={bar.label} data-value={bar.value}>
              <title>{`${bar.label}: ${bar.value}`}</title>
              <rect
                x={x}
                y={y}
                width={barWidth}
                height={Math.max(h, bar.value > 0 ? 1 : 0)}
                rx={2}
                className={bar.fillClass ?? "fill-indigo-500 dark:fill-indigo-400"}
              />
              {bar.value > 0 && (
                <text
                  x={x + barWidth / 2}
                  y={y - 3}
                  textAnchor="middle"
                  className="fill-zinc-600 text-[9px] dark:fill-zinc-300"
                >
                  {bar.value}
                </text>
              )}
              <text
                x={x + barWidth / 2}
                y={height - 3}
                textAnchor="middle"
                className="fill-zinc-500 text-[9px] dark:fill-zinc-400"
              >
                {bar.label}
              </text>
            </g>
          );
        })}
        <line
          x1={0}
          x2={WIDTH}
          y1={VALUE_HEIGHT + PLOT_HEIGHT}
          y2={VALUE_HEIGHT + PLOT_HEIGHT}
          className="stroke-zinc-300 dark:stroke-zinc-700"
        />
      </svg>
      <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">{caption}</p>
    </figure>
  );
}
