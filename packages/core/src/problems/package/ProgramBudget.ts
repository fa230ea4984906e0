import { formatBytes } from "./formatBytes";
import { MAX_PROGRAM_TOTAL_BYTES } from "./packageLimits";
import type { PackageSource } from "./PackageSource";
import { ProblemPackageError } from "./ProblemPackageError";

/**
 * Reads program files (validators, example submissions) while keeping their total
 * within `MAX_PROGRAM_TOTAL_BYTES`: they are held in memory for the whole import.
 */
export class ProgramBudget {
  private used = 0;
  constructor(private readonly source: PackageSource) {}

  async read(rel: string, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
    const size = this.source.entries.get(rel)?.size ?? 0;
    if (this.used + size > MAX_PROGRAM_TOTAL_BYTES) {
      throw new ProblemPackageError(
        `The package's programs (validators and submissions) total more than ${formatBytes(MAX_PROGRAM_TOTAL_BYTES)}`,
      );
    }
    const bytes = await this.source.read(rel, maxBytes);
    this.used += bytes.length;
    return bytes;
  }
}
