import { describe, expect, it } from 'vitest';
import {
  addUserTopic,
  parseKeywords,
  removeUserTopic,
  shadowsBuiltin,
  updateUserTopic,
  validateUserTopic,
} from '@/lib/topics';

const errors = (result: { ok: boolean; errors?: string[] }) => (result.ok ? [] : (result.errors ?? []));

describe('user topics', () => {
  it('parses keywords from a list or a comma/semicolon/line separated string, dropping repeats', () => {
    expect(parseKeywords(' KV cache, speculative  decoding;kv cache\n\nearly exit ')).toEqual([
      'KV cache',
      'speculative decoding',
      'early exit',
    ]);
    expect(parseKeywords(['a', ' ', 'A'])).toEqual(['a']);
  });

  it('validates with messages a settings screen can show as they are', () => {
    expect(errors(validateUserTopic({ name: '  ', keywords: '' }))).toEqual([
      'Give the topic a name.',
      'Add at least one keyword, for example "diffusion model".',
    ]);
    expect(errors(validateUserTopic({ name: 'x'.repeat(61), keywords: 'a' }))).toEqual([
      'A topic name can be at most 60 characters long.',
    ]);
    expect(errors(validateUserTopic({ name: 'Odd', keywords: ['--', '*robot', 'ro*bot'] }))).toEqual([
      '"--" has no letters or digits to match.',
      '"*robot": a * can only end a keyword (robot* matches robotics).',
      '"ro*bot": a * can only end a keyword (robot* matches robotics).',
    ]);
    expect(errors(validateUserTopic({ name: 'Long', keywords: ['k'.repeat(101)] }))[0]).toMatch(/too long/);
    expect(validateUserTopic({ name: ' My  topic ', keywords: 'robot*, RL' })).toEqual({
      ok: true,
      value: { name: 'My topic', keywords: ['robot*', 'RL'] },
    });
  });

  it('creates, edits and deletes, refusing a second topic of the same name', () => {
    let topics = addUserTopic([], { name: 'Efficiency', keywords: 'KV cache' });
    expect(topics.ok).toBe(true);
    const list = topics.ok ? topics.value : [];
    expect(errors(addUserTopic(list, { name: 'efficiency', keywords: 'x' }))).toEqual([
      'You already have a topic named "efficiency".',
    ]);
    topics = updateUserTopic(list, 'EFFICIENCY', { name: 'Efficiency', keywords: ['KV cache', 'quantization'] });
    expect(topics).toEqual({ ok: true, value: [{ name: 'Efficiency', keywords: ['KV cache', 'quantization'] }] });
    expect(errors(updateUserTopic(list, 'Nope', { name: 'X', keywords: 'y' }))).toEqual([
      'There is no topic named "Nope".',
    ]);
    expect(removeUserTopic(list, ' efficiency ')).toEqual([]);
  });

  it('tells when a name hides a built-in topic (the reader wins)', () => {
    expect(shadowsBuiltin('vision')).toBe(true);
    expect(shadowsBuiltin('My vision')).toBe(false);
  });
});
