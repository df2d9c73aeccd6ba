// KeyHelp, PageNotice, StorageProblem, StatusSelect.
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { KeyHelp } from '@/components/KeyHelp';
import { PageNotice } from '@/components/PageNotice';
import { StatusSelect, statusLabel } from '@/components/StatusSelect';
import { StorageProblem } from '@/components/StorageProblem';
import type { ReadingStatus } from '@/lib/paper';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { expectShownAsText, HOSTILE } from './helpers';

describe('KeyHelp', () => {
  const pairs = () =>
    [...document.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);

  it('is a labelled dialog listing every key with what it does', () => {
    render(<KeyHelp keys={DEFAULT_SETTINGS.keys} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Margin keyboard shortcuts' });
    expect(dialog.hasAttribute('data-margin-help')).toBe(true);
    expect(pairs()).toEqual([
      ['j', 'next paper'],
      ['k', 'previous paper'],
      ['s', 'star / unstar'],
      ['x', 'dismiss (not interested) / reopen'],
      ['o', 'open the paper in a new tab'],
      ['t', 'tag the paper'],
      ['?', 'show or hide these keys'],
    ]);
    expect(dialog.querySelectorAll('kbd')).toHaveLength(7);
  });

  it('shows the keys as the reader remapped them', () => {
    const keys = { enabled: true, map: { ...DEFAULT_SETTINGS.keys.map, next: 'n', star: 'f' } };
    render(<KeyHelp keys={keys} onClose={() => {}} />);
    expect(pairs()[0]).toEqual(['n', 'next paper']);
    expect(pairs()[2]).toEqual(['f', 'star / unstar']);
  });

  it('closes with its Close button and says where keys are changed', () => {
    const onClose = vi.fn();
    render(<KeyHelp keys={DEFAULT_SETTINGS.keys} onClose={onClose} />);
    expect(screen.getByRole('dialog').textContent).toContain("Change or turn off the keys in the library's settings.");
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});

describe('PageNotice', () => {
  it('is an alert that says the message and can be dismissed', () => {
    const onClose = vi.fn();
    render(<PageNotice message="Storage is full: the star was not saved." onClose={onClose} />);
    const alert = screen.getByRole('alert');
    expect(alert.hasAttribute('data-margin-notice')).toBe(true);
    expect(alert.textContent).toBe('Margin: Storage is full: the star was not saved. Dismiss');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('shows a hostile message as text', () => {
    render(<PageNotice message={HOSTILE} onClose={() => {}} />);
    expectShownAsText(screen.getByRole('alert'));
  });
});

describe('StorageProblem', () => {
  it('explains that the library cannot open, with the browser’s reason as an alert', () => {
    render(<StorageProblem error={new Error('The user denied permission to access the database.')} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Margin cannot open its library');
    expect(screen.getByRole('alert').textContent).toBe('The user denied permission to access the database.');
    expect(screen.getByRole('main').hasAttribute('data-margin-storage-error')).toBe(true);
    expect(screen.getByRole('main').textContent).toContain('Nothing was lost');
  });

  it('shows an error that is not an Error as text', () => {
    render(<StorageProblem error={`QuotaExceededError ${HOSTILE}`} />);
    expect(screen.getByRole('alert').textContent).toBe(`QuotaExceededError ${HOSTILE}`);
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('StatusSelect', () => {
  it('offers the three reading statuses under readable names, with the current one chosen', () => {
    render(<StatusSelect value="reading" onChange={() => {}} />);
    const select = screen.getByRole('combobox', { name: 'Reading status' }) as HTMLSelectElement;
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['queue', 'To read'],
      ['reading', 'Reading'],
      ['read', 'Read'],
    ]);
    expect(select.value).toBe('reading');
  });

  it('calls back with the status chosen', () => {
    const onChange = vi.fn<(status: ReadingStatus) => void>();
    render(<StatusSelect value="queue" onChange={onChange} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Reading status' }), { target: { value: 'read' } });
    expect(onChange).toHaveBeenCalledExactlyOnceWith('read');
  });

  it('names statuses for other components', () => {
    expect(statusLabel('queue')).toBe('To read');
    expect(statusLabel('read')).toBe('Read');
  });
});
