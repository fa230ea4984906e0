import { listProblems } from "@arbiter/core";
import { getDb } from "@/server/context";
import { handle } from "@/server/http";

export const dynamic = "force-dynamic";

/** Every problem with its limits; public. */
export async function GET(): Promise<Response> {
  return handle(async () => Response.json(await listProblems(getDb())));
}
