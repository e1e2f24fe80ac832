import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCX_MAX_UNCOMPRESSED_BYTES, readDocx } from '../../src/read/docx.js';
import { docx, p, run, zip } from './docx-fixture.js';
import { documentErrorOf } from '../support/errors.js';


describe('readDocx: files that are not readable Word documents', () => {
  it('refuses a zip without word/document.xml as not-a-docx', async () => {
    const e = await documentErrorOf(readDocx(zip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' }, { name: 'content.xml', data: '<x/>' }])));
    expect(e.code).toBe('not-a-docx');
    expect(e.message).toMatch(/not a Word document/);
  });

  it('reports a cut-off zip as corrupt', async () => {
    const whole = docx({ body: p(run('Text')) });
    const e = await documentErrorOf(readDocx(whole.subarray(0, whole.length - 40)));
    expect(e.code).toBe('corrupt');
  });

  it('reports a zip whose document part is garbage as corrupt', async () => {
    // a two-byte "XML" document: mammoth cannot parse it
    const e = await documentErrorOf(readDocx(docx({ body: '', extraParts: [{ name: 'word/document.xml', data: Buffer.from([0xde, 0xad]), store: true }] })));
    expect(e.code).toBe('corrupt');
  });

  it('has a 200 MiB default limit', () => {
    expect(DOCX_MAX_UNCOMPRESSED_BYTES).toBe(200 * 1024 * 1024);
  });
});

describe('readDocx: hostile archives are refused before mammoth unpacks them', () => {
  const bigText = 'Annika informerar. '.repeat(20_000); // ~380 kB of text, deflates to almost nothing

  it('refuses when word/document.xml declares more than the limit', async () => {
    const bytes = docx({ body: p(run('Kort text')) });
    const lying = docx({
      body: '',
      extraParts: [{ name: 'word/document.xml', data: `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>`, declaredSize: 300 * 1024 * 1024 }],
    });
    expect((await readDocx(bytes)).blocks.map((b) => b.text)).toEqual(['Kort text']);
    const e = await documentErrorOf(readDocx(lying));
    expect(e.code).toBe('too-large');
    expect(e.message).toMatch(/200 MiB/);
  });

  it('refuses when all parts together declare more than the limit (limit given as an option)', async () => {
    const bytes = docx({ body: p(run('Kort text')), extraParts: [{ name: 'word/media/bild.png', data: Buffer.alloc(10), declaredSize: 5_000_000 }] });
    const e = await documentErrorOf(readDocx(bytes, { maxUncompressedBytes: 1_000_000 }));
    expect(e.code).toBe('too-large');
    expect((await readDocx(bytes, { maxUncompressedBytes: 10_000_000 })).blocks).toHaveLength(1);
  });

  it('refuses a part that unpacks to more than it declared', async () => {
    const body = p(run(bigText));
    const honest = docx({ body });
    const forged = docx({
      body: '',
      extraParts: [
        {
          name: 'word/document.xml',
          data: `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
          declaredSize: 1000,
        },
      ],
    });
    expect(honest.length).toBeLessThan(10_000);
    expect((await readDocx(honest, { maxUncompressedBytes: 1_000_000 })).blocks[0]!.text.length).toBeGreaterThan(300_000);
    const e = await documentErrorOf(readDocx(forged, { maxUncompressedBytes: 100_000 }));
    expect(e.code).toBe('too-large');
  });
});

describe('readDocx: XML external entities', () => {
  let server: http.Server;
  let hits = 0;
  let url = '';

  beforeAll(async () => {
    server = http.createServer((_req, res) => {
      hits++;
      res.end('FETCHED-SECRET');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/entity`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const doctype = (): string => `<!DOCTYPE w:document [<!ENTITY remote SYSTEM "${url}"><!ENTITY local SYSTEM "file:///etc/passwd">]>`;

  it('reads a document that declares external entities without fetching anything', async () => {
    const doc = await readDocx(docx({ doctype: doctype(), body: p(run('Före')) + p(run('Nästa stycke')), header: p(run('Rubrik &remote;')) }));
    expect(doc.blocks.map((b) => b.text)).toEqual(['Rubrik &remote;', 'Före', 'Nästa stycke']);
    expect(hits).toBe(0);
  });

  it('refuses, in plain words, a document that uses them, still without fetching or expanding', async () => {
    const e = await documentErrorOf(readDocx(docx({ doctype: doctype(), body: p(run('Före &remote; och &local; efter')) })));
    expect(e.code).toBe('corrupt');
    expect(e.message).toMatch(/entity/);
    expect(e.message).not.toMatch(/FETCHED-SECRET|root:/);
    expect(hits).toBe(0);
  });
});
