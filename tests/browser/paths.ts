import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const CHROME_BUILD = resolve(process.cwd(), '.output/chrome-mv3');
export const FIREFOX_BUILD = resolve(process.cwd(), '.output/firefox-mv2');

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function chromiumPath(): string | undefined {
  return [process.env.CHROME_PATH, ...CHROMIUM_CANDIDATES].find((p): p is string => !!p && existsSync(p));
}

export function firefoxPath(): string | undefined {
  return [process.env.FIREFOX_PATH, ...FIREFOX_CANDIDATES].find((p): p is string => !!p && existsSync(p));
}

/** Chromium flags for a quiet, offline browser: no sandbox (containers), no GPU, nothing fetched on its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
