import { connect } from "node:net";
import type { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import { createRedis } from "./redis";

// The Redis that infra/scripts start (and REDIS_URL names) must want a password: the
// judge queue, rate limits and live events would otherwise be open to any local process.
const connections: Redis[] = [];

afterEach(() => {
  for (const redis of connections.splice(0)) redis.disconnect();
});

function redisUrl(): URL {
  const url = process.env.REDIS_URL;
  if (!url) throw new Error("REDIS_URL is not set: run integration tests through `npm test`");
  return new URL(url);
}

/** Sends raw inline commands, as any client on the machine could, and returns the replies. */
function rawReplies(url: URL, commands: string[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port || 6379), url.hostname);
    let received = "";
    socket.setTimeout(5000, () => socket.destroy(new Error("Redis did not answer")));
    socket.on("error", reject);
    socket.on("data", (chunk) => {
      received += chunk.toString("utf8");
      const replies = received.split("\r\n").filter(Boolean);
      if (replies.length >= commands.length) {
        socket.end();
        resolve(replies);
      }
    });
    socket.write(commands.map((command) => `${command}\r\n`).join(""));
  });
}

describe("the Redis server", () => {
  it("is reached with the password REDIS_URL carries", async () => {
    const url = redisUrl();
    expect(url.password, "REDIS_URL carries no password").not.toBe("");
    const redis = createRedis(url.href);
    connections.push(redis);
    expect(await redis.ping()).toBe("PONG");
  });

  it("refuses a client without the password (NOAUTH)", async () => {
    const [ping, get, keys] = await rawReplies(redisUrl(), ["PING", "GET bull:judge:id", "KEYS *"]);
    expect(ping).toMatch(/^-NOAUTH/);
    expect(get).toMatch(/^-NOAUTH/);
    expect(keys).toMatch(/^-NOAUTH/);
  });

  it("refuses a wrong password", async () => {
    const [auth, ping] = await rawReplies(redisUrl(), ["AUTH not-the-password", "PING"]);
    expect(auth).toMatch(/^-WRONGPASS/);
    expect(ping).toMatch(/^-NOAUTH/);
  });

  it("listens on the loopback interface only when it is the scripts' own server", async () => {
    const url = redisUrl();
    if (url.hostname !== "127.0.0.1" && url.hostname !== "localhost") return;
    const redis = createRedis(url.href);
    connections.push(redis);
    const [, bind] = (await redis.config("GET", "bind")) as [string, string];
    expect(bind.split(" ").every((address) => address === "127.0.0.1" || address === "-::1")).toBe(true);
  });
});
