/**
 * Formatters for the CCS time types. We always write milliseconds (`.uuu`): the spec asks
 * an implementation to be consistent about the optional parts, and contest times are ms.
 */

const MS_PER_SECOND = 1000;
const MS_PER_MINUTE = 60 * MS_PER_SECOND;
const MS_PER_HOUR = 60 * MS_PER_MINUTE;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** A duration in ms as RELTIME `h:mm:ss.uuu`, negative with a leading `-` (before the start). */
export function formatRelTime(ms: number): string {
  const sign = ms < 0 ? "-" : "";
  const abs = Math.round(Math.abs(ms));
  const h = Math.floor(abs / MS_PER_HOUR);
  const m = Math.floor((abs % MS_PER_HOUR) / MS_PER_MINUTE);
  const s = Math.floor((abs % MS_PER_MINUTE) / MS_PER_SECOND);
  return `${sign}${h}:${pad(m)}:${pad(s)}.${pad(abs % MS_PER_SECOND, 3)}`;
}

/** RELTIME to ms; throws on anything else. */
export function parseRelTime(text: string): number {
  const match = /^(-)?(\d+):([0-5]\d):([0-5]\d)(?:\.(\d{3}))?$/.exec(text);
  if (!match) throw new RangeError(`not a RELTIME: ${text}`);
  const [, sign, h, m, s, ms] = match;
  const abs = Number(h) * MS_PER_HOUR + Number(m) * MS_PER_MINUTE + Number(s) * MS_PER_SECOND + Number(ms ?? 0);
  return sign ? -abs : abs;
}

/**
 * An instant (epoch ms) as TIME `yyyy-mm-ddThh:mm:ss.uuu±hh:mm`, in the given UTC offset
 * (minutes east of UTC, e.g. 60 for +01:00; default UTC). The offset only changes how the
 * instant is written, never which instant it is.
 */
export function formatTime(epochMs: number, offsetMinutes = 0): string {
  const local = new Date(Math.round(epochMs) + offsetMinutes * MS_PER_MINUTE);
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  const sign = offsetMinutes < 0 ? "-" : "+";
  const off = Math.abs(offsetMinutes);
  return `${date}T${time}.${pad(local.getUTCMilliseconds(), 3)}${sign}${pad(Math.floor(off / 60))}:${pad(off % 60)}`;
}

/** TIME to epoch ms, accepting every form the spec allows (`Z`, `+01`, `+01:00`, with or without ms). */
export function parseTime(text: string): number {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?)(Z|[+-]\d{2}(?::\d{2})?)$/.exec(text);
  if (!match) throw new RangeError(`not a TIME: ${text}`);
  const [, local, zone] = match;
  const offset = zone === "Z" || zone === undefined ? "Z" : zone.length === 3 ? `${zone}:00` : zone;
  const ms = Date.parse(`${local}${offset}`);
  if (Number.isNaN(ms)) throw new RangeError(`not a TIME: ${text}`);
  return ms;
}

/**
 * Whole minutes in the form a given CCS release writes them: an integer for 2023-06, a
 * RELTIME for 2026-01 (`penalty_time`, scoreboard `total_time` and `time`).
 */
export function formatMinutes(minutes: number, version: CcsVersion): number | string {
  return version === "2023-06" ? minutes : formatRelTime(minutes * MS_PER_MINUTE);
}

/** The CCS Contest API releases these schemas follow where they differ. */
export type CcsVersion = "2023-06" | "2026-01";
