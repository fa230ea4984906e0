import { describe, expect, it } from "vitest";
import { writeInvitationsCsv } from "./writeInvitationsCsv";

describe("writeInvitationsCsv", () => {
  it("writes one CRLF line per link, with names that cannot run as formulas", () => {
    const csv = writeInvitationsCsv([
      {
        email: "ann@example.test",
        name: '=HYPERLINK("http://evil")',
        link: "https://judge.example/invite/tok",
        expiresAt: new Date("2026-05-01T12:00:00Z"),
      },
    ]);
    expect(csv).toBe(
      'email,name,link,expires_at\r\nann@example.test,"\'=HYPERLINK(""http://evil"")",https://judge.example/invite/tok,2026-05-01T12:00:00.000Z\r\n',
    );
  });
});
