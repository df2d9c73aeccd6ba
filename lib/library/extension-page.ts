// What the popup and the library page share: the database (same origin as the background) and edits that
// tell every open digest page what changed.
import { MarginDB } from '../db';
import { broadcastToTabs } from '../messaging';
import type { Paper, ReadingStatus } from '../paper';
import { type DeletedSnapshot, deletePapers, restorePapers } from './delete';
import { addTag, editMany, removeTag, setNote, setStatus, setTags, unsave } from './edits';
import { classifyError } from './errors';
import { updateOf } from './states';

let shared: MarginDB | undefined;

/** Opens the library; a database the browser refuses (private windows, full disk) becomes a clear message. */
export async function openLibraryDb(): Promise<MarginDB> {
  shared ??= new MarginDB();
  try {
    await shared.open();
  } catch (error) {
    shared = undefined;
    throw new Error(classifyError(error).message);
  }
  // Ask once for storage the browser will not evict under pressure; a refusal changes nothing else.
  if (navigator.storage?.persisted && !(await navigator.storage.persisted())) {
    await navigator.storage.persist?.().catch(() => false);
  }
  return shared;
}

async function notify(papers: readonly Paper[]): Promise<void> {
  await broadcastToTabs('papersChanged', { updates: papers.map(updateOf) });
}

/** Edits from an extension page: written here, then every digest page hears of them. */
export function libraryActions(db: MarginDB, now: () => number = Date.now) {
  const one = async (edit: Promise<Paper>) => {
    const paper = await edit;
    await notify([paper]);
    return paper;
  };
  return {
    unsave: (id: string) => one(unsave(db, id, now())),
    setTags: (id: string, tags: readonly string[]) => one(setTags(db, id, tags, now())),
    addTag: (id: string, tag: string) => one(addTag(db, id, tag, now())),
    removeTag: (id: string, tag: string) => one(removeTag(db, id, tag, now())),
    setNote: (id: string, note: string) => one(setNote(db, id, note, now())),
    setStatus: (id: string, status: ReadingStatus) => one(setStatus(db, id, status, now())),
    async editMany(ids: readonly string[], change: (paper: Paper) => Partial<Paper>) {
      const papers = await editMany(db, ids, now(), change);
      await notify(papers);
      return papers;
    },
    async remove(ids: readonly string[]): Promise<DeletedSnapshot> {
      const snapshot = await deletePapers(db, ids);
      await broadcastToTabs('papersChanged', {
        updates: snapshot.papers.map((p) => ({
          ...updateOf(p),
          saved: false,
          tags: [],
          dismissed: false,
          deleted: true,
        })),
      });
      return snapshot;
    },
    async undoRemove(snapshot: DeletedSnapshot) {
      await restorePapers(db, snapshot);
      await notify(snapshot.papers);
    },
  };
}

export type LibraryActions = ReturnType<typeof libraryActions>;
