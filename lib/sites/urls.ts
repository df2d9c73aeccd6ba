// URLs read from someone else's page: a malformed href must cost one link, never the whole card.

/** `href` resolved against `base`, or undefined when it is absent, not a URL, or not http(s) (`javascript:`). */
export function absoluteUrl(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Path segments of `href` resolved against `base`, percent-decoded where possible; [] when it is not a URL. */
export function pathSegments(href: string | null | undefined, base: string): string[] {
  const absolute = absoluteUrl(href, base);
  if (!absolute) return [];
  return new URL(absolute).pathname
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
}
