import { describe, expect, it } from "vitest";
import { normalizeAddress, parseTrustedProxies, resolveClientAddress } from "./trustedProxies";

const none = parseTrustedProxies(undefined);

describe("resolveClientAddress", () => {
  it("ignores X-Forwarded-For unless proxies are trusted: a client cannot pick its address", () => {
    expect(resolveClientAddress("203.0.113.7", "198.51.100.1", none)).toBe("203.0.113.7");
    expect(resolveClientAddress("203.0.113.7", "1.1.1.1, 2.2.2.2", parseTrustedProxies("0"))).toBe("203.0.113.7");
    expect(resolveClientAddress("::ffff:203.0.113.7", null, none)).toBe("203.0.113.7");
    expect(resolveClientAddress(null, "198.51.100.1", none)).toBeNull();
  });

  it("with a hop count, takes the address that many hops away, never further than the list", () => {
    const one = parseTrustedProxies("1");
    // The proxy (peer 10.0.0.2) appended the real client last; the first entry is the client's lie.
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 203.0.113.7", one)).toBe("203.0.113.7");
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 203.0.113.7, 10.0.0.3", parseTrustedProxies("2"))).toBe(
      "203.0.113.7",
    );
    expect(resolveClientAddress("10.0.0.2", "203.0.113.7", parseTrustedProxies("5"))).toBe("203.0.113.7");
    expect(resolveClientAddress("10.0.0.2", null, one)).toBe("10.0.0.2");
  });

  it("with a list, walks left past trusted addresses only", () => {
    const trust = parseTrustedProxies("10.0.0.0/8, 2001:db8::/32");
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 203.0.113.7, 10.1.2.3", trust)).toBe("203.0.113.7");
    expect(resolveClientAddress("2001:db8::1", "203.0.113.7", trust)).toBe("203.0.113.7");
    // A peer outside the list is the client, whatever it forwards.
    expect(resolveClientAddress("198.51.100.9", "6.6.6.6", trust)).toBe("198.51.100.9");
    // All trusted: the leftmost is as far as anyone vouches.
    expect(resolveClientAddress("10.0.0.2", "10.0.0.9", trust)).toBe("10.0.0.9");
    // Garbage from a trusted hop stops the walk at that hop.
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, not-an-ip", trust)).toBe("10.0.0.2");
    expect(resolveClientAddress("127.0.0.1", "203.0.113.7", parseTrustedProxies("loopback"))).toBe("203.0.113.7");
  });
});

describe("parseTrustedProxies", () => {
  it("reads none, hop counts and lists", () => {
    expect(parseTrustedProxies("").kind).toBe("none");
    expect(parseTrustedProxies("false").kind).toBe("none");
    expect(parseTrustedProxies("2")).toEqual({ kind: "hops", count: 2 });
    expect(parseTrustedProxies("loopback, 192.0.2.1").kind).toBe("list");
  });

  it("refuses what is not an address, range or name", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/prefix/);
    expect(() => parseTrustedProxies("proxy.example")).toThrow(/not an IP address/);
    expect(() => parseTrustedProxies("10.0.0.1/8/2")).toThrow(/not an IP address/);
    expect(() => parseTrustedProxies("99")).toThrow(/at most 32/);
  });
});

describe("normalizeAddress", () => {
  it("unwraps mapped IPv4, brackets and ports; refuses the rest", () => {
    expect(normalizeAddress(" ::FFFF:192.0.2.1 ")).toBe("192.0.2.1");
    expect(normalizeAddress("[2001:DB8::1]")).toBe("2001:db8::1");
    expect(normalizeAddress("192.0.2.1:4711")).toBe("192.0.2.1");
    expect(normalizeAddress("unknown")).toBeNull();
    expect(normalizeAddress("")).toBeNull();
  });
});
