/**
 * Failed logins slow guessing down: after 5 failures for a user name, or 20 from one address,
 * within 15 minutes, further tries are refused until the window has passed. Kept in memory: a
 * restart forgets it, which costs a guesser a restart of our server, not us anything.
 */
const WINDOW_MS = 15 * 60_000;
const PER_NAME = 5;
const PER_ADDRESS = 20;

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  /** true when another try for this name from this address must wait */
  blocked(name: string, address: string, now = Date.now()): boolean {
    return this.recent(`u:${name.toLowerCase()}`, now).length >= PER_NAME || this.recent(`a:${address}`, now).length >= PER_ADDRESS;
  }

  failed(name: string, address: string, now = Date.now()): void {
    for (const key of [`u:${name.toLowerCase()}`, `a:${address}`]) this.failures.set(key, [...this.recent(key, now), now]);
    // bound the memory a flood of made-up names could take
    if (this.failures.size > 10_000) this.failures.delete(this.failures.keys().next().value!);
  }

  succeeded(name: string): void {
    this.failures.delete(`u:${name.toLowerCase()}`);
  }
}
