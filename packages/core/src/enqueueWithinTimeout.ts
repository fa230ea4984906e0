/** How long a request waits for Redis before leaving the job to the reconciler, in ms. */
const ENQUEUE_TIMEOUT_MS = 3000;

/**
 * True when the enqueue finished in time; false on timeout or error. The row is already
 * stored by then, so a slow or absent Redis costs the person a few seconds at most and
 * the worker's reconciler enqueues the job later.
 */
export async function enqueueWithinTimeout(enqueue: Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ENQUEUE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([enqueue.then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
