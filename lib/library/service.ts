// The background's answers to the protocol. Wiring (browser APIs, the clock) is passed in so that the
// whole service runs in unit tests against fake-indexeddb.
import type { MarginDB } from '../db';
import type { Paper } from '../paper';
import type { Handlers, RequestSender } from '../request-listener';
import type { Settings } from '../settings';
import { checkPapers } from './check-papers';
import { ensurePaper, setDismissed, setSaved, setTags } from './edits';
import { classifyError } from './errors';
import { loadSettings, saveSettings } from './settings-store';
import { type PaperState, type PaperUpdate, updateOf } from './states';
import { createSuggester, type Suggester } from './suggestions';
import { lookUpStates, startVisit } from './visit';

export interface ServiceWiring {
  db: () => MarginDB;
  now: () => number;
  /** Tell open pages that papers changed (another tab, the popup). */
  notifyPapers: (updates: PaperUpdate[]) => Promise<void>;
  notifySettings: (settings: Settings) => Promise<void>;
  /** Tell one tab something no reply carries. */
  notifyTab: (tabId: number, message: string) => Promise<void>;
  openLibrary: (paperId?: string) => Promise<void>;
}

export function createLibraryService(wiring: ServiceWiring): Handlers {
  const { db, now } = wiring;

  let suggester: Suggester | undefined;
  /** The tag model, trained on first need and kept in step with the library's tags after that. */
  function learned(): Suggester {
    suggester ??= createSuggester(db());
    return suggester;
  }

  /** Learned tag suggestions on each state (offered on the card, never applied by themselves), from the
   * model as last synced. */
  function addSuggestions(
    states: Record<string, PaperState>,
    papers: readonly Pick<Paper, 'id' | 'title' | 'abstract'>[],
  ) {
    const withTags = papers.map((paper) => ({ ...paper, tags: states[paper.id]?.tags ?? [] }));
    for (const [id, suggestions] of learned().suggestNow(withTags)) {
      const state = states[id];
      if (state) state.suggestions = suggestions;
    }
  }

  /** A visit answered and then not stored (full disk, closed database): the page that asked is told. */
  function reportUnsavedVisit(from: RequestSender, error: unknown) {
    const message = `Margin could not record this page's papers as seen. ${classifyError(error).message}`;
    if (from.tabId === undefined) console.error(message);
    else void wiring.notifyTab(from.tabId, message);
  }

  /** After an edit from a page: every open page is told, and the page that asked gets the update. */
  async function afterEdit(paper: Paper): Promise<PaperUpdate> {
    const update = updateOf(paper);
    void wiring.notifyPapers([update]);
    return update;
  }

  return {
    async visitPage({ page, papers }, from) {
      // Read before the visit's write transaction starts: once it has, reads of papers wait for its end. The
      // reads are under way while the papers are checked.
      const reads = Promise.all([loadSettings(db()), learned().sync()]);
      const { valid, rejected } = checkPapers(papers);
      const [settings, tags] = await reads;
      // The page is answered as soon as the states are known; the writes finish after the reply.
      const { states, saved } = await startVisit(db(), page, valid, now(), settings.userTopics);
      saved.catch((error: unknown) => reportUnsavedVisit(from, error));
      addSuggestions(states, valid);
      return { states, settings, tags, rejected };
    },
    async lookUpStates({ pageUrl, ids }) {
      const settings = await loadSettings(db());
      return lookUpStates(db(), pageUrl, ids, now(), settings.userTopics);
    },
    async setSaved({ paper, saved }) {
      return afterEdit(await setSaved(db(), paper, saved, now()));
    },
    async setDismissed({ paper, dismissed }) {
      await ensurePaper(db(), paper, now());
      return afterEdit(await setDismissed(db(), paper.id, dismissed, now()));
    },
    async setTags({ paper, tags }) {
      // Tagging from a page stars the paper too: a tag is only useful in the library.
      await setSaved(db(), paper, true, now());
      return afterEdit(await setTags(db(), paper.id, tags, now()));
    },
    async suggestTags({ paperIds }) {
      const papers = (await db().papers.bulkGet(paperIds)).filter((paper): paper is Paper => !!paper);
      const found = await learned().suggest(papers);
      return Object.fromEntries(paperIds.map((id) => [id, found.get(id) ?? []]));
    },
    async setViewPrefs({ site, prefs }) {
      const settings = await saveSettings(db(), (current) => ({
        ...current,
        view: { ...current.view, [site]: prefs },
      }));
      await wiring.notifySettings(settings);
      return settings;
    },
    async openLibrary({ paperId }) {
      await wiring.openLibrary(paperId);
      return null;
    },
  };
}
