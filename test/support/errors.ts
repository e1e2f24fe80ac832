import { expect } from 'vitest';
import { DocumentError } from '../../src/errors.js';

/** The DocumentError a read or an extraction fails with; the test fails when it succeeds or fails otherwise. */
export async function documentErrorOf(promise: Promise<unknown>): Promise<DocumentError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentError);
    return error as DocumentError;
  }
  throw new Error('expected a DocumentError');
}
