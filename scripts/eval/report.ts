// The evaluation as a console table; the shared tables (report-markdown.ts writes docs/evaluation.md).
import type { LookupTiming, TrainTimings } from './bench';
import { type DupResults, f1, precision, recall } from './dup-eval';
import type { Machine } from './machine';
import { SVM_DEFAULT_C, type TopicRow } from './topic-eval';

export interface Report {
  machine: Machine;
  duplicates: DupResults;
  topics: TopicRow[];
  training: TrainTimings;
  lookup: LookupTiming;
  splits: number;
}

export const f3 = (x: number) => x.toFixed(3);
export const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
export const frac = ([hit, all]: readonly [number, number]) => `${hit}/${all}`;

function table(header: string[], rows: (string | number)[][], markdown: boolean): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  if (markdown) {
    const line = (row: string[]) => `| ${row.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...cells.slice(1).map(line)].join('\n');
  }
  const widths = header.map((_, c) => Math.max(...cells.map((row) => (row[c] ?? '').length)));
  return cells.map((row) => row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ')).join('\n');
}

export function dupTables(r: Report, md: boolean) {
  const d = r.duplicates;
  const sweep = table(
    ['threshold', 'precision', 'recall', 'F1', 'TP', 'FP', 'FN', `FP vs ${d.hard.papers} real papers`],
    d.sweep.map(({ threshold, counts, hardFp }) => [
      `${threshold === d.threshold ? '**' : ''}${threshold.toFixed(2)}${threshold === d.threshold ? ' (chosen)**' : ''}`,
      f3(precision(counts)),
      f3(recall(counts)),
      f3(f1(counts)),
      counts.tp,
      counts.fp,
      counts.fn,
      hardFp,
    ]),
    md,
  );
  const kinds = table(
    ['pairs', 'found', 'recall'],
    d.byKind.map(({ kind, found, total }) => [kind, `${found}/${total}`, f3(found / total)]),
    md,
  );
  const named = table(
    ['pair', 'similarity', 'verdict', 'expected'],
    d.named.map((n) => [
      n.pair,
      f3(n.score),
      n.duplicate ? 'duplicate' : 'distinct',
      n.expected ? 'duplicate' : 'distinct',
    ]),
    md,
  );
  return { sweep, kinds, named };
}

export function topicTable(r: Report, md: boolean): string {
  const cell = (s?: { accuracy: number; sd: number; balanced: number }) =>
    s ? `${f3(s.accuracy)} ± ${s.sd.toFixed(3)} (${f3(s.balanced)})` : 'n/a';
  return table(
    [
      'listing',
      'k',
      'subjects',
      'test papers',
      'majority',
      `SVM C=${SVM_DEFAULT_C}`,
      'SVM best C',
      'ours',
      'ours − best SVM',
      'ours: mean conf. / ECE',
      'ablation: raw cosine',
    ],
    r.topics.map((row) =>
      row.ours && row.svmBest
        ? [
            row.dataset,
            row.k,
            row.classes,
            row.test.toFixed(0),
            cell(row.majority),
            cell(row.svmDefault),
            `${cell(row.svmBest)} C=${row.svmBest.C}`,
            cell(row.ours),
            `${row.ours.accuracy - row.svmBest.accuracy >= 0 ? '+' : ''}${(row.ours.accuracy - row.svmBest.accuracy).toFixed(3)}`,
            `${f3(row.ours.confidence)} / ${f3(row.ours.ece)}`,
            cell(row.oursRaw),
          ]
        : [
            row.dataset,
            row.k,
            row.classes,
            '—',
            `only ${row.classes} subject(s) with more than ${row.k} papers: nothing to classify`,
            '',
            '',
            '',
            '',
            '',
            '',
          ],
    ),
    md,
  );
}

export function consoleReport(r: Report): string {
  const d = r.duplicates;
  const t = dupTables(r, false);
  const c = d.atThreshold;
  return [
    `Margin evaluation — ${r.machine.date} — ${r.machine.cpu} (${r.machine.cores} cores), Node ${r.machine.node}`,
    '',
    `DUPLICATES — ${d.items} listings (58 seed cards + generated variants), ${d.positives} true pairs, ${d.negatives} negative pairs`,
    `At the chosen threshold ${d.threshold}: precision ${f3(precision(c))}, recall ${f3(recall(c))}, F1 ${f3(f1(c))} (TP ${c.tp}, FP ${c.fp}, FN ${c.fn})`,
    t.sweep,
    '',
    t.kinds,
    `Retitled listings (new subtitle + edited abstract): found ${frac(d.retitled.withAbstract)} against listings with an abstract, ${frac(d.retitled.titleOnly)} against title-only ones`,
    `Hard negatives: ${d.hard.pairs} pairs with ${d.hard.papers} real papers from the fixtures, ${d.hard.fp} above the threshold; highest ${f3(d.hard.maxNegative)}: ${d.hard.maxPair}`,
    `Lowest true pair ${f3(d.lowestPositive.score)}: ${d.lowestPositive.pair}`,
    `Highest negative in the labelled set ${f3(d.highestNegative.score)}: ${d.highestNegative.pair}`,
    `Through the index (dupKeys): precision ${f3(precision(d.index.counts))}, recall ${f3(recall(d.index.counts))}, ${d.index.meanCandidates.toFixed(1)} candidates per look-up`,
    `Same paper twice on a page: ${d.page.realFlags} flagged on ${d.page.realPages} real pages; ${d.page.doubledFound}/${d.page.doubled} repeats found on a page listing each seed paper then a variant`,
    t.named,
    `Look-up against ${r.lookup.library.toLocaleString('en')} synthetic papers: ${ms(r.lookup.meanMs)} mean, ${ms(r.lookup.p95Ms)} p95 over ${r.lookup.queries} queries, ${r.lookup.meanCandidates.toFixed(1)} candidates (max ${r.lookup.maxCandidates}); index built in ${(r.lookup.buildMs / 1000).toFixed(1)} s`,
    '',
    `TAG SUGGESTIONS — accuracy ± sd over ${r.splits} splits (balanced accuracy in brackets)`,
    topicTable(r, false),
    `Training on ${r.training.papers} papers (${r.training.withAbstract} with abstracts, ${r.training.tags} tags): fit ${ms(r.training.trainMs)}, reading texts ${ms(r.training.addMs)} (once per paper), from scratch ${ms(r.training.totalMs)} (median of ${r.training.processes} processes; ${ms(r.training.totalMinMs)} to ${ms(r.training.totalMaxMs)}); one more tagged paper + refit ${ms(r.training.incrementalMs)}; a suggestion ${ms(r.training.suggestMs)}`,
  ].join('\n');
}
