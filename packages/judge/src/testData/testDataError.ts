/**
 * The host could not provide a test file (store unreachable or damaged, disk full): an
 * infrastructure failure, so the judging ends IE and the job is retried, maybe elsewhere.
 */
export class TestDataError extends Error {
  override readonly name = "TestDataError";
}
