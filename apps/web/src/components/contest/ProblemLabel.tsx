/**
 * A problem's letter on its balloon colour. The text colour follows the colour's
 * brightness (YIQ), so "A" stays readable on yellow and on navy alike.
 */
export function ProblemLabel({
  label,
  color,
  size = "md",
}: {
  label: string;
  color: string | null;
  size?: "sm" | "md";
}) {
  const background = color ?? "#e4e4e7";
  return (
    <span
      className={`inline-flex shrink-0 items-center justify-center rounded-full font-bold ring-1 ring-black/10 ${
        size === "sm" ? "size-6 text-xs" : "size-8 text-sm"
      }`}
      style={{ backgroundColor: background, color: readableOn(background) }}
      title={color ? `Problem ${label} (${color})` : `Problem ${label}`}
    >
      {label}
    </span>
  );
}

function readableOn(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const yiq = (((n >> 16) & 255) * 299 + ((n >> 8) & 255) * 587 + (n & 255) * 114) / 1000;
  return yiq >= 150 ? "#18181b" : "#ffffff";
}
