import { useState } from 'preact/hooks';
import type { MarginDB } from '@/lib/db';
import { loadSettings, saveSettings } from '@/lib/library/settings-store';
import { broadcastToTabs } from '@/lib/messaging';
import { KEY_ACTIONS, type KeyAction, type Settings } from '@/lib/settings';
import { useLiveQuery } from '../use-live-query';
import { TopicRulesEditor } from './TopicRulesEditor';

const KEY_LABELS: Record<KeyAction, string> = {
  next: 'Next paper',
  prev: 'Previous paper',
  star: 'Star / unstar',
  dismiss: 'Dismiss / reopen',
  open: 'Open paper',
  tag: 'Tag paper',
  help: 'Show keys',
};

/** Keyboard triage keys and topic rules; every change reaches open digest pages at once. */
export function SettingsPanel({ db }: { db: MarginDB }) {
  const settings = useLiveQuery(() => loadSettings(db), [db]).value;
  const [message, setMessage] = useState('');
  if (!settings) return null;
  const save = async (change: (current: Settings) => Settings, done = 'Saved.') => {
    try {
      const next = await saveSettings(db, change);
      await broadcastToTabs('settingsChanged', { settings: next });
      setMessage(done);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };
  // Every action whose key another action also has, so the warning names both sides of each clash.
  const duplicateKeys = KEY_ACTIONS.filter((a) =>
    KEY_ACTIONS.some((b) => b !== a && settings.keys.map[b] === settings.keys.map[a]),
  );
  return (
    <section class="settings" aria-label="Settings" data-margin-settings>
      <h2>Keyboard triage on digest pages</h2>
      <label>
        <input
          type="checkbox"
          checked={settings.keys.enabled}
          onChange={(e) => {
            const enabled = e.currentTarget.checked;
            void save((s) => ({ ...s, keys: { ...s.keys, enabled } }));
          }}
        />
        Keys on
      </label>
      <div class="key-map">
        {KEY_ACTIONS.map((action) => (
          <label key={action}>
            {KEY_LABELS[action]}
            <input
              class="key"
              maxLength={1}
              aria-label={`Key for ${KEY_LABELS[action]}`}
              value={settings.keys.map[action]}
              onChange={(e) => {
                const key = e.currentTarget.value.trim();
                if (!key) {
                  // An action always has a key: an emptied field shows the one still in force.
                  e.currentTarget.value = settings.keys.map[action];
                  return;
                }
                void save((s) => ({ ...s, keys: { ...s.keys, map: { ...s.keys.map, [action]: key } } }));
              }}
            />
          </label>
        ))}
      </div>
      {duplicateKeys.length > 0 && (
        <p class="warning">
          The same key is set for two actions: {duplicateKeys.map((a) => KEY_LABELS[a]).join(', ')}.
        </p>
      )}
      <TopicRulesEditor
        topics={settings.userTopics}
        onSave={(userTopics) => save((s) => ({ ...s, userTopics }), 'Topics saved: open pages show them now.')}
      />
      <p class="muted" role="status">
        {message}
      </p>
    </section>
  );
}
