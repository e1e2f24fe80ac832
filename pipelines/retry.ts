/**
 * The in-process pipelines' retry policy, the same as the queue's: a `DocumentError` is permanent
 * (the same bytes fail the same way) and fails at once; anything else is retried with
 * exponential backoff.
 */
import { isPermanent } from '../src/errors.js';
import { RETRY, backoffDelay } from '../src/queue/config.js';

export async function withRetries<T>(task: () => Promise<T>, attempts: number = RETRY.attempts, baseMs: number = RETRY.backoffMs): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await task();
    } catch (error) {
      if (isPermanent(error) || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, backoffDelay(attempt, baseMs)));
    }
  }
}
