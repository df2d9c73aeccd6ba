// Duplicates: identity (one key per paper whatever the URL or version), near-duplicate similarity, the
// index keys the database stores, an in-memory index and the same paper twice on one page.
export { identityKey, sameIdentity, versionOf } from './identity';
export { DuplicateIndex, type DuplicateMatch } from './memory-index';
export { findDuplicatesOnPage, type PageDuplicate, type PagePaper } from './page';
export { type DuplicateSignature, duplicateSignature } from './signature';
export {
  type DupFeatures,
  type DupPaper,
  dupFeatures,
  isNearDuplicate,
  NEAR_DUPLICATE_THRESHOLD,
  similarity,
  textSimilarity,
  titleSimilarity,
} from './similarity';
