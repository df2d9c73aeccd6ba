import { useEffect, useMemo, useState } from 'preact/hooks';
import type { MarginDB } from '@/lib/db';
import type { DeletedSnapshot } from '@/lib/library/delete';
import { exportInput, papersById } from '@/lib/library/export-input';
import { libraryActions } from '@/lib/library/extension-page';
import type { LibraryFilters, SortKey } from '@/lib/library/search-index';
import type { TagSuggestion } from '@/lib/library/states';
import { ExportButtons } from '../ExportButtons';
import { BulkActions } from './BulkActions';
import { FilterBar } from './FilterBar';
import { ImportPanel } from './ImportPanel';
import { PaperDetail } from './PaperDetail';
import { PaperTable } from './PaperTable';
import { SettingsPanel } from './SettingsPanel';
import { UndoBar } from './UndoBar';
import { useLibraryIndex } from './use-library-index';

const PAGE_SIZE = 50;

const paperFromHash = () => {
  const match = /paper=([^&]+)/.exec(location.hash);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
};

interface Props {
  db: MarginDB;
  suggest: (id: string) => Promise<TagSuggestion[]>;
}

/** The full-page library: search, filters, sort, paging, selection and bulk actions, detail, import/export. */
export function LibraryApp({ db, suggest }: Props) {
  const [generation, setGeneration] = useState(0);
  const { index, version, progress, error: indexError } = useLibraryIndex(db, generation);
  const actions = useMemo(() => libraryActions(db), [db]);
  const [filters, setFilters] = useState<LibraryFilters>({ text: '' });
  const [sort, setSort] = useState<SortKey>('saved-desc');
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [openId, setOpenId] = useState<string | undefined>(paperFromHash());
  const [undo, setUndo] = useState<{ snapshot: DeletedSnapshot; message: string } | null>(null);
  const [message, setMessage] = useState('');
  const [panel, setPanel] = useState<'none' | 'import' | 'settings'>('none');

  useEffect(() => {
    const onHash = () => setOpenId(paperFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const results = useMemo(() => index.query(filters, sort), [index, version, filters, sort]);
  const facets = useMemo(() => index.facets(), [index, version]);
  const knownTags = useMemo(() => [...facets.tags.keys()].sort(), [facets]);
  const pages = Math.max(1, Math.ceil(results.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const visible = results.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const fail = (e: unknown) => setMessage(e instanceof Error ? e.message : String(e));

  const changeFilters = (next: LibraryFilters) => {
    setFilters(next);
    setPage(0);
    if (next.text && !filters.text) setSort('relevance');
  };
  const open = (id: string | undefined) => {
    setOpenId(id);
    history.replaceState(null, '', id ? `#paper=${encodeURIComponent(id)}` : '#');
  };
  const remove = async (ids: readonly string[]) => {
    try {
      const snapshot = await actions.remove(ids);
      setSelected(new Set());
      if (openId && ids.includes(openId)) open(undefined);
      setUndo({
        snapshot,
        message: `Deleted ${snapshot.papers.length} paper${snapshot.papers.length === 1 ? '' : 's'}.`,
      });
    } catch (e) {
      fail(e);
    }
  };
  const exportScope = selected.size ? 'selection' : 'filter';
  const exportIds = () => (selected.size ? [...selected] : results.map((entry) => entry.id));

  return (
    <div class="library">
      <header class="top">
        <h1>Margin library</h1>
        <span class="muted" data-margin-library-count>
          {progress
            ? `Loading ${progress.done.toLocaleString()} / ${progress.total.toLocaleString()}…`
            : `${index.size.toLocaleString()} saved ${index.size === 1 ? 'paper' : 'papers'}`}
        </span>
        <span class="spacer" />
        <button
          type="button"
          aria-expanded={panel === 'import'}
          onClick={() => setPanel(panel === 'import' ? 'none' : 'import')}
        >
          Import
        </button>
        <button
          type="button"
          aria-expanded={panel === 'settings'}
          onClick={() => setPanel(panel === 'settings' ? 'none' : 'settings')}
        >
          Settings
        </button>
      </header>
      {(message || indexError) && (
        <p class="error" role="alert">
          {message || indexError}{' '}
          <button type="button" onClick={() => setMessage('')}>
            Dismiss
          </button>
        </p>
      )}
      {panel === 'import' && <ImportPanel db={db} onImported={() => setGeneration((g) => g + 1)} />}
      {panel === 'settings' && <SettingsPanel db={db} />}
      <FilterBar
        filters={filters}
        sort={sort}
        tags={facets.tags}
        topics={facets.topics}
        onFilters={changeFilters}
        onSort={setSort}
      />
      {selected.size > 0 && (
        <BulkActions
          count={selected.size}
          knownTags={knownTags}
          onTag={(tag) =>
            actions.editMany([...selected], (p) => ({ tags: [...new Set([...p.tags, tag])] })).catch(fail)
          }
          onStatus={(status) => actions.editMany([...selected], () => ({ status })).catch(fail)}
          onDelete={() => void remove([...selected])}
          onClear={() => setSelected(new Set())}
        />
      )}
      <div class={openId ? 'body with-detail' : 'body'}>
        <section class="list" aria-label="Papers">
          <p class="muted" data-margin-result-count>
            {results.length.toLocaleString()} {results.length === 1 ? 'paper' : 'papers'}
            {results.length !== index.size ? ' match' : ''}
          </p>
          <PaperTable
            entries={visible}
            selected={selected}
            openId={openId}
            onToggle={(id, on) => {
              const next = new Set(selected);
              if (on) next.add(id);
              else next.delete(id);
              setSelected(next);
            }}
            onToggleAll={(on) => {
              const next = new Set(selected);
              for (const entry of visible) on ? next.add(entry.id) : next.delete(entry.id);
              setSelected(next);
            }}
            onOpen={open}
          />
          {pages > 1 && (
            <nav class="pager" aria-label="Pages">
              <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
                Previous
              </button>
              <span>
                Page {current + 1} of {pages}
              </span>
              <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
                Next
              </button>
            </nav>
          )}
        </section>
        {openId && (
          <PaperDetail
            db={db}
            id={openId}
            knownTags={knownTags}
            actions={actions}
            suggest={suggest}
            onDelete={(id) => void remove([id])}
            onClose={() => open(undefined)}
            onError={setMessage}
          />
        )}
      </div>
      <section class="export-section" aria-label="Export">
        <h2>
          Export{' '}
          {exportScope === 'selection'
            ? `the ${selected.size} selected ${selected.size === 1 ? 'paper' : 'papers'}`
            : `the ${results.length.toLocaleString()} ${results.length === 1 ? 'paper' : 'papers'} shown`}
        </h2>
        <ExportButtons
          scope={exportScope}
          load={(format) => exportInput(db, format, () => papersById(db, exportIds()), Date.now())}
        />
        <p class="muted">JSON backup always holds the whole library: every paper, sighting, tag, note and setting.</p>
      </section>
      {undo && (
        <UndoBar
          message={undo.message}
          onUndo={() => {
            actions.undoRemove(undo.snapshot).catch(fail);
            setUndo(null);
          }}
          onClose={() => setUndo(null)}
        />
      )}
    </div>
  );
}
