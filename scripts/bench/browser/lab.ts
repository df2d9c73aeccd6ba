// Entry of the bundle the benchmark evaluates inside an extension page (scripts/bench/lab.ts bundles it):
// everything it can call there hangs off `globalThis.marginBench`.
import { duplicateLookups } from './duplicates';
import { importTimes } from './import';
import { lookUpStates, messageRoundTrip, popupFirstPage, popupSearch, star, starInStore } from './library-ops';
import { librarySearch } from './library-search';
import { clearLibrary, forgetVisited, populate } from './populate';

export const labApi = {
  populate,
  clearLibrary,
  forgetVisited,
  lookUpStates,
  messageRoundTrip,
  star,
  starInStore,
  popupFirstPage,
  popupSearch,
  librarySearch,
  duplicateLookups,
  importTimes,
};

export type LabApi = typeof labApi;

(globalThis as unknown as { marginBench: LabApi }).marginBench = labApi;
