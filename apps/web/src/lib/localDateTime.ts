/**
 * A `datetime-local` input's value ("2026-09-15T12:00", the browser's own zone) as an ISO
 * instant with its zone ("2026-09-15T10:00:00.000Z"); "" when empty or invalid, so the
 * server's validation names the field. Runs in the browser: only it knows the zone.
 */
export function localInputToIso(value: string): string {
  if (!value) return "";
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? "" : date.toISOString();
}
