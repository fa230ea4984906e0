import type Docker from "dockerode";
import type { CheckerConfig } from "@arbiter/shared";
import type { CheckResult, OutputChecker } from "./checkResult";
import { openCustomChecker, type CustomCheckerOptions } from "./customChecker";
import { checkDefault } from "./defaultChecker";

/**
 * The output checker a problem's checker config asks for. The default checker runs on
 * the host and holds nothing; testlib checkers and ICPC validators get their own
 * sandbox, compiled once (see openCustomChecker: it throws CheckerError when the
 * checker does not compile). Open one per judging, check every test, then `close()`.
 */
export async function createChecker(
  docker: Docker,
  config: CheckerConfig,
  options: CustomCheckerOptions,
): Promise<OutputChecker> {
  if (config.kind !== "default") return openCustomChecker(docker, config, options);
  return {
    check: async (_input: Buffer, output: Buffer, answer: Buffer): Promise<CheckResult> =>
      checkDefault(config, output, answer),
    close: async () => undefined,
  };
}
