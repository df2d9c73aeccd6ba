// Timings: training the tag model on 1,000 papers, and near-duplicate look-up against a 100k library.
// Run before anything else builds big object graphs (page parsing), medians of several runs.
import { loadavg } from 'node:os';
import { DuplicateIndex } from '../../lib/duplicates';
import { createTagModel } from '../../lib/topics/learner';
import { matchTopics } from '../../lib/topics/rules';
import { syntheticLibrary } from './synthetic';
import type { Listing } from './variants';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export interface TrainTiming {
  papers: number;
  withAbstract: number;
  tags: number;
  /** Reading the papers into vectors (done once per paper, when it is tagged). */
  addMs: number;
  /** Fitting centroids and calibration. */
  trainMs: number;
  totalMs: number;
  /** One more paper tagged, then the model refitted. */
  incrementalMs: number;
  suggestMs: number;
  /** 1-minute load average when the timing started: other work on the machine slows every figure. */
  load: number;
}

/** The timing run in several separate processes: medians across them, and the range of the from-scratch figure. */
export interface TrainTimings extends TrainTiming {
  processes: number;
  totalMinMs: number;
  totalMaxMs: number;
}

export function acrossProcesses(runs: readonly TrainTiming[]): TrainTimings {
  const first = runs[0];
  if (!first) throw new Error('no timing runs');
  const of = (field: keyof TrainTiming) => median(runs.map((run) => run[field]));
  const totals = runs.map((run) => run.totalMs);
  return {
    ...first,
    addMs: of('addMs'),
    trainMs: of('trainMs'),
    totalMs: of('totalMs'),
    incrementalMs: of('incrementalMs'),
    suggestMs: of('suggestMs'),
    processes: runs.length,
    totalMinMs: Math.min(...totals),
    totalMaxMs: Math.max(...totals),
  };
}

export function timeTraining(corpus: readonly Listing[], runs = 7): TrainTiming {
  const load = loadavg()[0] ?? 0;
  const papers = Array.from({ length: 1000 }, (_, i) => ({ ...(corpus[i % corpus.length] as Listing), id: `p${i}` }));
  // Realistic tags: each paper's two strongest built-in topics.
  const tagged = papers.map((paper) => ({
    paper,
    tags: matchTopics({ ...paper, subjects: [] })
      .slice(0, 2)
      .map((t) => t.name),
  }));
  const add: number[] = [];
  const fit: number[] = [];
  const incremental: number[] = [];
  const suggest: number[] = [];
  for (let run = 0; run < runs + 1; run++) {
    const t0 = performance.now();
    const model = createTagModel();
    for (const { paper, tags } of tagged) model.add(paper, tags);
    const t1 = performance.now();
    model.train();
    const t2 = performance.now();
    model.add({ ...(papers[run] as Listing), id: 'extra' }, ['Extra tag']);
    model.train();
    const t3 = performance.now();
    for (const paper of papers.slice(0, 100)) model.suggest(paper, []);
    const t4 = performance.now();
    if (run === 0) continue; // warm-up
    add.push(t1 - t0);
    fit.push(t2 - t1);
    incremental.push(t3 - t2);
    suggest.push((t4 - t3) / 100);
  }
  return {
    papers: papers.length,
    withAbstract: papers.filter((p) => p.abstract).length,
    tags: new Set(tagged.flatMap((t) => t.tags)).size,
    addMs: median(add),
    trainMs: median(fit),
    totalMs: median(add.map((a, i) => a + (fit[i] as number))),
    incrementalMs: median(incremental),
    suggestMs: median(suggest),
    load,
  };
}

export interface LookupTiming {
  library: number;
  buildMs: number;
  queries: number;
  meanMs: number;
  p95Ms: number;
  meanCandidates: number;
  maxCandidates: number;
}

export function timeLookup(corpus: readonly Listing[], queries: readonly Listing[], size = 100_000): LookupTiming {
  const library = syntheticLibrary(corpus, size, 42);
  const t0 = performance.now();
  const index = new DuplicateIndex<number>();
  for (const [i, paper] of library.entries()) index.add(i, paper);
  const buildMs = performance.now() - t0;
  for (const query of queries.slice(0, 50)) index.find(query);
  const times: number[] = [];
  let candidates = 0;
  let maxCandidates = 0;
  for (const query of queries) {
    const t = performance.now();
    index.find(query);
    times.push(performance.now() - t);
    const n = index.candidates(query).size;
    candidates += n;
    maxCandidates = Math.max(maxCandidates, n);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    library: size,
    buildMs,
    queries: queries.length,
    meanMs: times.reduce((a, b) => a + b, 0) / times.length,
    p95Ms: sorted[Math.floor(sorted.length * 0.95)] as number,
    meanCandidates: candidates / queries.length,
    maxCandidates,
  };
}
