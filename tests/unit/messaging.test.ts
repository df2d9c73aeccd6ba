import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MessageFailure, sendRequest } from '@/lib/messaging';
import type { PaperRef } from '@/lib/paper';
import { type Handlers, listenForRequests } from '@/lib/request-listener';

const handlers = {
  visitPage: vi.fn(async () => ({ states: {}, settings: {} as never, tags: [] })),
  lookUpStates: vi.fn(async () => ({})),
  setSaved: vi.fn(async () => ({ id: '2611.00001', saved: true, tags: [], dismissed: false })),
  setDismissed: vi.fn(),
  setTags: vi.fn(),
  setViewPrefs: vi.fn(),
  openLibrary: vi.fn(async () => null),
} as unknown as Handlers;

const paper: PaperRef = {
  id: '2611.00001',
  title: 'A paper',
  authors: [],
  subjects: [],
  site: 'arxiv',
  pageUrl: 'https://arxiv.org/list/cs.LG/new',
  section: 'new',
  links: {},
};

describe('messaging', () => {
  it('delivers a valid request to its handler and returns the typed reply', async () => {
    listenForRequests(handlers, () => ({ code: 'internal', message: 'x' }));
    await expect(sendRequest('setSaved', { paper, saved: true })).resolves.toMatchObject({ saved: true });
  });

  it('rejects a request that does not match its schema, naming the field', async () => {
    listenForRequests(handlers, () => ({ code: 'internal', message: 'x' }));
    const bad = { ...paper, pageUrl: 'javascript:alert(1)' };
    await expect(sendRequest('setSaved', { paper: bad, saved: true })).rejects.toMatchObject({
      code: 'invalid-request',
      message: expect.stringContaining('paper.pageUrl'),
    });
  });

  it('turns a handler failure into a classified error', async () => {
    const failing = { ...handlers, openLibrary: async () => Promise.reject(new Error('boom')) } as Handlers;
    listenForRequests(failing, (e) => ({ code: 'storage-full', message: String(e) }));
    await expect(sendRequest('openLibrary', {})).rejects.toBeInstanceOf(MessageFailure);
  });

  it('retries when the service worker went away mid-message, then succeeds', async () => {
    const send = vi
      .spyOn(browser.runtime, 'sendMessage')
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce({ ok: true, data: null } as never);
    await expect(sendRequest('openLibrary', {})).resolves.toBeNull();
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('asks for a reload when the extension was updated under the page', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error('Extension context invalidated.'));
    await expect(sendRequest('openLibrary', {})).rejects.toThrow(/reload this page/);
    fakeBrowser.reset();
  });
});
