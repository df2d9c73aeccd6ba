// Command line: `--quick` for a smoke run, `--only=load,annotate,…` to run some groups.

export const GROUPS = ['bundle', 'export', 'load', 'annotate', 'memory', 'library', 'duplicates', 'import'] as const;
export type GroupId = (typeof GROUPS)[number];

export interface Options {
  quick: boolean;
  groups: GroupId[];
  /** Runs per page measurement (median of these). */
  runs: number;
  /** Runs per library operation (cheap: more of them). */
  opRuns: number;
  /** Runs of operations that read the whole library (searches, imports). */
  scanRuns: number;
  libraryPapers: number;
  exportPapers: number;
  /** Write docs/benchmarks.md (not for partial runs unless asked). */
  writeDoc: boolean;
}

export function parseOptions(argv: readonly string[]): Options {
  const quick = argv.includes('--quick');
  const only = argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  const unknown = argv.filter((arg) => arg !== '--quick' && !arg.startsWith('--only=') && arg !== '--write-doc');
  if (unknown.length)
    throw new Error(`Unknown option ${unknown.join(' ')}. Options: --quick, --only=${GROUPS.join(',')}`);
  const groups = only ? only.split(',').map((g) => g.trim()) : [...GROUPS];
  const bad = groups.filter((g) => !(GROUPS as readonly string[]).includes(g));
  if (bad.length) throw new Error(`Unknown group ${bad.join(', ')}; groups: ${GROUPS.join(', ')}`);
  return {
    quick,
    groups: groups as GroupId[],
    runs: quick ? 3 : 7,
    opRuns: quick ? 5 : 21,
    scanRuns: quick ? 3 : 5,
    libraryPapers: quick ? 10_000 : 100_000,
    exportPapers: quick ? 2_000 : 10_000,
    writeDoc: argv.includes('--write-doc') || (!quick && !only),
  };
}
