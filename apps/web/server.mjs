// The production web server: the built Next.js app in one process per core.
//
// One `next start` is one Node process, so one core. The app keeps no state of its own
// (sessions in PostgreSQL, rate limits and live events through Redis), so a primary
// process forks WEB_PROCESSES workers (default: the number of cores) that share the
// listening socket; the kernel-side round robin of node:cluster spreads connections
// over them with no proxy in between. WEB_PROCESSES=1 serves from this process alone.
// The "serving on … with N process(es)" line is read by bench:web.
//
//   PORT (3000)  WEB_HOST (all interfaces, IPv4 and IPv6)  WEB_PROCESSES (cores, at most 4)
// (Not HOSTNAME: shells and containers set that to the machine's name.)
//
// Before Next sees a request, this server also
// - writes the socket's peer address on x-arbiter-peer-address (removing any copy the
//   client sent), the only place the app can learn it (route handlers see no socket);
//   src/server/rateLimit.ts reads it, and X-Forwarded-For only through TRUSTED_PROXIES;
// - answers 400 for a URL with a NUL byte (PostgreSQL cannot even compare one) and 413
//   for a Server Action body over Next's 1 MiB limit (Next answers that with a 500),
//   in the API's error shape.
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import next from "next";

const PEER_ADDRESS_HEADER = "x-arbiter-peer-address";
/** Next's default `serverActions.bodySizeLimit`, in bytes. */
const MAX_ACTION_BODY_BYTES = 1024 * 1024;
// Tells src/server/env.ts that the peer header above is ours, not a client's.
process.env.ARBITER_STAMPS_PEER = "1";

const port = Number(process.env.PORT ?? 3000);
const host = process.env.WEB_HOST || undefined;
// Capped by default: each process holds its own database pool (up to 10 connections), and
// PostgreSQL allows 100 in all. Set WEB_PROCESSES to go beyond, with max_connections to match.
const processes = Number(process.env.WEB_PROCESSES ?? Math.min(os.availableParallelism(), 4));
if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT must be a TCP port, got ${port}`);
if (!Number.isInteger(processes) || processes < 1) throw new Error(`WEB_PROCESSES must be 1 or more`);

if (cluster.isPrimary && processes > 1) {
  runPrimary();
} else {
  await serve();
}

function runPrimary() {
  let stopping = false;
  for (let i = 0; i < processes; i++) cluster.fork();
  // A worker that dies (out of memory, a crash in a dependency) is replaced; the others
  // keep serving meanwhile.
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    console.error(`[web] worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    setTimeout(() => cluster.fork(), 1000);
  });
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
    // Exit once every worker has; open SSE streams end with their worker.
    const check = setInterval(() => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    }, 100);
    check.unref();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  console.log(`[web] serving on port ${port}${host ? ` of ${host}` : ""} with ${processes} processes`);
}

async function serve() {
  const app = next({ dev: false, dir: import.meta.dirname, hostname: host ?? "localhost", port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((request, response) => {
    if (refused(request, response)) return;
    void handle(request, response);
  });
  server.listen({ port, host }, () => {
    if (!cluster.isWorker) console.log(`[web] serving on port ${port}${host ? ` of ${host}` : ""} with 1 process`);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  // If the primary dies without telling us, do not serve on as an orphan.
  if (cluster.isWorker) process.on("disconnect", () => process.exit(0));
}

/**
 * Stamps the peer address and answers the requests Next would turn into a 500 (see the
 * top of this file); true when this function answered.
 */
function refused(request, response) {
  delete request.headers[PEER_ADDRESS_HEADER];
  request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";

  const url = request.url ?? "";
  if (url.includes("\0") || /%00/i.test(url)) {
    return refuse(request, response, 400, "bad_request", "The address contains a NUL byte.");
  }
  if (request.method === "POST" && request.headers["next-action"] !== undefined) {
    const length = Number(request.headers["content-length"]);
    // Browsers always send Content-Length with a form or fetch body.
    if (!Number.isFinite(length)) return refuse(request, response, 400, "bad_request", "Send Content-Length.");
    if (length > MAX_ACTION_BODY_BYTES) {
      return refuse(request, response, 413, "payload_too_large", "Request body is larger than 1 MiB.");
    }
  }
  return false;
}

function refuse(request, response, status, code, message) {
  response.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  response.end(JSON.stringify({ error: { code, message } }));
  // Read and drop the body, so a client still sending it gets the answer rather than a
  // reset connection; one that keeps sending for long is cut off.
  request.resume();
  const cutOff = setTimeout(() => request.destroy(), 10_000);
  cutOff.unref();
  request.once("end", () => clearTimeout(cutOff));
  return true;
}
