// Settings a new library starts with. Kept apart from the schemas (settings.ts) so that the content script,
// which needs the defaults before the library answers, carries no Zod.
import type { Settings } from './settings';

export const KEY_ACTIONS = ['next', 'prev', 'star', 'dismiss', 'open', 'tag', 'help'] as const;

export const DEFAULT_SETTINGS: Settings = {
  keys: {
    enabled: true,
    map: { next: 'j', prev: 'k', star: 's', dismiss: 'x', open: 'o', tag: 't', help: '?' },
  },
  view: {
    huggingface: { hideSeen: false, hideDismissed: false },
    arxiv: { hideSeen: false, hideDismissed: false },
  },
  userTopics: [],
};
