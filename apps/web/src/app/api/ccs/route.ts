import { ccsApiInfo } from "@arbiter/core/contests";
import { authenticateRequest } from "@/server/auth";
import { handle } from "@/server/http";

export const dynamic = "force-dynamic";

/** The ICPC CCS Contest API's root: which release of the spec we follow. */
export async function GET(request: Request): Promise<Response> {
  return handle(async () => {
    await authenticateRequest(request);
    return Response.json(ccsApiInfo(), { headers: { "cache-control": "no-store" } });
  });
}
