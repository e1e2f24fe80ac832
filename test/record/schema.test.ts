import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/pipeline.js';
import { documentText } from '../../src/model/document.js';
import { readDocument } from '../../src/read/index.js';
import { minutesJsonSchema, validateRecord } from '../../src/record/schema.js';

const committed = JSON.parse(readFileSync('schema/minutes.schema.json', 'utf8'));

describe('the record contract', () => {
  it('schema/minutes.schema.json is the JSON Schema generated from the zod schema (run `npm run schema` when this fails)', () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(minutesJsonSchema())));
  });

  it('every sample record validates against the JSON Schema, and every evidence quote is in the document text', async () => {
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    const validate = ajv.compile(committed);
    let records = 0;
    let quotes = 0;
    for (const format of ['text', 'docx', 'pdf']) {
      for (const name of readdirSync(path.join('samples', format))) {
        const file = path.join('samples', format, name);
        const bytes = readFileSync(file);
        const record = await extractRecord({ path: file, bytes });
        expect(validate(record), `${file}: ${ajv.errorsText(validate.errors)}`).toBe(true);
        const text = documentText(await readDocument(bytes, record.source.format));
        for (const item of record.items) {
          for (const task of [...item.decisions, ...item.actions]) {
            expect(text.includes(task.evidence.quote), `${file}: ${task.evidence.quote}`).toBe(true);
            quotes += 1;
          }
        }
        expect(record.id).toBe(record.source.sha256.slice(0, 16));
        records += 1;
      }
    }
    expect(records).toBe(15);
    expect(quotes).toBeGreaterThan(100);
  });

  it('a record that breaks the contract is refused with the field named', async () => {
    const file = 'samples/text/000_7b52d196786977c7.txt';
    const record = await extractRecord({ path: file, bytes: readFileSync(file) });
    expect(validateRecord(record)).toEqual(record);
    // the one problem, named by its path ("Invalid …" alone must not pass for the field name)
    expect(() => validateRecord({ ...record, id: 'nothex' })).toThrow(/^the record does not match the contract: id: [^;]*$/);
    const [first, ...rest] = record.items;
    if (!first) throw new Error(`${file} has no items`);
    expect(() => validateRecord({ ...record, items: [{ ...first, ordinal: 0 }, ...rest] })).toThrow(/^the record does not match the contract: items\.0\.ordinal: [^;]*$/);
  });
});
