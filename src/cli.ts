/**
 * The protokoll command line. Each command lives in its own module and registers itself here;
 * the modules are the edges of the program (files, Redis, databases), the stages stay pure.
 */
import { Command } from 'commander';
import { registerExtract } from './cli/extract.js';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('protokoll')
    .description('Swedish meeting minutes (protokoll, minnesanteckningar) to searchable, followable JSON records')
    .showHelpAfterError();
  registerExtract(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  await buildProgram().parseAsync(argv);
}
