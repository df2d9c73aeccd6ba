// `npm run bench`: every speed, size and memory figure of Margin against its target, in real Chromium with the
// built extension (see docs/benchmarks.md for what each one measures). Prints one table; a full run also writes
// docs/benchmarks.md. Options: --quick (fewer runs, smaller library), --only=group,… , --write-doc.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { annotateGroup } from './bench/annotate';
import { bundleGroup } from './bench/bundle';
import { BenchContext } from './bench/context';
import { duplicatesGroup } from './bench/duplicates';
import { exportGroup } from './bench/export';
import { importGroup } from './bench/import-group';
import { libraryGroup } from './bench/library';
import { loadGroup } from './bench/load';
import { machine } from './bench/machine';
import { memoryGroup } from './bench/memory';
import { type GroupId, parseOptions } from './bench/options';
import { preflight } from './bench/preflight';
import { consoleTable, markdown } from './bench/report';
import type { Metric } from './bench/results';
import { readSeeds } from './bench/seeds';

/** In this order: page figures on a fresh browser before the big library is written. */
const RUNNERS: Record<GroupId, (ctx: BenchContext) => Promise<Metric[]>> = {
  bundle: bundleGroup,
  export: exportGroup,
  load: loadGroup,
  annotate: annotateGroup,
  memory: memoryGroup,
  library: libraryGroup,
  duplicates: duplicatesGroup,
  import: importGroup,
};

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const problems = preflight(options.groups.some((g) => g !== 'bundle' && g !== 'export'));
  if (problems.length) {
    console.error(`npm run bench cannot start:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    process.exitCode = 1;
    return;
  }
  const host = machine();
  const started = performance.now();
  const ctx = new BenchContext(options, readSeeds());
  const metrics: Metric[] = [];
  try {
    for (const group of Object.keys(RUNNERS) as GroupId[]) {
      if (!options.groups.includes(group)) continue;
      try {
        metrics.push(...(await RUNNERS[group](ctx)));
      } catch (error) {
        ctx.log(`${group} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        metrics.push({ group, metric: `${group}: failed`, value: null, unit: 'ms', note: String(error).slice(0, 300) });
        process.exitCode = 1;
      }
    }
  } finally {
    await ctx.close();
  }
  const minutes = (performance.now() - started) / 60_000;
  console.log(consoleTable(metrics));
  if (options.writeDoc) {
    const path = resolve(process.cwd(), 'docs/benchmarks.md');
    writeFileSync(path, markdown(metrics, host, options, minutes));
    ctx.log(`wrote ${path}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
