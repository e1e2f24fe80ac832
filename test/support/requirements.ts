/**
 * What a test file needs from the machine (a program, a service), said in one place. Where it is
 * missing, the tests that need it are skipped with one line saying what and why, except in CI
 * (CI=true), where a missing requirement fails the run: CI installs everything the suite uses
 * (.ci/run), so a skip there would hide a broken install, not a machine without the tool.
 */
const said = new Set<string>();

/**
 * `available`: whether it is here; `what`: the requirement in words, with how to get it.
 * Returns `available`, for `describe.runIf`.
 */
export function requirement(available: boolean, what: string, options: { optionalInCi?: boolean } = {}): boolean {
  if (available) return true;
  if (process.env.CI === 'true' && !options.optionalInCi) throw new Error(`CI requires ${what}, and it is missing on this machine (.ci/run installs it)`);
  if (!said.has(what)) {
    said.add(what);
    console.log(`skipped: tests that need ${what} (not available here)`);
  }
  return false;
}
