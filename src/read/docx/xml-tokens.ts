/**
 * A small tokenizer for the WordprocessingML parts this reader scans itself (relationships,
 * section properties, page headers). OOXML parts are machine-written, well-formed XML without
 * mixed-in HTML, so tags, text and the five predefined entities are all there is to it.
 * DOCTYPE declarations are skipped and unknown entities are kept as literal text: nothing is
 * ever resolved or fetched.
 */

export type XmlToken =
  | { kind: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return safeCodePoint(parseInt(ref.slice(2), 16)) ?? whole;
    if (ref.startsWith('#')) return safeCodePoint(parseInt(ref.slice(1), 10)) ?? whole;
    return PREDEFINED[ref] ?? whole;
  });
}

function safeCodePoint(n: number): string | null {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : null;
}

const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function* xmlTokens(xml: string): Generator<XmlToken> {
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) {
      yield { kind: 'text', text: decodeEntities(xml.slice(at)) };
      return;
    }
    if (lt > at) yield { kind: 'text', text: decodeEntities(xml.slice(at, lt)) };

    if (xml.startsWith('<!--', lt)) {
      at = endOf(xml, '-->', lt);
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      const stop = end < 0 ? xml.length : end;
      yield { kind: 'text', text: xml.slice(lt + 9, stop) };
      at = end < 0 ? xml.length : end + 3;
    } else if (xml.startsWith('<!', lt)) {
      at = skipDeclaration(xml, lt);
    } else if (xml.startsWith('<?', lt)) {
      at = endOf(xml, '?>', lt);
    } else {
      const gt = tagEnd(xml, lt);
      if (gt < 0) return;
      const body = xml.slice(lt + 1, gt);
      at = gt + 1;
      if (body.startsWith('/')) {
        yield { kind: 'close', name: body.slice(1).trim() };
        continue;
      }
      const selfClosing = body.endsWith('/');
      const inner = selfClosing ? body.slice(0, -1) : body;
      const nameEnd = inner.search(/\s|$/);
      const name = inner.slice(0, nameEnd);
      const attrs: Record<string, string> = {};
      for (const m of inner.slice(nameEnd).matchAll(ATTRIBUTE)) {
        attrs[m[1]!] = decodeEntities(m[2] ?? m[3] ?? '');
      }
      yield { kind: 'open', name, attrs, selfClosing };
    }
  }
}

/** The '>' that closes the tag opened at `from`, skipping any inside quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = '';
  for (let i = from + 1; i < xml.length; i++) {
    const c = xml[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return -1;
}

function endOf(xml: string, terminator: string, from: number): number {
  const end = xml.indexOf(terminator, from);
  return end < 0 ? xml.length : end + terminator.length;
}

/** Skips "<!DOCTYPE ... [ internal subset ] >" including entity declarations in the subset. */
function skipDeclaration(xml: string, from: number): number {
  let depth = 0;
  for (let i = from + 2; i < xml.length; i++) {
    const c = xml[i];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) return i + 1;
  }
  return xml.length;
}
