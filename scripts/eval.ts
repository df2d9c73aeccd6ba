// `npm run eval`: duplicates (precision / recall on the seeds and their variants, real papers as extra
// negatives, look-up time on a 100k library) and tag suggestions (accuracy on real arXiv listings against
// the majority class and tf-idf + linear SVM), printed and written to docs/evaluation.md.
// Offline; skips with a message where ../shared is absent.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PaperRef } from '../lib/paper';
import { hasShared, SKIP_MESSAGE } from '../tests/shared-fixtures';
import { acrossProcesses, type TrainTiming, timeLookup } from './eval/bench';
import { labelledSet } from './eval/dup-data';
import { evaluateDuplicates } from './eval/dup-eval';
import { readApiPapers, readPage } from './eval/listings';
import { machine } from './eval/machine';
import { consoleReport } from './eval/report';
import { markdownReport } from './eval/report-markdown';
import { readSeeds } from './eval/seeds';
import { evaluateTopics } from './eval/topic-eval';

const SPLITS = 20;
/** Separate processes timing the learner (see scripts/eval/train-timing-process.ts). */
const TIMING_PROCESSES = 5;

function timeTrainingInProcesses(): TrainTiming[] {
  return Array.from({ length: TIMING_PROCESSES }, () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/eval/train-timing-process.ts'], {
      encoding: 'utf8',
    });
    return JSON.parse(out) as TrainTiming;
  });
}

async function main(): Promise<void> {
  if (!hasShared) {
    console.log(`npm run eval: skipped. ${SKIP_MESSAGE}`);
    return;
  }
  const started = performance.now();
  const seeds = readSeeds();
  const api = readApiPapers();
  const step = (what: string) => console.error(`[eval ${((performance.now() - started) / 1000).toFixed(1)}s] ${what}`);

  // Timings first, before page parsing leaves garbage for the collector to trip over.
  step(`timing the learner on 1,000 papers, in ${TIMING_PROCESSES} separate processes`);
  const training = acrossProcesses(timeTrainingInProcesses());
  const textCorpus = [...api, ...seeds].map(({ title, abstract }) => ({ title, abstract }));
  step('timing near-duplicate look-up on a 100k library');
  const all = labelledSet(seeds);
  const lookup = timeLookup(textCorpus, [...all.map((item) => item.paper), ...api.slice(0, 200)]);

  step('reading the fixture pages');
  const pages: Record<string, PaperRef[]> = {
    hfDay: await readPage('hfDay'),
    hfHydrated: await readPage('hfHydrated'),
    arxivNew: await readPage('arxivNew'),
    arxivPastweek: await readPage('arxivPastweek'),
  };
  const fixturePapers = [...api, ...Object.values(pages).flat()].map(({ title, abstract }) => ({ title, abstract }));

  step('duplicates');
  const items = all.filter((item) => item.origin !== 'retitled');
  const retitled = all.filter((item) => item.origin === 'retitled');
  const duplicates = evaluateDuplicates(items, retitled, fixturePapers, seeds, Object.values(pages));

  step('tag suggestions');
  const topics = [
    ...evaluateTopics('cond-mat.mtrl-sci /new (title + abstract)', pages.arxivNew ?? [], [5, 10, 20], SPLITS),
    ...evaluateTopics('astro-ph /pastweek (titles only)', pages.arxivPastweek ?? [], [5, 10, 20], SPLITS),
  ];

  const report = { machine: machine(), duplicates, topics, training, lookup, splits: SPLITS };
  console.log(consoleReport(report));
  const path = resolve(process.cwd(), 'docs/evaluation.md');
  writeFileSync(path, markdownReport(report));
  step(`wrote ${path}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
