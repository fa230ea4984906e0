import { LANGUAGE_IDS, LANGUAGES, type LanguageId } from "@arbiter/shared";

/** Starter code per language, from the language table. */
export const STARTER_TEMPLATES = Object.fromEntries(
  LANGUAGE_IDS.map((id) => [id, LANGUAGES[id].starterTemplate]),
) as Record<LanguageId, string>;
