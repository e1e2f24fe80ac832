/** A writable stream that collects what is written, for commands that take their output streams. */
import { PassThrough } from 'node:stream';

export function collector(): { stream: NodeJS.WriteStream; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (d: Buffer) => (text += d.toString()));
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => text };
}
