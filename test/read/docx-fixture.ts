/**
 * Builds small, real .docx files for tests: a zip writer (stored or deflated entries, with the
 * option to lie about sizes the way a hostile archive would) and a minimal WordprocessingML
 * package around a body written in plain w: markup.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  data: Buffer | string;
  /** write this as the declared uncompressed size instead of the real one */
  declaredSize?: number;
  store?: boolean;
  /**
   * already deflated content with its crc and true size (a zip bomb's stream is written without
   * ever holding what it unpacks to); `data` is ignored then
   */
  deflated?: { data: Buffer; crc: number; size: number };
}

export function zip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const raw = part.deflated ? null : Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data, 'utf8');
    const data = part.deflated ? part.deflated.data : part.store ? raw! : deflateRawSync(raw!);
    const method = part.store && !part.deflated ? 0 : 8;
    const name = Buffer.from(part.name, 'utf8');
    const crc = part.deflated ? part.deflated.crc : crc32(raw!);
    const size = part.declaredSize ?? (part.deflated ? part.deflated.size : raw!.length);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export interface DocxSpec {
  /** inner XML of w:body (without the final sectPr) */
  body: string;
  /** inner XML of the default header, if any */
  header?: string;
  /** inner XML of the first-page header, if any */
  firstHeader?: string;
  /** sets w:titlePg ("different first page") on the section */
  titlePage?: boolean;
  /** a DOCTYPE to put before w:document (XML entity tests) */
  doctype?: string;
  /** parts added as they are, or replacing generated ones by name */
  extraParts?: ZipPart[];
}

export function docx(spec: DocxSpec): Buffer {
  const rels: string[] = [
    '<Relationship Id="rIdNum" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>',
  ];
  const parts: ZipPart[] = [];
  const sectionRefs: string[] = [];
  if (spec.header !== undefined) {
    rels.push('<Relationship Id="rIdH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>');
    sectionRefs.push('<w:headerReference w:type="default" r:id="rIdH1"/>');
    parts.push({ name: 'word/header1.xml', data: `<?xml version="1.0" encoding="UTF-8"?><w:hdr ${W}>${spec.header}</w:hdr>` });
  }
  if (spec.firstHeader !== undefined) {
    rels.push('<Relationship Id="rIdH2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>');
    sectionRefs.push('<w:headerReference w:type="first" r:id="rIdH2"/>');
    parts.push({ name: 'word/header2.xml', data: `<?xml version="1.0" encoding="UTF-8"?><w:hdr ${W}>${spec.firstHeader}</w:hdr>` });
  }
  const sectPr = `<w:sectPr>${sectionRefs.join('')}<w:pgSz w:w="11906" w:h="16838"/>${spec.titlePage ? '<w:titlePg/>' : ''}</w:sectPr>`;
  const document = `<?xml version="1.0" encoding="UTF-8"?>${spec.doctype ?? ''}<w:document ${W}><w:body>${spec.body}${sectPr}</w:body></w:document>`;

  const generated: ZipPart[] = [
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '</Types>',
    },
    {
      name: '_rels/.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '</Relationships>',
    },
    { name: 'word/document.xml', data: document },
    {
      name: 'word/_rels/document.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
    },
    { name: 'word/numbering.xml', data: NUMBERING },
    ...parts,
  ];
  const extra = spec.extraParts ?? [];
  const names = new Set(extra.map((p) => p.name));
  return zip([...generated.filter((p) => !names.has(p.name)), ...extra]);
}

/** numId 1: bullets on levels 0..2; numId 2: decimal numbering. */
const NUMBERING =
  `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>` +
  '<w:abstractNum w:abstractNumId="0">' +
  [0, 1, 2].map((l) => `<w:lvl w:ilvl="${l}"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>`).join('') +
  '</w:abstractNum>' +
  '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>' +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
  '</w:numbering>';

// small builders for body markup
export const run = (text: string, props = ''): string =>
  `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
export const p = (...runs: string[]): string => `<w:p>${runs.join('')}</w:p>`;
export const styled = (style: string, ...runs: string[]): string => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${runs.join('')}</w:p>`;
export const listItem = (level: number, text: string, numId = 1): string =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>${run(text)}</w:p>`;
export const tab = '<w:r><w:tab/></w:r>';
export const cell = (content: string, props = ''): string => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${content || '<w:p/>'}</w:tc>`;
export const row = (cells: string[], header = false): string =>
  `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.join('')}</w:tr>`;
export const table = (rows: string[]): string => `<w:tbl><w:tblPr/>${rows.join('')}</w:tbl>`;
export const pageField = (instruction: string): string =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instruction} </w:instrText></w:r>` +
  `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('7')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
