/** Whether a path lies inside a folder (or is the folder), by their names alone. */
import path from 'node:path';

export function isInside(file: string, dir: string | undefined): boolean {
  if (!dir) return false;
  const rel = path.relative(dir, file);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}
