import { describe, expect, it } from "vitest";
import { isCrossSiteRequest } from "./crossSite";

const post = (headers: Record<string, string>) => isCrossSiteRequest("POST", new Headers(headers));

describe("isCrossSiteRequest", () => {
  it("refuses posts another site's page makes", () => {
    expect(post({ "sec-fetch-site": "cross-site", origin: "https://evil.example", host: "judge.example" })).toBe(true);
    // A sibling subdomain is "same-site" but not us.
    expect(post({ "sec-fetch-site": "same-site", host: "judge.example" })).toBe(true);
    expect(post({ origin: "https://evil.example", host: "judge.example" })).toBe(true);
    expect(post({ origin: "null", host: "judge.example" })).toBe(true);
    // Sec-Fetch-Site wins over an Origin that happens to match.
    expect(post({ "sec-fetch-site": "cross-site", origin: "http://judge.example", host: "judge.example" })).toBe(true);
  });

  it("lets our own pages and non-browser clients through", () => {
    expect(post({ "sec-fetch-site": "same-origin", host: "judge.example" })).toBe(false);
    expect(post({ origin: "http://judge.example:3000", host: "judge.example:3000" })).toBe(false);
    expect(post({ host: "judge.example" })).toBe(false);
  });

  it("never refuses reads", () => {
    expect(isCrossSiteRequest("GET", new Headers({ "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(isCrossSiteRequest("head", new Headers({ origin: "https://evil.example" }))).toBe(false);
  });
});
