import { BlockList, isIP } from "node:net";

// No "server-only" here: pure logic, imported by env.ts and by its unit test.

/**
 * Which hops in front of the web app may say who the client is (`TRUSTED_PROXIES`),
 * like Express's `trust proxy`:
 * - `none`: nobody; the client is the socket's peer (the app serves the internet directly);
 * - `hops`: the nearest `count` addresses are proxies (the peer and count − 1 entries of
 *   `X-Forwarded-For`, from the right), whatever they are;
 * - `list`: every address in `addresses` (IPs and CIDRs) is a proxy.
 */
export type TrustedProxies =
  { kind: "none" } | { kind: "hops"; count: number } | { kind: "list"; addresses: BlockList; description: string };

/** Named address ranges accepted in the list form, as Express names them. */
const RANGES: Record<string, string[]> = {
  loopback: ["127.0.0.0/8", "::1/128"],
  linklocal: ["169.254.0.0/16", "fe80::/10"],
  uniquelocal: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"],
};

/**
 * Parses `TRUSTED_PROXIES`: empty (or unset, `0`, `false`) for none, a whole number of
 * hops, or a comma-separated list of IPs, CIDRs and the names loopback, linklocal,
 * uniquelocal. Throws an Error naming the bad part.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = (value ?? "").trim();
  if (text === "" || text === "0" || text.toLowerCase() === "false") return { kind: "none" };
  if (/^\d+$/.test(text)) {
    const count = Number(text);
    if (count > 32) throw new Error(`${count} proxy hops is not plausible (at most 32)`);
    return { kind: "hops", count };
  }
  const addresses = new BlockList();
  for (const raw of text.split(",")) {
    const part = raw.trim();
    if (!part) continue;
    for (const range of RANGES[part.toLowerCase()] ?? [part]) addRange(addresses, range);
  }
  return { kind: "list", addresses, description: text };
}

function addRange(list: BlockList, range: string): void {
  const [address = "", prefixText, extra] = range.split("/");
  const family = isIP(address);
  if (family === 0 || extra !== undefined) throw new Error(`"${range}" is not an IP address or CIDR range`);
  const type = family === 4 ? "ipv4" : "ipv6";
  if (prefixText === undefined) {
    list.addAddress(address, type);
    return;
  }
  const prefix = /^\d+$/.test(prefixText) ? Number(prefixText) : NaN;
  if (!(prefix >= 0 && prefix <= (family === 4 ? 32 : 128))) throw new Error(`"${range}" has an invalid prefix length`);
  list.addSubnet(address, prefix, type);
}

/**
 * The client's address: the socket's peer, or, through trusted proxies only, an address
 * they reported in `X-Forwarded-For` (each proxy appends the address it was reached
 * from, so the list is read from the right). Entries a client wrote itself sit left of
 * anything a trusted proxy added and are never reached. Null when the peer is unknown.
 */
export function resolveClientAddress(
  peer: string | null | undefined,
  forwardedFor: string | null | undefined,
  trust: TrustedProxies,
): string | null {
  const socket = normalizeAddress(peer ?? "");
  if (!socket) return null;
  if (trust.kind === "none") return socket;

  // Nearest first: the peer, then X-Forwarded-For from right to left.
  const chain = [socket];
  for (const entry of (forwardedFor ?? "").split(",").reverse()) {
    if (!entry.trim()) continue;
    const address = normalizeAddress(entry);
    // Garbage reported by a trusted hop: the last address we can stand behind is that hop.
    if (!address) break;
    chain.push(address);
  }
  if (trust.kind === "hops") return chain[Math.min(trust.count, chain.length - 1)] ?? socket;
  let i = 0;
  while (i < chain.length - 1 && isTrusted(trust.addresses, chain[i] ?? "")) i++;
  return chain[i] ?? socket;
}

function isTrusted(list: BlockList, address: string): boolean {
  return list.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
}

/**
 * A bare IP address, or null: IPv4-mapped IPv6 (`::ffff:10.0.0.1`, how a dual-stack
 * socket reports IPv4 peers) becomes IPv4; brackets and an IPv4 port are dropped
 * (some proxies write `1.2.3.4:5678`).
 */
export function normalizeAddress(raw: string): string | null {
  let address = raw.trim();
  if (address.startsWith("["))
    address = address.slice(1, address.indexOf("]") === -1 ? undefined : address.indexOf("]"));
  if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped?.[1]) address = mapped[1];
  return isIP(address) === 0 ? null : address.toLowerCase();
}
