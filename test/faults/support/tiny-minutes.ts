/** Many small, distinct minutes files (each its own content, so each its own job and record). */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function writeTinyMinutes(dir: string, count: number, perFolder = 1000): string[] {
  const files: string[] = [];
  for (let n = 0; n < count; n++) {
    const folder = path.join(dir, `del-${String(Math.floor(n / perFolder)).padStart(3, '0')}`);
    if (n % perFolder === 0) mkdirSync(folder, { recursive: true });
    const file = path.join(folder, `mote-${String(n).padStart(5, '0')}.txt`);
    const day = String((n % 28) + 1).padStart(2, '0');
    writeFileSync(
      file,
      `Minnesanteckningar arbetsgrupp ${n}\nDatum: 2025-02-${day}\n\n1. Ärende ${n}\nGruppen beslutar att ärende ${n} ska utredas.\nAnsvarig: Eva Lind\n\n2. Övrigt\nInga övriga frågor.\n`,
    );
    files.push(file);
  }
  return files;
}
