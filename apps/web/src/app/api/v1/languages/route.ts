import { listLanguages } from "@arbiter/core";
import { getDb } from "@/server/context";
import { handle } from "@/server/http";

export const dynamic = "force-dynamic";

/** The installed language runtimes; public. */
export async function GET(): Promise<Response> {
  return handle(async () => Response.json(await listLanguages(getDb())));
}
