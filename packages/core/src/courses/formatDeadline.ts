// en-GB writes "Sept" and ICU versions differ on month abbreviations; these do not change.
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A time as a student reads it in a message: "Tue, 1 Sep 2026, 09:00 UTC" in the given
 * IANA time zone (default UTC, which is how times are stored; the web passes the viewer's
 * zone). English day and month names, 24-hour clock, so the text is the same on every
 * server whatever its locale.
 */
export function formatDeadline(at: Date, timeZone = "UTC"): string {
  const parts = formatter(timeZone).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const month = MONTHS[Number(part("month")) - 1] ?? part("month");
  return `${part("weekday")}, ${Number(part("day"))} ${month} ${part("year")}, ${part("hour")}:${part("minute")} ${part("timeZoneName")}`;
}

/** The zone comes from the viewer's browser; one it does not know falls back to UTC instead of failing the request. */
function formatter(timeZone: string): Intl.DateTimeFormat {
  try {
    return makeFormatter(timeZone);
  } catch {
    return makeFormatter("UTC");
  }
}

function makeFormatter(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "numeric",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
  });
}
