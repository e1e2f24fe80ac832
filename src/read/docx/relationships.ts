/** OPC relationship parts (`_rels/*.rels`): which id points at which part. */
import path from 'node:path/posix';
import { xmlTokens } from './xml-tokens.js';

export interface Relationship {
  id: string;
  type: string;
  target: string;
  /** TargetMode="External": a URL outside the package, never opened */
  external: boolean;
}

export function relationshipTargets(relsXml: string): Relationship[] {
  const out: Relationship[] = [];
  for (const token of xmlTokens(relsXml)) {
    if (token.kind !== 'open' || localName(token.name) !== 'Relationship') continue;
    const { Id, Type, Target, TargetMode } = token.attrs;
    if (Id && Target) out.push({ id: Id, type: Type ?? '', target: Target, external: TargetMode === 'External' });
  }
  return out;
}

/** The rels part that belongs to a part: "word/document.xml" -> "word/_rels/document.xml.rels". */
export function relsPartFor(part: string): string {
  return path.join(path.dirname(part), '_rels', `${path.basename(part)}.rels`);
}

/** A relationship target as a zip path: relative to the source part's folder, or absolute from the root. */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith('/')) return path.normalize(target.slice(1));
  return path.normalize(path.join(path.dirname(sourcePart), target));
}

export function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}
