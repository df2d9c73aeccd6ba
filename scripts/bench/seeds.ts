// The real papers the synthetic library is walked from: the Hugging Face daily-papers API fixture.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIXTURE, FIXTURES_DIR } from '../../tests/shared-fixtures';
import type { SeedPaper } from './library-data';

interface ApiItem {
  paper: { title: string; summary?: string; authors: { name: string }[] };
}

export function readSeeds(): SeedPaper[] {
  const items = JSON.parse(readFileSync(resolve(FIXTURES_DIR, FIXTURE.hfApi), 'utf8')) as ApiItem[];
  return items.map(({ paper }) => ({
    title: paper.title.replace(/\s+/g, ' ').trim(),
    abstract: paper.summary?.replace(/\s+/g, ' ').trim(),
    authors: paper.authors.map((author) => author.name),
  }));
}
