/**
 * Runs an OCR tool: always with an argument array (spawn, never a shell), the document's bytes on
 * its standard input and its output read from its standard output (so no copy of a document is
 * ever written to disk, not even a temporary one a killed thread would leave behind), a time
 * limit after which the process is killed, and one thread (the pipeline already reads one
 * document per core).
 */
import { spawn } from 'node:child_process';

export interface ToolResult {
  stdout: Buffer;
  stderr: string;
}

export class ToolFailure extends Error {
  constructor(
    readonly command: string,
    /** 'missing': not installed; 'timeout': killed at the time limit; 'failed': it said no */
    readonly kind: 'missing' | 'timeout' | 'failed',
    message: string,
  ) {
    super(message);
  }
}

/** More output than any page's picture or text: a tool gone wrong, stopped. */
const MAX_OUTPUT = 256 * 1024 * 1024;

export function runTool(command: string, args: string[], timeoutMs: number, input?: Uint8Array): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { shell: false, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, OMP_THREAD_LIMIT: '1' }, windowsHide: true });
    const out: Buffer[] = [];
    let outBytes = 0;
    let stderr = '';
    let failure: ToolFailure | undefined;
    const stop = (why: ToolFailure) => {
      failure ??= why;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => stop(new ToolFailure(command, 'timeout', `${command} took longer than ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      outBytes += chunk.length;
      if (outBytes > MAX_OUTPUT) stop(new ToolFailure(command, 'failed', `${command} gave more output than any page has`));
      else out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 64 * 1024) stderr += chunk.toString('utf8');
    });
    // a tool that fails before reading all of its input closes the pipe: that is its exit's news
    child.stdin.on('error', () => {});
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(error.code === 'ENOENT' ? new ToolFailure(command, 'missing', `${command} is not installed`) : new ToolFailure(command, 'failed', `${command} could not be started`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (failure) return reject(failure);
      if (code === 0) return resolve({ stdout: Buffer.concat(out), stderr });
      const said = stderr.trim().split('\n').pop() ?? '';
      reject(new ToolFailure(command, 'failed', `${command} failed${said ? `: ${said.slice(0, 200)}` : ''}`));
    });
    child.stdin.end(input ? Buffer.from(input.buffer, input.byteOffset, input.byteLength) : undefined);
  });
}
