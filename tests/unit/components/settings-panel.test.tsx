import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { SettingsPanel } from '@/components/library/SettingsPanel';
import type { MarginDB } from '@/lib/db';
import { loadSettings, saveSettings } from '@/lib/library/settings-store';
import type { Settings } from '@/lib/settings';
import { freshDb } from '../library/helpers';
import { expectShownAsText, HOSTILE } from './helpers';

let broadcasts: Settings[];

beforeEach(() => {
  broadcasts = [];
  // Two digest tabs listening for settings changes.
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 1 }, { id: 2 }] as never);
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: unknown) => {
    const { type, data } = message as { type: string; data: { settings: Settings } };
    if (type === 'settingsChanged' && tabId === 1) broadcasts.push(data.settings);
    return null;
  }) as typeof browser.tabs.sendMessage);
});
afterEach(() => vi.restoreAllMocks());

async function renderPanel(db: MarginDB = freshDb()) {
  render(<SettingsPanel db={db} />);
  await screen.findByRole('region', { name: 'Settings' });
  return db;
}

const keyField = (label: string) => screen.getByRole('textbox', { name: `Key for ${label}` }) as HTMLInputElement;
const status = () => screen.getByRole('status');

describe('SettingsPanel', () => {
  it('shows the keys in force, on by default', async () => {
    await renderPanel();
    expect(screen.getByRole('region', { name: 'Settings' }).hasAttribute('data-margin-settings')).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Keys on' }) as HTMLInputElement).checked).toBe(true);
    const labels = [
      'Next paper',
      'Previous paper',
      'Star / unstar',
      'Dismiss / reopen',
      'Open paper',
      'Tag paper',
      'Show keys',
    ];
    expect(labels.map((label) => keyField(label).value)).toEqual(['j', 'k', 's', 'x', 'o', 't', '?']);
    expect(keyField('Next paper').maxLength).toBe(1);
  });

  it('turns the keys off, stores it and tells open pages', async () => {
    const db = await renderPanel();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Keys on' }));
    await waitFor(() => expect(status().textContent).toBe('Saved.'));
    expect((await loadSettings(db)).keys.enabled).toBe(false);
    expect(broadcasts.map((s) => s.keys.enabled)).toEqual([false]);
    await waitFor(() =>
      expect((screen.getByRole('checkbox', { name: 'Keys on' }) as HTMLInputElement).checked).toBe(false),
    );
  });

  it('turns them back on', async () => {
    const db = freshDb();
    await saveSettings(db, (s) => ({ ...s, keys: { ...s.keys, enabled: false } }));
    await renderPanel(db);
    const box = screen.getByRole('checkbox', { name: 'Keys on' }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    await waitFor(async () => expect((await loadSettings(db)).keys.enabled).toBe(true));
  });

  it('remaps a key, stores it and tells open pages', async () => {
    const db = await renderPanel();
    fireEvent.change(keyField('Next paper'), { target: { value: 'n' } });
    await waitFor(() => expect(status().textContent).toBe('Saved.'));
    expect((await loadSettings(db)).keys.map).toMatchObject({ next: 'n', prev: 'k', star: 's' });
    expect(broadcasts[0]?.keys.map.next).toBe('n');
  });

  it('keeps the stored key when the field is emptied', async () => {
    const db = await renderPanel();
    fireEvent.change(keyField('Star / unstar'), { target: { value: ' ' } });
    expect(keyField('Star / unstar').value).toBe('s');
    expect((await loadSettings(db)).keys.map.star).toBe('s');
    expect(broadcasts).toEqual([]);
    expect(status().textContent).toBe('');
  });

  it('warns when two actions share a key', async () => {
    await renderPanel();
    expect(screen.queryByText(/same key/)).toBeNull();
    fireEvent.change(keyField('Star / unstar'), { target: { value: 'j' } });
    const warning = await screen.findByText(/same key/);
    expect(warning.textContent).toBe('The same key is set for two actions: Next paper, Star / unstar.');
  });

  it('saves the reader’s topics and says open pages show them', async () => {
    const db = await renderPanel();
    fireEvent.input(screen.getByRole('textbox', { name: 'Topic name' }), { target: { value: 'Robotics' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Keywords, separated by commas' }), {
      target: { value: 'robot, grasping' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add topic' }));
    await waitFor(() => expect(status().textContent).toBe('Topics saved: open pages show them now.'));
    expect((await loadSettings(db)).userTopics).toEqual([{ name: 'Robotics', keywords: ['robot', 'grasping'] }]);
    expect(broadcasts[0]?.userTopics).toHaveLength(1);
    expect(await screen.findByText('Robotics')).toBeTruthy();
  });

  it('says why a change could not be saved', async () => {
    const db = await renderPanel();
    vi.spyOn(db.settings, 'put').mockRejectedValue(new Error('QuotaExceededError: the disk is full'));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Keys on' }));
    await waitFor(() => expect(status().textContent).toBe('QuotaExceededError: the disk is full'));
    expect(broadcasts).toEqual([]);
  });

  it('shows hostile stored topics as text', async () => {
    const db = freshDb();
    await saveSettings(db, (s) => ({ ...s, userTopics: [{ name: HOSTILE, keywords: [HOSTILE] }] }));
    await renderPanel(db);
    await waitFor(() => expect(screen.getByRole('region', { name: 'Settings' }).textContent).toContain(HOSTILE));
    expectShownAsText(screen.getByRole('region', { name: 'Settings' }));
  });
});
