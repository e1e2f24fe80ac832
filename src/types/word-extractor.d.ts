// word-extractor (MIT) ships without declarations; the part protokoll uses.
declare module 'word-extractor' {
  interface Extracted { getBody(): string }
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<Extracted>;
  }
}
