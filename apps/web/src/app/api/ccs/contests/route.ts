import { listCcsContests } from "@arbiter/core/contests";
import { authenticateRequest } from "@/server/auth";
import { getDb } from "@/server/context";
import { handle } from "@/server/http";

export const dynamic = "force-dynamic";

/** CCS `contests`: every contest the caller may see. */
export async function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    return Response.json(await listCcsContests(getDb(), user), { headers: { "cache-control": "no-store" } });
  });
}
