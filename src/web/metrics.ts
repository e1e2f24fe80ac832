/**
 * Prometheus metrics of the web app (prom-client): requests and their time, searches, and the
 * documents uploads put through the pipeline. GET /metrics serves the registry in text format.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface WebMetrics {
  registry: Registry;
  observeRequest(route: string, method: string, status: number, seconds: number): void;
  observeSearch(seconds: number): void;
  documentDone(outcome: 'processed' | 'failed' | 'unchanged' | 'queued', seconds: number): void;
  /** set before each scrape: jobs waiting in the queues (with Redis) */
  queueDepth: Gauge;
}

export function createWebMetrics(registry = new Registry()): WebMetrics {
  collectDefaultMetrics({ register: registry, prefix: 'protokoll_web_' });
  const requests = new Histogram({
    name: 'protokoll_web_request_duration_seconds', help: 'Time to answer a web request, by route',
    labelNames: ['route', 'method', 'status'], buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.15, 0.25, 0.5, 1, 2.5, 5], registers: [registry],
  });
  const searches = new Histogram({ name: 'protokoll_search_duration_seconds', help: 'Time to search the store', buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1], registers: [registry] });
  const documents = new Counter({ name: 'protokoll_documents_total', help: 'Documents put through the pipeline from the web app, by outcome', labelNames: ['outcome'], registers: [registry] });
  const extraction = new Histogram({ name: 'protokoll_extraction_duration_seconds', help: 'Time from upload to record (read, extract, store)', buckets: [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120], registers: [registry] });
  const queueDepth = new Gauge({ name: 'protokoll_queue_depth', help: 'Jobs waiting or running in the protokoll queues (with Redis)', labelNames: ['queue'], registers: [registry] });
  return {
    registry,
    observeRequest: (route, method, status, seconds) => requests.observe({ route, method, status: String(status) }, seconds),
    observeSearch: (seconds) => searches.observe(seconds),
    documentDone: (outcome, seconds) => {
      documents.inc({ outcome });
      if (outcome === 'processed' || outcome === 'failed') extraction.observe(seconds);
    },
    queueDepth,
  };
}
