// pdf.js's parsing half ships without declarations; protokoll only loads it (src/read/pdf/pdfjs.ts).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
