import { z } from "zod";
import { languageIdSchema } from "./languages";

/**
 * How a problem's output is checked. Stored as JSON on the problem; every reader
 * parses it with this schema.
 * - default: the ICPC default output validator's rules — tokens separated by any
 *   whitespace, optionally case-insensitive, exact whitespace, and numbers within an
 *   absolute or relative tolerance.
 * - testlib: a testlib-style checker `checker <input> <output> <answer>`, exit 0 = AC,
 *   1 = WA, 2 = presentation error (WA), 3 = checker failure (IE), 7 = partial points.
 * - icpc: an ICPC output validator `validator <input> <answer> <feedback_dir> [flags] < output`,
 *   exit 42 = AC, 43 = WA, anything else = IE. For interactive problems it is the interactor.
 */
export const checkerConfigSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("default"),
    caseSensitive: z.boolean().default(true),
    spaceChangeSensitive: z.boolean().default(false),
    floatAbsoluteTolerance: z.number().nonnegative().optional(),
    floatRelativeTolerance: z.number().nonnegative().optional(),
  }),
  z.object({ kind: z.literal("testlib"), language: languageIdSchema, source: z.string().min(1) }),
  z.object({
    kind: z.literal("icpc"),
    language: languageIdSchema,
    source: z.string().min(1),
    flags: z.array(z.string()).default([]),
  }),
]);
export type CheckerConfig = z.infer<typeof checkerConfigSchema>;
export type DefaultCheckerConfig = Extract<CheckerConfig, { kind: "default" }>;

export const SCORING_MODES = ["icpc", "ioi", "homework"] as const;
export const scoringSchema = z.enum(SCORING_MODES);
export type ScoringMode = z.infer<typeof scoringSchema>;
