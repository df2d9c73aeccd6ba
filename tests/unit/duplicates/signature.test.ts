// The exact index keys of a few varied papers (short, long, hyphenated, with a subtitle, a version mark,
// accents, an abstract), as stored in the `dupKeys` index of existing libraries: a key that drifts no longer
// meets the stored ones and duplicate detection silently fails. These values must never change.
import { describe, expect, it } from 'vitest';
import { duplicateSignature } from '@/lib/duplicates/signature';

const ABSTRACT = [
  'Neighborhood attention reduces the cost of self attention by restricting each token to its nearest neighbors.',
  'Implementations have been limited by the lack of infrastructure, and by fused kernels that do not scale.',
  'We present two new methods for neighborhood attention kernels which bring its cost down at every level.',
].join(' ');

/** Title, its keys in order (space-separated), abstract. */
const PINNED: [title: string, keys: string, abstract?: string][] = [
  ['Transformers', 'T:1qy9v84 W:1qy9v84'],
  ['Mamba Models', 'T:14o94p7 W:1rochd4 W:1fv1wlb W:swo6za'],
  ['Scaling Laws Revisited', 'T:l096yq W:1gzjc5j W:rbxrrp W:13f3n8b W:1mkyxuo'],
  [
    'Flow-Guided Video Inpainting with Multi-Modal Large Language Models (v2)',
    'T:1mhk72y W:185bzoi W:112t0d W:lfypvz W:14o5hv0 W:63pq20 W:b8k6b1 W:1fn85be W:1qx5mxq W:1pa3tri W:hff8nu W:1evpj33 W:bm0c0z W:tm82mi W:13jyg1j W:19yoi2w W:qukv8v W:18lvsl5 W:19ivc9x',
  ],
  ['Attention Is All You Need', 'T:6tx08x W:1qalty6 W:zib8iz W:jhon13'],
  [
    'LoRA: Low-Rank Adaptation of Large Language Models',
    'T:1q2dfb4 W:1nozwgg W:1yqm6s0 W:157kzam W:1bim09h W:146f8tu W:1rekyw9 W:6ceamu W:gslbiq W:1kd543x W:1elb5x0 W:40mxv0 W:1f2z8fu W:125mosc W:1jou6ax W:e9y6az',
  ],
  [
    "Galaxies & Their Halos — A Survey of the Universe's Dark Matter Across 13 Billion Years of Cosmic History [extended version]",
    'T:1nudedd T:1dbf2c0 W:qip8se W:1n4w59n W:vao2ks W:uuywqw W:12m22wx W:5tm31j W:q0loml W:1cogpy9 W:hmjyxa W:kiuxq4 W:1ra5k5u W:15aef16 W:1u50s8f W:k6k72b W:b7ov4t',
  ],
  [
    'Étude des modèles de langue: apprentissage à grande échelle',
    'T:8u0564 T:156od07 W:12lcjtw W:4i90xt W:8w66de W:1hdkuvg W:103skxd W:8vrbk1 W:17b47ze W:4cwslv W:1qza8w8 W:1yckc00 W:a762ix W:hpxda0 W:1xtx7lq W:1dtted8 W:x5hoac',
  ],
  [
    'Über die Schätzung der Dunklen Materie – eine Übersicht',
    'T:1q0jwaf T:mr1glw W:bs8typ W:i9ix9e W:sjgr6l W:1gd3msk W:1qbuo5h W:bxdvdu W:1u6z1by W:h34k40 W:1ogsmm W:q8hw28 W:q7wvi8 W:16goi24 W:qkbgxn W:yqe3in W:9e4g3c W:pek4yw',
  ],
  [
    'Faster Neighborhood Attention: Reducing the O(n^2) Cost of Self Attention at the Threadblock Level',
    'T:1wdwxvd T:1e49nv7 W:1tymqtc W:15irf8p W:7wycka W:1n9jp92 W:fgudrs W:10kxlfv W:1omqk7k W:tepy65 W:1ht8055 W:9bck1q W:vevv6e W:1j4d2pk W:11qy2y1 W:1rxlay1 W:aruxhf W:1gq2lwn A0:prsnon A1:uzeqea A2:sa07l6 A3:1376znx A4:1setiyh A5:169ocri A6:zthru2 A7:14pxm8b A8:1mci10m A9:assha5 A10:2ltj13 A11:7265g4 A12:14myqzz A13:1yuuuz5 A14:1dkzzb4 A15:1xn2gp6',
    ABSTRACT,
  ],
];

describe('stored near-duplicate keys', () => {
  it.each(PINNED)('keys %s as every release before', (title, keys, abstract) => {
    expect(duplicateSignature({ title, abstract }).bands.join(' ')).toBe(keys);
  });
});
