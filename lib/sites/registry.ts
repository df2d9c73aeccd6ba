// Every digest site Margin knows. Adding a site = one adapter module here + one fixture in tests.
import { arxiv } from './arxiv';
import { huggingface } from './huggingface';
import type { DetectedPage, SiteAdapter } from './types';

export const ADAPTERS: readonly SiteAdapter[] = [huggingface, arxiv];

/** The adapter and page kind for a URL, or null when Margin has nothing to do there. */
export function detectPage(href: string, adapters: readonly SiteAdapter[] = ADAPTERS): DetectedPage | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  for (const adapter of adapters) {
    const handler = adapter.pages.find((candidate) => candidate.matches(url));
    if (handler) return { adapter, handler };
  }
  return null;
}
