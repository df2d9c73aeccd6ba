// The table on stdout and docs/benchmarks.md.
import type { Machine } from './machine';
import type { Options } from './options';
import { type Metric, passes } from './results';

function value(m: Metric): string {
  if (m.value === null || Number.isNaN(m.value)) return 'n/a';
  const digits = m.unit === '×' ? 2 : Math.abs(m.value) >= 100 ? 0 : 1;
  return `${m.value.toFixed(digits)}${m.unit === '×' ? '×' : ` ${m.unit}`}`;
}

const target = (m: Metric) => (m.target === undefined ? '—' : `≤ ${m.target}${m.unit === '×' ? '×' : ` ${m.unit}`}`);
const verdict = (m: Metric) => ({ true: 'pass', false: 'FAIL', undefined: '' })[String(passes(m))] ?? '';

export function consoleTable(metrics: readonly Metric[]): string {
  const rows = [['metric', 'value', 'target', ''], ...metrics.map((m) => [m.metric, value(m), target(m), verdict(m)])];
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) =>
    r.map((cell, c) => (c === 1 || c === 2 ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0))).join('  ');
  return [line(rows[0] as string[]), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join(
    '\n',
  );
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

export function markdown(metrics: readonly Metric[], machine: Machine, options: Options, minutes: number): string {
  const failed = metrics.filter((m) => passes(m) === false);
  return `# Benchmarks

Written by \`npm run bench\`${options.quick ? ' --quick' : ''} on ${machine.date.slice(0, 10)} (${minutes.toFixed(1)} min). Every
figure is a median of ${options.runs} runs for pages (${options.opRuns} for single library operations, ${options.scanRuns}
for operations that read the whole library), after a warm-up run that is not counted; "with / without" and Margin / raw
take turns within each run.

## Machine

| | |
|---|---|
| CPU | ${machine.cpu} × ${machine.cores} |
| RAM | ${machine.ramGb} GB |
| OS | ${machine.os} |
| Node | ${machine.node} |
| Chromium | ${machine.chromium} (headless, Margin from \`.output/chrome-mv3\`) |
| Load average | ${machine.load} (at the start; other work on the machine makes every figure slower and noisier) |

## Results

| Metric | Value | Target | | Notes |
|---|---:|---:|---|---|
${metrics.map((m) => `| ${cell(m.metric)} | ${value(m)} | ${target(m)} | ${verdict(m)} | ${cell(m.note ?? '')} |`).join('\n')}

${failed.length ? `**Missed targets:** ${failed.map((m) => m.metric).join('; ')}.` : 'Every target met.'}

## How each figure is measured

- **load**: the real Hugging Face day page and arXiv astro-ph /pastweek page, served at their real URLs (every other
  request aborted: no network), in one Chromium with Margin and one without (same flags). Load = navigation start →
  end of the \`load\` event (Navigation Timing). Each run with Margin starts from a new, empty library database (a first visit).
- **annotate**: two kinds of run taking turns, each a first visit in a new tab. *Traced*: a Chromium trace, from the
  content script's \`EvaluateScript\` event to two marks the page's main world sets: when the last card has
  \`data-margin-state\` (its state: a MutationObserver filtered on that attribute) and when the last card's controls
  are on the page (its \`[data-margin-ui=card]\` host added), both observers installed before navigation. The probe
  says each mark on the console, where the bench hears it: nothing of the bench's runs in the page until then
  (waiting in the page with Playwright's \`waitForFunction\` compiled its 300 KB injected script on the page's main
  thread in the middle of Margin's work: 14–28 ms in traces of the HF page, before the bench waited this way). And, for
  reference, the longest \`RunTask\` of the page's main thread in the trace (tracing slows every task of the page,
  so this one reads high). *Observed*: no tracing; the page's own \`longtask\` PerformanceObserver (installed before
  navigation; it reports tasks of 50 ms and more) from DOMContentLoaded (content scripts start after it, so the window
  holds all of Margin's work and may hold some of the page's own) until both marks, worst of all runs; long animation
  frames (a frame's tasks and rendering together) are counted in the note. Each run starts from a new, empty library
  database (deleted and created again: emptying its stores instead left deleted entries behind, which slowed the
  next runs' reads), so every paper is new and written (the heaviest visit). The service worker stays up from run
  to run, so the topic scores it remembers by paper serve a page's repeat runs (in Node, matching a 2000-entry page's
  titles from scratch takes about 8 ms). *Revisit* (traced, a third kind of run): the page loaded once more in a new
  tab after such a first visit and its writes (a reload the same day): every paper is held, already recorded today,
  and was checked for duplicates on the first visit.
- **library**: ${options.libraryPapers.toLocaleString('en')} saved papers and about ${(options.libraryPapers * 5).toLocaleString('en')} sightings generated from the real
  Hugging Face daily-papers API fixture (titles and abstracts walked from the real ones, real author names recombined),
  written with raw IndexedDB into Margin's database. Margin's side: state look-up and star as messages from an
  extension page to the service worker (the content script's path: envelope, Zod validation, Dexie, reply); the popup's
  first page and search with the popup's own \`listSaved\` (Dexie in the page, as the popup runs); the library page's
  MiniSearch index loaded by its own \`loadIndex\`. Raw side: the same reads with the plain IndexedDB API in the same
  page. The ratio is of the medians.
- **duplicates**: \`findLibraryDuplicates\` (what a visit runs) for one paper at a time against the big library in
  IndexedDB, from an extension page: the real API papers (new to the library) and a sample of library papers. Then
  first visits of the real HF and /pastweek pages as in *annotate* (traced), but against the big library, as a
  reader's library is after a while (every paper met is kept): the page's papers are new, and their keys are looked
  up in the library's \`*dupKeys\` index; after each run the papers the visit added are deleted again.
- **export**: every \`EXPORT_FORMATS\` writer on a generated ${options.exportPapers.toLocaleString('en')}-paper library, in Node (pure string work, same V8).
- **import**: the library page's \`importFile\` on a JSON backup and a BibTeX file of ${options.exportPapers.toLocaleString('en')} papers, in Chromium, into an empty database.
- **bundle**: gzip -9 of each entry's files in \`.output/chrome-mv3\` (the entry and the chunks and stylesheets it loads
  up front).
- **memory**: CDP \`Runtime.getHeapUsage\` after forced garbage collection: the 2000-entry page's renderer with Margin
  (every card annotated and its controls drawn) minus the same page without Margin; the service worker's heap reached through CDP after
  2000-id look-ups on the big library.
`;
}
