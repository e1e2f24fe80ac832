/**
 * The web app's Prometheus metrics, in the registry every protokoll service shares
 * (src/observe/metrics.ts): documents processed and failed, extraction time and queue depth under
 * the same names as the workers', watcher's and scheduler's, plus the web's own request and
 * search times. GET /metrics serves the registry in text format.
 */
import { Histogram, type Registry } from 'prom-client';
import { Metrics, type QueueDepths } from '../observe/metrics.js';

export interface WebMetrics {
  registry: Registry;
  observeRequest(route: string, method: string, status: number, seconds: number): void;
  observeSearch(seconds: number): void;
  /** an upload's outcome; a queued one is counted by the worker that processes it */
  documentDone(outcome: 'processed' | 'failed' | 'unchanged' | 'queued', seconds: number): void;
  /** where queue depths come from (with Redis), asked at each scrape */
  countQueuesWith(depths: () => Promise<QueueDepths>): void;
}

export function createWebMetrics(shared = new Metrics()): WebMetrics {
  const registry = shared.registry;
  const requests = new Histogram({
    name: 'protokoll_web_request_duration_seconds', help: 'Time to answer a web request, by route',
    labelNames: ['route', 'method', 'status'], buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.15, 0.25, 0.5, 1, 2.5, 5], registers: [registry],
  });
  const searches = new Histogram({ name: 'protokoll_search_duration_seconds', help: 'Time to search the store', buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1], registers: [registry] });
  return {
    registry,
    observeRequest: (route, method, status, seconds) => requests.observe({ route, method, status: String(status) }, seconds),
    observeSearch: (seconds) => searches.observe(seconds),
    documentDone: (outcome, seconds) => {
      if (outcome === 'queued') return;
      shared.observe(outcome, outcome === 'unchanged' ? undefined : seconds);
    },
    countQueuesWith: (depths) => shared.countQueuesWith(depths),
  };
}
