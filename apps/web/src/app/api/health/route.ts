import { getDb } from "@/server/context";

export const dynamic = "force-dynamic";

/** Liveness + database reachability; scripts poll it to wait for start-up. */
export async function GET(): Promise<Response> {
  try {
    await getDb().$queryRaw`SELECT 1`;
    return Response.json({ ok: true }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    console.error("[web] health check: database unreachable:", error);
    return Response.json(
      { ok: false, error: { code: "unavailable", message: "Database unreachable." } },
      { status: 503 },
    );
  }
}
