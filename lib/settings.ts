// Reader settings: keyboard triage, per-site view choices, topic rules. One row in the settings table.
import { list } from './paper';
import type { KEY_ACTIONS } from './settings-defaults';
import { DEFAULT_SETTINGS } from './settings-defaults';
import { z } from './zod';

export { DEFAULT_SETTINGS, KEY_ACTIONS } from './settings-defaults';
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
