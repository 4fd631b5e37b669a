/** Reconnect attempts every 100 ms at first, then twice a second: a venue notices Redis's return at once. */
export const redisRetry = (attempt: number): number => Math.min(attempt * 100, 500);
