import type { MarginDB } from '../db';
import { type Settings, withDefaults } from '../settings';

export async function loadSettings(db: MarginDB): Promise<Settings> {
  return withDefaults((await db.settings.get('settings'))?.value);
}

export async function saveSettings(db: MarginDB, change: (current: Settings) => Settings): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = change(withDefaults((await db.settings.get('settings'))?.value));
    await db.settings.put({ key: 'settings', value: next });
    return next;
  });
}
