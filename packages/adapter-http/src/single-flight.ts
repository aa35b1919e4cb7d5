/**
 * Runs at most one `task` at a time: callers that arrive while it runs share its promise.
 * @example
 * const refreshOnce = createSingleFlight(() => refreshAccessToken());
 * await Promise.all([refreshOnce(), refreshOnce()]); // one refresh
 */
export function createSingleFlight<T>(task: () => Promise<T>): () => Promise<T> {
  let inFlight: Promise<T> | undefined;
  return () => {
    inFlight ??= task().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };
}
