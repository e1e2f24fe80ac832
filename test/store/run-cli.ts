/** Runs the CLI in this process for tests, capturing output and exit code. */
import { buildProgram } from '../../src/cli.js';

export interface CliRun { code: number; stdout: string; stderr: string }

/** Runs `protokoll <args>` in this process, capturing its output and exit code. */
export async function runCli(args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const write = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
  process.stdout.write = ((chunk: string | Uint8Array) => (out.push(String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => (err.push(String(chunk)), true)) as typeof process.stderr.write;
  process.exitCode = undefined;
  try {
    await buildProgram().exitOverride().parseAsync(['node', 'protokoll', ...args]);
  } finally {
    process.stdout.write = write.out;
    process.stderr.write = write.err;
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  return { code, stdout: out.join(''), stderr: err.join('') };
}
