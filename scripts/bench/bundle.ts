// Gzip size of every entry's output in .output/chrome-mv3 (the entry file and every chunk and stylesheet it
// loads up front; lazy chunks separately), and what the content script is made of: the same entry bundled
// again with Rolldown (the bundler under WXT's Vite), its modules' rendered bytes summed per package or
// source folder (shares, not exact sizes: close enough to say what dominates).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'rolldown';
import { CHROME_BUILD } from '../../tests/browser/paths';
import type { BenchContext } from './context';
import type { Metric } from './results';

interface Manifest {
  background?: { service_worker?: string };
  action?: { default_popup?: string };
  content_scripts?: { js?: string[]; css?: string[] }[];
}

const KB = 1024;
const gzipKb = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / KB;
const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

/** The files an entry loads up front (following static imports), and the lazy chunks they may import. */
function closure(entryFiles: string[]): { eager: Set<string>; lazy: Set<string> } {
  const eager = new Set<string>();
  const lazy = new Set<string>();
  const queue = [...entryFiles];
  while (queue.length) {
    const file = queue.pop() as string;
    if (eager.has(file) || !existsSync(file)) continue;
    eager.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(file, 'utf8');
    for (const [, path] of code.matchAll(STATIC_IMPORT)) queue.push(resolve(dirname(file), path as string));
    for (const [, path] of code.matchAll(DYNAMIC_IMPORT)) lazy.add(resolve(dirname(file), path as string));
  }
  for (const file of eager) lazy.delete(file);
  return { eager, lazy };
}

function htmlAssets(page: string): string[] {
  const html = readFileSync(join(CHROME_BUILD, page), 'utf8');
  return [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)]
    .map(([, path]) => path as string)
    .filter((path) => !/^[a-z]+:/i.test(path))
    .map((path) => join(CHROME_BUILD, path.replace(/^\//, '')));
}

function entries(): Map<string, string[]> {
  const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8')) as Manifest;
  const result = new Map<string, string[]>();
  manifest.content_scripts?.forEach((script, i) => {
    result.set(
      `content script${i ? ` ${i + 1}` : ''}`,
      [...(script.js ?? []), ...(script.css ?? [])].map((f) => join(CHROME_BUILD, f)),
    );
  });
  if (manifest.background?.service_worker)
    result.set('background', [join(CHROME_BUILD, manifest.background.service_worker)]);
  const pages = new Set([manifest.action?.default_popup, 'popup.html', 'library.html']);
  for (const page of pages)
    if (page && existsSync(join(CHROME_BUILD, page))) result.set(page.replace(/\.html$/, ''), htmlAssets(page));
  return result;
}

/** Where a module of the bundle comes from: its package, or its source folder. */
function partOf(id: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1];
  if (pkg) return pkg;
  const path = relative(process.cwd(), id).split('/');
  return path[0] === 'lib' && path.length > 2 ? `lib/${path[1]}` : (path[0] ?? id);
}

/** Bytes of the content script by package or source folder (before minification), largest first. */
export async function contentScriptComposition(): Promise<{ name: string; kb: number }[]> {
  const result = await build({
    input: resolve(process.cwd(), 'entrypoints/digest.content/index.ts'),
    tsconfig: resolve(process.cwd(), 'tsconfig.json'),
    write: false,
    platform: 'browser',
    transform: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    output: { format: 'iife', minify: true },
    logLevel: 'silent',
    // Stylesheets the entry imports go into the manifest's `css`, not the script: count them as nothing here.
    plugins: [
      { name: 'stylesheets-outside', load: (id) => (id.endsWith('.css') ? { code: '', moduleType: 'js' } : null) },
    ],
  });
  const byPart = new Map<string, number>();
  for (const output of result.output) {
    if (output.type !== 'chunk') continue;
    for (const [id, module] of Object.entries(output.modules)) {
      byPart.set(partOf(id), (byPart.get(partOf(id)) ?? 0) + module.renderedLength);
    }
  }
  return [...byPart].map(([name, bytes]) => ({ name, kb: bytes / KB })).sort((a, b) => b.kb - a.kb);
}

export async function bundleGroup(ctx: BenchContext): Promise<Metric[]> {
  ctx.log('bundle sizes');
  const metrics: Metric[] = [];
  for (const [entry, files] of entries()) {
    const { eager, lazy } = closure(files);
    const total = [...eager].reduce((sum, file) => sum + gzipKb(file), 0);
    const lazyKb = [...lazy].filter(existsSync).reduce((sum, file) => sum + gzipKb(file), 0);
    const list = [...eager].map((file) => `${relative(CHROME_BUILD, file)} ${gzipKb(file).toFixed(1)}`).join(', ');
    metrics.push({
      group: 'bundle',
      metric: `${entry}: gzip size`,
      value: total,
      unit: 'KB',
      target: entry.startsWith('content script') ? 25 : undefined,
      note: `${list}${lazy.size ? `; lazy ${lazyKb.toFixed(1)} KB more` : ''}`,
    });
  }
  const parts = await contentScriptComposition();
  const total = parts.reduce((sum, p) => sum + p.kb, 0);
  const top = parts
    .slice(0, 6)
    .map((p) => `${p.name} ${((100 * p.kb) / total).toFixed(0)}%`)
    .join(', ');
  const script = metrics.find((m) => m.metric.startsWith('content script'));
  if (script) script.note = `${script.note}; share of its code by part (Rolldown re-bundle): ${top}`;
  return metrics;
}
