import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { MarginDB } from '@/lib/db';
import { exportInput, papersById, savedPapers } from '@/lib/library/export-input';
import { libraryActions } from '@/lib/library/extension-page';
import { allTags, listSaved } from '@/lib/library/query';
import type { Diagnostics } from '@/lib/messages';
import { sendRequest, sendToTab } from '@/lib/messaging';
import { ExportButtons } from '../ExportButtons';
import { useLiveQuery } from '../use-live-query';
import { PageStatus } from './PageStatus';
import { PaperItem } from './PaperItem';

const PAGE_SIZE = 30;

/** The tab the popup reports on: the active one, or `popup.html?tab=<id>` when opened as a page. */
async function targetTabId(): Promise<number | undefined> {
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(asked) && asked > 0) return asked;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function currentTabDiagnostics(): Promise<Diagnostics | null> {
  const tabId = await targetTabId();
  if (tabId === undefined) return null;
  return (await sendToTab(tabId, 'diagnostics', {})) ?? null;
}

/** The popup: this page's summary, the reading library (live), and export. */
export function PopupApp({ db }: { db: MarginDB }) {
  const [text, setText] = useState('');
  const [tag, setTag] = useState('');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [message, setMessage] = useState('');
  const [diagnostics, setDiagnostics] = useState<Diagnostics | null | undefined>(undefined);
  const actions = useMemo(() => libraryActions(db), [db]);
  const saved = useLiveQuery(() => listSaved(db, { text, tag: tag || undefined, limit }), [db, text, tag, limit]);
  const tags = useLiveQuery(() => allTags(db), [db]).value ?? [];

  useEffect(() => {
    currentTabDiagnostics().then(setDiagnostics, () => setDiagnostics(null));
  }, []);

  const pageIds = diagnostics?.ids ?? [];
  const error = saved.error instanceof Error ? saved.error.message : saved.error ? String(saved.error) : '';

  return (
    <main class="popup">
      <header>
        <h1>Margin</h1>
        <button type="button" data-margin-action="open-library" onClick={() => void openLibrary(setMessage)}>
          Open library
        </button>
      </header>
      <PageStatus diagnostics={diagnostics} />
      {(message || error) && (
        <p class="error" role="alert">
          {message || error}
        </p>
      )}
      <div class="filters">
        <input
          type="search"
          aria-label="Search saved papers"
          placeholder="Search saved papers"
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <select aria-label="Filter by tag" value={tag} onChange={(event) => setTag(event.currentTarget.value)}>
          <option value="">All tags</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              #{t}
            </option>
          ))}
        </select>
      </div>
      <h2>
        Saved papers <span class="count">{saved.value?.total ?? ''}</span>
      </h2>
      {saved.value && saved.value.total === 0 && (
        <p class="muted">
          {text || tag ? 'No saved paper matches.' : 'Star a paper on a digest page to keep it here.'}
        </p>
      )}
      <ul class="papers">
        {saved.value?.papers.map((paper) => (
          <PaperItem key={paper.id} paper={paper} knownTags={tags} actions={actions} onError={setMessage} />
        ))}
      </ul>
      {saved.value && saved.value.total > saved.value.papers.length && (
        <button type="button" class="more" onClick={() => setLimit(limit + PAGE_SIZE)}>
          Show more
        </button>
      )}
      <h2>Export</h2>
      <p class="muted">Your saved papers{pageIds.length ? ', or every paper on this page' : ''}:</p>
      <ExportButtons scope="library" load={(format) => exportInput(db, format, () => savedPapers(db), Date.now())} />
      {pageIds.length > 0 && (
        <details>
          <summary>Export this page's {pageIds.length} papers</summary>
          <ExportButtons
            scope="page"
            formats={['bibtex', 'ris', 'csl-json', 'markdown', 'csv']}
            load={(format) => exportInput(db, format, () => papersById(db, pageIds), Date.now())}
          />
        </details>
      )}
    </main>
  );
}

async function openLibrary(onError: (message: string) => void) {
  try {
    await sendRequest('openLibrary', {});
    window.close();
  } catch (error) {
    onError(error instanceof Error ? error.message : String(error));
  }
}
