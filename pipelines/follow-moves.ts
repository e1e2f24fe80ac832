/**
 * Keeps records pointing to where their files are now while a pipeline runs: whenever the
 * registry learns of a moved, renamed or dropped path, the records folder's records are brought
 * in line (src/store/relocate.ts). Runs one at a time; changes during a run ask for one more.
 */
import type { Registry } from '../src/registry/registry.js';
import { storeFor } from '../src/store/hook.js';
import { followMoves } from '../src/store/relocate.js';

export class MoveFollower {
  private running: Promise<void> | null = null;
  private again = false;

  constructor(private readonly recordsDir: string, private readonly registry: Registry) {
    registry.onPathsChanged = () => this.schedule();
  }

  private schedule(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          await followMoves(await storeFor(this.recordsDir), this.registry.currentPaths());
        } catch (error) {
          // the records keep their old path until the next store command or run follows the move
          process.stderr.write(`records in ${this.recordsDir} could not be updated to where their files are now: ${error instanceof Error ? error.message : String(error)}\n`);
        }
      } while (this.again);
    })().finally(() => {
      this.running = null;
    });
  }

  /** Resolves when no update is running or asked for. */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  stop(): void {
    this.registry.onPathsChanged = null;
  }
}
