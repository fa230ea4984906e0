/**
 * Live streams one user may hold open on this web process. Each holds a Redis
 * connection, so a runaway script (or a hundred tabs) must not exhaust them; a
 * person following a few submissions never gets near this.
 */
export const MAX_STREAMS_PER_USER = 12;

const open = new Map<string, number>();

/** Takes a slot for `userId`; false when they already hold `MAX_STREAMS_PER_USER`. */
export function reserveStream(userId: string): boolean {
  const count = open.get(userId) ?? 0;
  if (count >= MAX_STREAMS_PER_USER) return false;
  open.set(userId, count + 1);
  return true;
}

/** Gives back a slot taken by `reserveStream`. */
export function releaseStream(userId: string): void {
  const count = (open.get(userId) ?? 1) - 1;
  if (count <= 0) open.delete(userId);
  else open.set(userId, count);
}
