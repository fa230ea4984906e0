import type { PrismaClient } from "@arbiter/db/client";
import { LANGUAGE_IDS, LANGUAGES, type LanguageView } from "@arbiter/shared";

/** Languages whose sandbox image a worker has verified, in the language table's order. */
export async function listLanguages(db: PrismaClient): Promise<LanguageView[]> {
  const runtimes = new Map((await db.runtime.findMany()).map((r) => [r.language, r]));
  return LANGUAGE_IDS.flatMap((id) => {
    const runtime = runtimes.get(id);
    return runtime ? [{ id, name: LANGUAGES[id].name, version: runtime.version }] : [];
  });
}
