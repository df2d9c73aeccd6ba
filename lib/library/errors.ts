// Turns what IndexedDB, Dexie and our own checks throw into a message a reader can act on.
import { InvalidRowError } from '../db';
import type { MessageError } from '../messages';
import { UnknownPaperError } from './edits';

const UNAVAILABLE = new Set([
  'OpenFailedError',
  'MissingAPIError',
  'DatabaseClosedError',
  'InvalidStateError',
  'VersionError',
  'UnknownError',
  'SecurityError',
]);

function innerName(error: unknown): string {
  if (!(error instanceof Error)) return '';
  const inner = (error as Error & { inner?: unknown }).inner;
  return inner instanceof Error ? inner.name : '';
}

export function classifyError(error: unknown): MessageError {
  const name = error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof UnknownPaperError) return { code: 'not-found', message: detail };
  if (error instanceof InvalidRowError) return { code: 'invalid-request', message: detail };
  if (name === 'QuotaExceededError' || innerName(error) === 'QuotaExceededError') {
    return {
      code: 'storage-full',
      message: 'Your disk or browser storage is full: Margin could not save this change. Free some space and retry.',
    };
  }
  if (UNAVAILABLE.has(name) || UNAVAILABLE.has(innerName(error))) {
    return {
      code: 'storage-unavailable',
      message: `Margin cannot open its library here (${detail}). Private windows may block storage; nothing was saved.`,
    };
  }
  return { code: 'internal', message: detail || 'Unexpected error' };
}
