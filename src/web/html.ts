/**
 * HTML built from template strings where every interpolated value is escaped unless it is already
 * Html: text from records and queries is hostile, and forgetting to escape must not be possible.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1]!;
  });
  return new Html(out);
}

/** Text with «marked» words (search snippets) as <mark>, everything else escaped. */
export function marked(text: string, open = '«', close = '»'): Html {
  let out = '';
  let rest = text;
  for (;;) {
    const start = rest.indexOf(open);
    const end = start < 0 ? -1 : rest.indexOf(close, start + open.length);
    if (start < 0 || end < 0) break;
    out += escapeHtml(rest.slice(0, start)) + '<mark>' + escapeHtml(rest.slice(start + open.length, end)) + '</mark>';
    rest = rest.slice(end + close.length);
  }
  return new Html(out + escapeHtml(rest));
}

/** A query string from the values that are set, for links that keep the filters. */
export function queryString(values: Record<string, string | number | boolean | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== null && v !== '' && v !== false) params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}
