/**
 * Stores per-test results in order without making the next test wait for the database:
 * each write starts after the previous one, and `flush` waits for all and rethrows the
 * first failure (a lost result must not become a verdict).
 */
export class OrderedWrites {
  private tail: Promise<void> = Promise.resolve();
  private failure: Error | null = null;

  push(write: () => Promise<void>): void {
    this.tail = this.tail.then(async () => {
      if (this.failure !== null) return;
      try {
        await write();
      } catch (error) {
        this.failure = error instanceof Error ? error : new Error(String(error));
      }
    });
  }

  async flush(): Promise<void> {
    await this.tail;
    if (this.failure !== null) throw this.failure;
  }
}
