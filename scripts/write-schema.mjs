#!/usr/bin/env node
// Writes schema/minutes.schema.json from the zod schema in src/record/schema.ts (run `npm run build`
// first). The file is kept in the repository for users of the records; a test fails when it is stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { minutesJsonSchema } from '../dist/src/record/schema.js';

const file = new URL('../schema/minutes.schema.json', import.meta.url);
mkdirSync(new URL('.', file), { recursive: true });
writeFileSync(file, `${JSON.stringify(minutesJsonSchema(), null, 2)}\n`);
console.log(`wrote ${file.pathname}`);
