/**
 * mammoth's messages, kept only where they tell the user that content went missing, and said in
 * plain words. Unknown style names are not worth telling (the text is read as plain paragraphs),
 * and pictures are skipped on purpose.
 */
const NOT_WORTH_TELLING = [/^Unrecognised (paragraph|run|table|numbering) style/i, /image/i, /^Did not understand this style mapping/i];

export function plainWarnings(messages: { type: string; message: string }[]): string[] {
  const out = new Set<string>();
  for (const { message } of messages) {
    const first = message.split('\n')[0]!.trim();
    if (NOT_WORTH_TELLING.some((re) => re.test(first))) continue;
    const element = /^An unrecognised element was ignored: (.+)$/.exec(first);
    if (element) out.add(`Some content of the Word document was skipped (an element the reader does not know: ${element[1]}).`);
    else if (/^A w:sym element/.test(first)) out.add('A symbol character in the Word document could not be read and was left out.');
    else out.add(`The Word reader noticed: ${first}`);
  }
  return [...out];
}
