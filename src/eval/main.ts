/**
 * npm run eval [-- --samples DIR] [--gold DIR] [--verbose] [--json]
 * Extracts the minutes in DIR/text, DIR/docx and DIR/pdf with the pipeline and scores each format
 * against the gold files (DIR/gold unless --gold) named after its minutes. Exit 0 when it ran,
 * whatever the scores; 2 for bad arguments or a folder that is not there.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { renderReport, reportJson } from './report.js';
import { evaluateSet } from './run.js';

const USAGE = `Usage: npm run eval -- [--samples DIR] [--gold DIR] [--verbose] [--json]
  --samples DIR  a set of minutes: DIR/text, DIR/docx, DIR/pdf (default: samples)
  --gold DIR     the gold files (default: DIR/gold)
  --verbose      every miss and false positive, file by file
  --json         one JSON object, by format
`;

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        samples: { type: 'string', default: 'samples' },
        gold: { type: 'string' },
        verbose: { type: 'boolean', short: 'v', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const samples = values.samples;
  const gold = values.gold ?? `${samples}/gold`;
  for (const dir of [samples, gold]) {
    if (!existsSync(dir)) {
      process.stderr.write(`eval: no folder "${dir}"\n${USAGE}`);
      return 2;
    }
  }
  const formats = await evaluateSet(samples, gold);
  process.stdout.write(values.json ? `${JSON.stringify(reportJson(formats, values.verbose), null, 2)}\n` : renderReport(formats, values.verbose));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
