import { BAR_TONES, type ChartBar } from "./chartBars";

/** What the caller needs of the chart it gets back. */
export interface DrawnChart {
  destroy(): void;
}

/**
 * Draws `bars` on `canvas` with Chart.js, loaded here on first use (a chunk of its own).
 * Only the bar chart's parts are registered, so the chunk stays small; nothing is
 * fetched from elsewhere and Chart.js needs neither eval nor inline script (our CSP).
 */
export async function drawBarChart(canvas: HTMLCanvasElement, title: string, bars: ChartBar[]): Promise<DrawnChart> {
  const { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } = await import("chart.js");
  Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);
  const dark = window.matchMedia("(prefers-color-scheme: dark)").matches;
  const mode = dark ? "dark" : "light";
  const text = dark ? "#a1a1aa" : "#52525b";
  const grid = dark ? "#27272a" : "#e4e4e7";
  return new Chart(canvas, {
    type: "bar",
    data: {
      labels: bars.map((b) => b.label),
      datasets: [
        {
          label: title,
          data: bars.map((b) => b.value),
          backgroundColor: bars.map((b) => BAR_TONES[b.tone ?? "accent"][mode]),
          borderRadius: 3,
          maxBarThickness: 48,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      // The page is static data drawn once; an entry animation would only delay screenshots.
      animation: false,
      plugins: { legend: { display: false } },
      scales: {
        x: { ticks: { color: text }, grid: { display: false } },
        // Counts of students or submissions: whole numbers only on the axis.
        y: { beginAtZero: true, ticks: { color: text, precision: 0 }, grid: { color: grid } },
      },
    },
  });
}
