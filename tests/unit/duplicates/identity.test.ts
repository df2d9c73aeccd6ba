import { describe, expect, it } from 'vitest';
import { identityKey, sameIdentity, versionOf } from '@/lib/duplicates';

describe('identityKey', () => {
  it('gives one key to every form of an arXiv id: site, version, URL, DOI', () => {
    const forms = [
      '2401.00001',
      '2401.00001v3',
      ' arXiv:2401.00001v2 ',
      'arxiv:2401.00001',
      'https://arxiv.org/abs/2401.00001',
      'http://arxiv.org/abs/2401.00001v2',
      'https://www.arxiv.org/abs/2401.00001?context=cs.LG',
      'https://export.arxiv.org/abs/2401.00001v4',
      'https://arxiv.org/pdf/2401.00001',
      'https://arxiv.org/pdf/2401.00001v2',
      'https://arxiv.org/pdf/2401.00001v2.pdf',
      'https://arxiv.org/html/2401.00001v1',
      'https://arxiv.org/html/2401.00001v1/',
      'arxiv.org/abs/2401.00001',
      'https://huggingface.co/papers/2401.00001',
      'https://huggingface.co/papers/2401.00001#community',
      'huggingface.co/papers/2401.00001',
      'https://alphaxiv.org/abs/2401.00001',
      'https://www.alphaxiv.org/overview/2401.00001v2',
      '10.48550/arXiv.2401.00001',
      'doi:10.48550/ARXIV.2401.00001',
      'https://doi.org/10.48550/arXiv.2401.00001',
      'https://dx.doi.org/10.48550/arxiv.2401.00001',
    ];
    for (const form of forms) expect([form, identityKey(form)]).toEqual([form, '2401.00001']);
  });

  it('keeps old-style ids whole and drops the subject class, as arXiv does', () => {
    expect(identityKey('hep-th/9901001v2')).toBe('hep-th/9901001');
    expect(identityKey('https://arxiv.org/abs/hep-th/9901001')).toBe('hep-th/9901001');
    expect(identityKey('math.GT/0309136')).toBe('math/0309136');
  });

  it('keys other DOIs and our title ids, and nothing else', () => {
    expect(identityKey('https://doi.org/10.1145/3292500.3330701')).toBe('doi:10.1145/3292500.3330701');
    expect(identityKey('DOI: 10.1145/ABC')).toBe('doi:10.1145/abc');
    expect(identityKey('title:abc123')).toBe('title:abc123');
    for (const other of ['', 'hello', 'https://example.com/paper', '2401.0001', '1501.1234'])
      expect(identityKey(other)).toBeNull();
  });

  it('tells versions apart from identity', () => {
    expect(versionOf('https://arxiv.org/abs/2401.00001v3')).toBe(3);
    expect(versionOf('2401.00001')).toBeUndefined();
    expect(sameIdentity('https://huggingface.co/papers/2401.00001', 'arXiv:2401.00001v5')).toBe(true);
    expect(sameIdentity('2401.00001', '2401.00002')).toBe(false);
    expect(sameIdentity('hello', 'hello')).toBe(false);
  });
});
