// The labelled duplicate set: the seed papers (a paper on two pages is one true pair) and generated
// variants of each, every pair of listings of one paper a true pair, every other pair a negative.
import { normalizeTitle } from '../../lib/text';
import type { SeedPaper } from './seeds';
import { type Listing, makeVariant, VARIANT_KINDS, type VariantKind } from './variants';

export interface Item {
  /** Same group = same paper. */
  group: number;
  origin: 'seed' | VariantKind | 'fixture';
  paper: Listing;
}

export function labelledSet(seeds: SeedPaper[]): Item[] {
  const groups = new Map<string, number>();
  const items: Item[] = [];
  for (const seed of seeds) {
    const key = `${normalizeTitle(seed.title)}\n${normalizeTitle(seed.abstract)}`;
    const known = groups.get(key);
    const group = known ?? groups.size;
    items.push({ group, origin: 'seed', paper: { title: seed.title, abstract: seed.abstract } });
    if (known !== undefined) continue;
    groups.set(key, group);
    VARIANT_KINDS.forEach((kind, k) => {
      const variant = makeVariant(seed, kind, 7919 * group + 101 * k + 1);
      items.push({ group, origin: variant.kind, paper: { title: variant.title, abstract: variant.abstract } });
    });
  }
  return items;
}
