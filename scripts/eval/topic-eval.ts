// Tag suggestions on real arXiv listings: primary subjects as labels, k labelled papers per subject to
// learn from, accuracy on the rest of the listing; the majority class and tf-idf + linear SVM (the
// arxiv-sanity-lite method) on the very same splits.
import type { PaperRef } from '../../lib/paper';
import { createTagModel } from '../../lib/topics/learner';
import { rng, shuffled } from './rng';
import { fitTfidf, trainSvm } from './svm';

export const SVM_CS = [0.01, 0.1, 1, 10];
/** arxiv-sanity-lite's default C. */
export const SVM_DEFAULT_C = 0.01;

export interface Score {
  accuracy: number;
  sd: number;
  balanced: number;
}

export interface TopicRow {
  dataset: string;
  k: number;
  classes: number;
  test: number;
  majority?: Score;
  svmDefault?: Score;
  svmBest?: Score & { C: number };
  ours?: Score & { confidence: number; ece: number };
  /** Ablation: the same centroids ranked by raw cosine, without the per-tag calibration. */
  oursRaw?: Score;
}

const labelOf = (paper: PaperRef) => paper.subjects[0]?.code ?? '';
const text = (paper: PaperRef) => `${paper.title}\n${paper.abstract ?? ''}`;

function summarize(accuracies: number[], balanced: number[]): Score {
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const m = mean(accuracies);
  return { accuracy: m, sd: Math.sqrt(mean(accuracies.map((a) => (a - m) ** 2))), balanced: mean(balanced) };
}

/** Accuracy and mean per-class recall of predictions on a test set. */
function grade(test: readonly PaperRef[], predict: (paper: PaperRef) => string): [number, number] {
  const perClass = new Map<string, [number, number]>();
  let correct = 0;
  for (const paper of test) {
    const ok = predict(paper) === labelOf(paper);
    if (ok) correct++;
    const entry = perClass.get(labelOf(paper)) ?? [0, 0];
    entry[0] += ok ? 1 : 0;
    entry[1]++;
    perClass.set(labelOf(paper), entry);
  }
  const recalls = [...perClass.values()].map(([hit, all]) => hit / all);
  return [correct / test.length, recalls.reduce((a, b) => a + b, 0) / recalls.length];
}

/** Expected calibration error of top-1 confidences (10 equal-width bins). */
function ece(pairs: readonly [number, boolean][]): number {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, conf: 0, hits: 0 }));
  for (const [confidence, ok] of pairs) {
    const bin = bins[Math.min(9, Math.floor(confidence * 10))] as (typeof bins)[number];
    bin.n++;
    bin.conf += confidence;
    bin.hits += ok ? 1 : 0;
  }
  return bins.reduce((sum, b) => sum + (b.n ? (b.n / pairs.length) * Math.abs(b.conf / b.n - b.hits / b.n) : 0), 0);
}

export function evaluateTopics(dataset: string, papers: readonly PaperRef[], ks: readonly number[], splits: number) {
  const byClass = new Map<string, PaperRef[]>();
  for (const paper of papers) byClass.set(labelOf(paper), [...(byClass.get(labelOf(paper)) ?? []), paper]);
  // Vocabulary and idf over the whole listing, labelled or not, as arxiv-sanity fits on every paper it has.
  const tfidf = fitTfidf(papers.map(text), { minDf: 1, maxDf: 1 });
  const vectors = new Map(papers.map((paper) => [paper, tfidf.transform(text(paper))]));
  const rows: TopicRow[] = [];
  for (const k of ks) {
    const classes = [...byClass]
      .filter(([, list]) => list.length > k)
      .map(([label]) => label)
      .sort();
    if (classes.length < 2) {
      rows.push({ dataset, k, classes: classes.length, test: 0 });
      continue;
    }
    const majority = classes.reduce((a, b) => ((byClass.get(b)?.length ?? 0) > (byClass.get(a)?.length ?? 0) ? b : a));
    const results = {
      majority: [[], []],
      ours: [[], []],
      oursRaw: [[], []],
      ...Object.fromEntries(SVM_CS.map((c) => [`svm${c}`, [[], []]])),
    } as Record<string, [number[], number[]]>;
    const record = (method: string, [accuracy, balanced]: [number, number]) => {
      results[method]?.[0].push(accuracy);
      results[method]?.[1].push(balanced);
    };
    const confidences: [number, boolean][] = [];
    let testSize = 0;
    for (let split = 0; split < splits; split++) {
      const random = rng(1000 * k + split);
      const train: PaperRef[] = [];
      const test: PaperRef[] = [];
      for (const label of classes) {
        const list = shuffled(byClass.get(label) ?? [], random);
        train.push(...list.slice(0, k));
        test.push(...list.slice(k));
      }
      testSize += test.length;
      record(
        'majority',
        grade(test, () => majority),
      );
      const model = createTagModel();
      for (const paper of train) model.add(paper, [labelOf(paper)]);
      record(
        'ours',
        grade(test, (paper) => {
          const [top] = model.scores(paper);
          confidences.push([top?.confidence ?? 0, top?.tag === labelOf(paper)]);
          return top?.tag ?? '';
        }),
      );
      record(
        'oursRaw',
        grade(test, (paper) => model.scores(paper).reduce((a, b) => (b.cosine > a.cosine ? b : a)).tag),
      );
      for (const C of SVM_CS) {
        const svm = trainSvm(
          train.map((paper) => vectors.get(paper) as ReturnType<typeof tfidf.transform>),
          train.map(labelOf),
          tfidf.size,
          { C, tol: 1e-4, maxIter: 1000, seed: 7, balanced: true },
        );
        record(
          `svm${C}`,
          grade(test, (paper) => svm(vectors.get(paper) as ReturnType<typeof tfidf.transform>)),
        );
      }
    }
    const svms = SVM_CS.map((C) => ({ C, ...summarize(...(results[`svm${C}`] as [number[], number[]])) }));
    const best = svms.reduce((a, b) => (b.accuracy > a.accuracy ? b : a));
    const ours = summarize(...(results.ours as [number[], number[]]));
    rows.push({
      dataset,
      k,
      classes: classes.length,
      test: testSize / splits,
      majority: summarize(...(results.majority as [number[], number[]])),
      oursRaw: summarize(...(results.oursRaw as [number[], number[]])),
      svmDefault: svms.find((s) => s.C === SVM_DEFAULT_C) as Score,
      svmBest: best,
      ours: {
        ...ours,
        confidence: confidences.reduce((sum, [c]) => sum + c, 0) / confidences.length,
        ece: ece(confidences),
      },
    });
  }
  return rows;
}
