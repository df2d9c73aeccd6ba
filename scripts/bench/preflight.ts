// Clear words before anything starts: the build, Chromium and the real pages must be there.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROME_BUILD, chromiumPath } from '../../tests/browser/paths';
import { hasShared, SKIP_MESSAGE } from '../../tests/shared-fixtures';

export function preflight(needsBrowser: boolean): string[] {
  const problems: string[] = [];
  const manifest = resolve(CHROME_BUILD, 'manifest.json');
  if (!existsSync(manifest)) problems.push(`No extension build at ${CHROME_BUILD}: run \`npm run build\` first.`);
  else if (!JSON.parse(readFileSync(manifest, 'utf8')).content_scripts)
    problems.push(`${manifest} has no content script: rebuild with \`npm run build\`.`);
  if (needsBrowser && !chromiumPath())
    problems.push('Chromium not found: install it (`apt-get install -y chromium`) or set CHROME_PATH.');
  if (!hasShared) problems.push(`${SKIP_MESSAGE}; the bench measures the real pages and needs them.`);
  return problems;
}
