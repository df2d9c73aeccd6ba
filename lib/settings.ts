// Reader settings: keyboard triage, per-site view choices, topic rules. One row in the settings table.
import { list, SITES, type Site } from './paper';
import { z } from './zod';

export const KEY_ACTIONS = ['next', 'prev', 'star', 'dismiss', 'open', 'tag', 'help'] as const;
export type KeyAction = (typeof KEY_ACTIONS)[number];

const keyName = () => z.string().check(z.minLength(1), z.maxLength(20));

export const KeySettingsSchema = z.object({
  enabled: z.boolean(),
  map: z.object({
    next: keyName(),
    prev: keyName(),
    star: keyName(),
    dismiss: keyName(),
    open: keyName(),
    tag: keyName(),
    help: keyName(),
  }),
});
export type KeySettings = z.infer<typeof KeySettingsSchema>;

export const ViewPrefsSchema = z.object({
  hideSeen: z.boolean(),
  hideDismissed: z.boolean(),
  onlyTopic: z.optional(z.string().check(z.maxLength(100))),
});
export type ViewPrefs = z.infer<typeof ViewPrefsSchema>;

export const UserTopicSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
  /** Words or phrases matched on word boundaries in title and abstract, case-insensitive. */
  keywords: list(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))).check(z.minLength(1)),
});
export type UserTopic = z.infer<typeof UserTopicSchema>;

export const SettingsSchema = z.object({
  keys: KeySettingsSchema,
  view: z.object({ huggingface: ViewPrefsSchema, arxiv: ViewPrefsSchema }),
  userTopics: list(UserTopicSchema),
});
export type Settings = z.infer<typeof SettingsSchema>;

const defaultView: ViewPrefs = { hideSeen: false, hideDismissed: false };

export const DEFAULT_SETTINGS: Settings = {
  keys: {
    enabled: true,
    map: { next: 'j', prev: 'k', star: 's', dismiss: 'x', open: 'o', tag: 't', help: '?' },
  },
  view: Object.fromEntries(SITES.map((site) => [site, defaultView])) as Record<Site, ViewPrefs>,
  userTopics: [],
};

/** Stored settings over the defaults, so a setting added in a later version has its default. */
export function withDefaults(stored: unknown): Settings {
  const partial = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<Settings>;
  const merged = {
    ...DEFAULT_SETTINGS,
    ...partial,
    keys: { ...DEFAULT_SETTINGS.keys, ...partial.keys, map: { ...DEFAULT_SETTINGS.keys.map, ...partial.keys?.map } },
    view: { ...DEFAULT_SETTINGS.view, ...partial.view },
  };
  const parsed = SettingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}
