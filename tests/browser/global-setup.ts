import { existsSync } from 'node:fs';
import { CHROME_BUILD, chromiumPath, FIREFOX_BUILD } from './paths';

/** The browser tests run against the built extension: say clearly what is missing. */
export default function setup(): void {
  for (const build of [CHROME_BUILD, FIREFOX_BUILD]) {
    if (!existsSync(`${build}/manifest.json`)) {
      throw new Error(`No extension build at ${build}: run \`npm run build && npm run build:firefox\` first.`);
    }
  }
  if (!chromiumPath())
    throw new Error('No Chromium found: install it (apt-get install -y chromium) or set CHROME_PATH.');
}
