/**
 * A read-only map from words to short strings held in two typed arrays, so that it can be written
 * to a file once (at build time) and used straight from the file's bytes: nothing is parsed and
 * no string or map entry is made when it is loaded, only when a word is looked up.
 *
 * `units` holds every entry as UTF-16 code units, [key length, key, value length, value];
 * `slots` is an open-addressing hash table (linear probing, a power of two long, at most about
 * two thirds full) of entry offsets plus one, 0 for an empty slot. Keys are compared code unit by code
 * unit, so a lookup answers exactly as a `Map<string, string>` of the same entries would.
 */
export class WordTable {
  private readonly mask: number;

  constructor(
    readonly units: Uint16Array,
    readonly slots: Uint32Array,
  ) {
    if (slots.length === 0 || (slots.length & (slots.length - 1)) !== 0) throw new Error('a word table needs a power-of-two number of slots');
    this.mask = slots.length - 1;
  }

  /** The table of these entries (keys and values under 65,536 code units). */
  static build(entries: Iterable<readonly [string, string]>): WordTable {
    const list = [...entries];
    let size = 1;
    while (size < list.length * 1.5) size *= 2;
    const units = new Uint16Array(list.reduce((n, [k, v]) => n + k.length + v.length + 2, 0));
    const slots = new Uint32Array(size);
    const mask = size - 1;
    let at = 0;
    for (const [key, value] of list) {
      if (key.length > 0xffff || value.length > 0xffff) throw new Error(`a word table entry is too long: ${key.slice(0, 40)}`);
      let slot = hash(key) & mask;
      while (slots[slot] !== 0) {
        if (keyAt(units, slots[slot]! - 1, key)) throw new Error(`a word table key occurs twice: ${key}`);
        slot = (slot + 1) & mask;
      }
      slots[slot] = at + 1;
      units[at++] = key.length;
      for (let i = 0; i < key.length; i++) units[at++] = key.charCodeAt(i);
      units[at++] = value.length;
      for (let i = 0; i < value.length; i++) units[at++] = value.charCodeAt(i);
    }
    return new WordTable(units, slots);
  }

  /** The offset of the key's entry in `units`, or -1. */
  private find(key: string): number {
    const { units, slots, mask } = this;
    for (let slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]!;
      if (entry === 0) return -1;
      if (keyAt(units, entry - 1, key)) return entry - 1;
    }
  }

  /** Every entry, in the order they were built. */
  *entries(): Generator<[string, string]> {
    const { units } = this;
    for (let at = 0; at < units.length; ) {
      const key = String.fromCharCode(...units.subarray(at + 1, at + 1 + units[at]!));
      at += 1 + units[at]!;
      const value = String.fromCharCode(...units.subarray(at + 1, at + 1 + units[at]!));
      at += 1 + units[at]!;
      yield [key, value];
    }
  }

  has(key: string): boolean {
    return this.find(key) >= 0;
  }

  get(key: string): string | undefined {
    const at = this.find(key);
    if (at < 0) return undefined;
    const { units } = this;
    const start = at + 1 + units[at]!;
    return String.fromCharCode(...units.subarray(start + 1, start + 1 + units[start]!));
  }
}

/** FNV-1a over the UTF-16 code units. */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function keyAt(units: Uint16Array, at: number, key: string): boolean {
  if (units[at] !== key.length) return false;
  for (let i = 0; i < key.length; i++) if (units[at + 1 + i] !== key.charCodeAt(i)) return false;
  return true;
}

const MAGIC = 'PKWORDS1';
/** typed arrays are read in the machine's byte order; a file written in the other one is not used */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

interface Section {
  units: [offset: number, length: number];
  slots: [offset: number, length: number];
}

/**
 * Word tables and a description (any JSON: what they were made from) as one file's bytes:
 * "PKWORDS1", the JSON header's byte length (uint32), the header, then each table's arrays,
 * 4-byte aligned, so that they are read in place.
 */
export function packWordTables(about: unknown, tables: Record<string, WordTable>): Buffer {
  const names = Object.keys(tables);
  const sections: Record<string, Section> = {};
  // the header's length decides where the arrays start: lay them out after a header of the final size
  const layout = (start: number) => {
    let at = start;
    for (const name of names) {
      const { units, slots } = tables[name]!;
      sections[name] = { units: [at, units.length], slots: [0, slots.length] };
      at = align(at + units.byteLength);
      sections[name]!.slots[0] = at;
      at += slots.byteLength;
    }
    return at;
  };
  let header = '';
  let start = 0;
  for (;;) {
    layout(start);
    header = JSON.stringify({ littleEndian: LITTLE_ENDIAN, about, sections });
    const next = align(MAGIC.length + 4 + Buffer.byteLength(header));
    if (next === start) break;
    start = next;
  }
  const out = Buffer.alloc(layout(start));
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(Buffer.byteLength(header), MAGIC.length);
  out.write(header, MAGIC.length + 4, 'utf8');
  for (const name of names) {
    const { units, slots } = tables[name]!;
    Buffer.from(units.buffer, units.byteOffset, units.byteLength).copy(out, sections[name]!.units[0]);
    Buffer.from(slots.buffer, slots.byteOffset, slots.byteLength).copy(out, sections[name]!.slots[0]);
  }
  return out;
}

/** The description and the tables of `packWordTables`' bytes, read in place; null when the bytes are not such a file. */
export function unpackWordTables(bytes: Uint8Array): { about: unknown; tables: Record<string, WordTable> } | null {
  if (bytes.length < MAGIC.length + 4 || Buffer.from(bytes.buffer, bytes.byteOffset, MAGIC.length).toString('latin1') !== MAGIC) return null;
  // the arrays are views of the bytes: they must start on a 4-byte boundary of their buffer
  if (bytes.byteOffset % 4 !== 0) bytes = new Uint8Array(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(MAGIC.length, true);
  const header = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + MAGIC.length + 4, length).toString('utf8')) as { littleEndian: boolean; about: unknown; sections: Record<string, Section> };
  if (header.littleEndian !== LITTLE_ENDIAN) return null;
  const tables: Record<string, WordTable> = {};
  for (const [name, { units, slots }] of Object.entries(header.sections)) {
    if (units[0] + units[1] * 2 > bytes.length || slots[0] + slots[1] * 4 > bytes.length) return null;
    tables[name] = new WordTable(new Uint16Array(bytes.buffer, bytes.byteOffset + units[0], units[1]), new Uint32Array(bytes.buffer, bytes.byteOffset + slots[0], slots[1]));
  }
  return { about: header.about, tables };
}

const align = (n: number) => (n + 3) & ~3;
