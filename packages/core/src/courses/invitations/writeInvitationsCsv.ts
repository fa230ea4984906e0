import { csvLine, csvText } from "../csv/csvField";

export interface InvitationLinkRow {
  email: string;
  name: string;
  /** The absolute link to hand out. */
  link: string;
  expiresAt: Date;
}

/**
 * The invitation links as CSV (email, name, link, expires), for mail merge or a printout.
 * Names come from rosters people typed, so every cell is written formula-safe.
 */
export function writeInvitationsCsv(rows: readonly InvitationLinkRow[]): string {
  return [
    csvLine(["email", "name", "link", "expires_at"]),
    ...rows.map((r) => csvLine([csvText(r.email), csvText(r.name), csvText(r.link), r.expiresAt.toISOString()])),
  ].join("");
}
