/**
 * Runs an OCR tool: always with an argument array (execFile, never a shell), a time limit after
 * which the process is killed, and one thread (the pipeline already reads one document per core).
 */
import { execFile } from 'node:child_process';

export interface ToolResult {
  stdout: string;
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

export function runTool(command: string, args: string[], timeoutMs: number): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      {
        shell: false,
        timeout: timeoutMs,
        killSignal: 'SIGKILL',
        maxBuffer: 64 * 1024 * 1024,
        encoding: 'utf8',
        env: { ...process.env, OMP_THREAD_LIMIT: '1' },
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        if (!error) return resolve({ stdout, stderr });
        const e = error as NodeJS.ErrnoException & { killed?: boolean; signal?: string };
        if (e.code === 'ENOENT') return reject(new ToolFailure(command, 'missing', `${command} is not installed`));
        if (e.killed || e.signal === 'SIGKILL') return reject(new ToolFailure(command, 'timeout', `${command} took longer than ${Math.round(timeoutMs / 1000)} s`));
        const said = String(stderr).trim().split('\n').pop() ?? '';
        reject(new ToolFailure(command, 'failed', `${command} failed${said ? `: ${said.slice(0, 200)}` : ''}`));
      },
    );
  });
}
