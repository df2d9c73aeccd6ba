// `npm run demo`: builds Margin, opens the real saved digest pages in Chromium with the extension loaded (no
// network: pages are served at their real URLs), stars two papers, opens the popup and exports BibTeX.
// Screenshots and the exported file go to demo-output/ (light and dark page shots also to docs/screenshots/).
// With --headed (or a display) the browser stays open to explore.
import { execSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ExtensionBrowser } from '../tests/browser/harness';
import { digestPages } from '../tests/browser/pages';
import { hasShared, SKIP_MESSAGE } from '../tests/shared-fixtures';

const OUT = resolve(process.cwd(), 'demo-output');
const DOCS = resolve(process.cwd(), 'docs/screenshots');
const headed = process.argv.includes('--headed') || (!!process.env.DISPLAY && !process.argv.includes('--headless'));

function log(line: string) {
  process.stdout.write(`${line}\n`);
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  mkdirSync(DOCS, { recursive: true });
  if (!process.argv.includes('--no-build')) {
    log('Building the Chrome extension…');
    execSync('npx wxt build', { stdio: 'inherit' });
  }
  if (!hasShared) log(`${SKIP_MESSAGE}; the demo uses the small sample pages in tests/fixtures/sample.`);
  const { hf, arxiv } = digestPages();
  const browser = await ExtensionBrowser.launch({ headless: !headed });
  browser.serve(hf, arxiv);
  log(`Chromium started with Margin (extension id ${browser.extensionId}).`);

  const shots: string[] = [];
  for (const [label, fixture] of [
    ['Hugging Face', hf],
    ['arXiv', arxiv],
  ] as const) {
    const digest = await browser.openDigest(fixture.url, fixture.cards);
    log(`${label}: ${fixture.url} — ${fixture.cards} papers found and annotated.`);
    await digest.star(fixture.someId).click();
    await digest.page.waitForFunction(
      (id) => document.querySelector(`[data-margin-id="${id}"]`)?.getAttribute('data-margin-state') === 'saved',
      fixture.someId,
    );
    log(`  starred ${fixture.someId}.`);
    const name = label === 'arXiv' ? 'arxiv' : 'huggingface';
    for (const scheme of ['light', 'dark'] as const) {
      await digest.page.emulateMedia({ colorScheme: scheme });
      if (name === 'huggingface')
        await digest.page.evaluate(
          (dark) => document.documentElement.classList.toggle('dark', dark),
          scheme === 'dark',
        );
      const file = resolve(OUT, `${name}-${scheme}.png`);
      await digest.page.screenshot({ path: file });
      copyFileSync(file, resolve(DOCS, `${name}-${scheme}.png`));
      shots.push(file);
    }
    if (!headed) await digest.page.close();
  }

  const popup = await browser.openPopup();
  await popup.setViewportSize({ width: 420, height: 720 });
  await popup.locator('[data-margin-paper]').nth(1).waitFor();
  const saved = await popup.locator('[data-margin-paper]').count();
  log(`Popup: ${saved} saved papers listed.`);
  const [download] = await Promise.all([
    popup.waitForEvent('download'),
    popup.locator('[data-margin-export="bibtex"]').first().click(),
  ]);
  const exported = resolve(OUT, download.suggestedFilename());
  await download.saveAs(exported);
  const entries = (await import('node:fs')).readFileSync(exported, 'utf8').match(/^@/gm)?.length ?? 0;
  log(`Exported ${entries} BibTeX entries to ${exported}.`);
  const popupShot = resolve(OUT, 'popup.png');
  await popup.screenshot({ path: popupShot, fullPage: true });
  copyFileSync(popupShot, resolve(DOCS, 'popup.png'));
  shots.push(popupShot);
  writeFileSync(
    resolve(OUT, 'summary.txt'),
    `pages: ${hf.url} (${hf.cards}), ${arxiv.url} (${arxiv.cards})\nsaved: ${saved}\nexported: ${entries}\n`,
  );
  log(`Screenshots: ${shots.join(', ')}`);

  if (headed) {
    log('The browser stays open: explore, then close it (or press Ctrl+C).');
    await new Promise<void>((resolveClose) => browser.context.on('close', () => resolveClose()));
  } else {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
