/** Waits a random moment that grows with `attempt`, up to `capMs`. */
export function backoff(attempt: number, capMs = 50): Promise<void> {
  const delayMs = Math.random() * Math.min(capMs, 2 ** attempt);
  return new Promise((resolve) => setTimeout(resolve, delayMs));
}
