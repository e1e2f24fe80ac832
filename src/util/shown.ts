/**
 * File names (and anything else from outside) as they may be shown on a terminal or in a log:
 * control characters escaped, so a name with a newline cannot forge a progress line and an ANSI
 * escape cannot clear the screen. One helper, used wherever a name is printed.
 *
 * Escaped: C0 controls and DEL (`\n`, `\t`, `\x1b` ...), C1 controls (U+0080..U+009F, which some
 * terminals treat as escapes), the bidirectional overrides and isolates (a name that shows one
 * extension and has another), the line and paragraph separators, and lone surrogates (bytes of a
 * name that are not UTF-8, see util/raw-path.ts, shown as `\xE5`). Everything else, å ä ö
 * included, is shown as it is.
 */
import { RAW_BYTE_BASE } from './raw-path.js';

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\\': '\\\\' };

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\\]|[\ud800-\udfff]/gu;

function hex(code: number, width: number): string {
  return code.toString(16).toUpperCase().padStart(width, '0');
}

export function shown(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const named = NAMED[ch];
    if (named) return named;
    const code = ch.charCodeAt(0);
    if (ch.length === 1 && code >= RAW_BYTE_BASE && code <= RAW_BYTE_BASE + 0xff) return `\\x${hex(code - RAW_BYTE_BASE, 2)}`;
    if (code <= 0xff) return `\\x${hex(code, 2)}`;
    return `\\u${hex(code, 4)}`;
  });
}
