/** What the web app is given to work with: the store, access rules, the upload runner, metrics. */
import type { Store } from '../store/store.js';
import type { AccessOptions } from './access.js';
import type { WebMetrics } from './metrics.js';
import type { Uploader } from './upload-runner.js';

export interface WebDeps {
  store: Store;
  access: AccessOptions;
  metrics: WebMetrics;
  /** null: uploads are turned off */
  uploader: Uploader | null;
  /** Redis URL: health checks it and administrators get the queue dashboard */
  redisUrl?: string;
  queuePrefix?: string;
}
