/**
 * Errors that reach users. A `DocumentError` is about one input file and is permanent: reading the
 * same bytes again gives the same failure, so queues fail such a job at once instead of retrying.
 * Its message is one plain sentence that names no internals.
 */
export class DocumentError extends Error {
  override readonly name = 'DocumentError';
  constructor(
    /** short machine-readable reason: "empty", "not-a-docx", "encrypted", "too-large", ... */
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The one-line form a CLI or a log prints: "<file>: <reason>". */
export function describeFailure(file: string, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `${file}: ${reason.split('\n')[0]}`;
}

export function isPermanent(error: unknown): boolean {
  return error instanceof DocumentError;
}
