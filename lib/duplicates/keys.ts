// The near-duplicate keys a stored paper carries (the `*dupKeys` index): derived from its title and
// abstract only, so they are computed when those change and never depend on other papers.
import type { Paper } from '../paper';
import { duplicateSignature } from './signature';
import { type DupFeatures, dupFeatures } from './similarity';

/** The paper with its keys, and the features they came from (for comparing it with candidates after). */
export function withDupKeysAndFeatures<T extends Pick<Paper, 'title' | 'abstract' | 'dupKeys'>>(
  paper: T,
): { paper: T; features: DupFeatures } {
  const features = dupFeatures(paper);
  return { paper: { ...paper, dupKeys: duplicateSignature(features).bands }, features };
}

/** The row keeps its keys unless the text they come from changed (or it never had any). */
export function keysStillValid(
  row: Pick<Paper, 'title' | 'abstract' | 'dupKeys'>,
  next: Pick<Paper, 'title' | 'abstract'>,
): boolean {
  return !!row.dupKeys && row.title === next.title && row.abstract === next.abstract;
}

/**
 * A row from another library (a merged backup) entering this one's index: keyed now, and its last duplicate
 * check, made against that other library, forgotten.
 */
export function reindexed<T extends Pick<Paper, 'keyedAt' | 'dupCheck'>>(paper: T, now: number): T {
  const { dupCheck: _forgotten, ...rest } = paper;
  return { ...rest, keyedAt: now } as T;
}

/** The paper with its near-duplicate keys. */
export function withDupKeys<T extends Pick<Paper, 'title' | 'abstract' | 'dupKeys'>>(paper: T): T {
  return withDupKeysAndFeatures(paper).paper;
}
