import type { Diagnostics } from '@/lib/messages';

/** What Margin found on the current tab: which adapter ran and how many papers, or a clear warning. */
export function PageStatus({ diagnostics }: { diagnostics: Diagnostics | null | undefined }) {
  if (diagnostics === undefined) return <p class="page-status muted">Looking at this tab…</p>;
  if (diagnostics === null || !diagnostics.adapter) {
    return (
      <p class="page-status muted" data-margin-diagnostics="none">
        Margin works on Hugging Face Daily Papers and arXiv listings; this tab is neither.
      </p>
    );
  }
  const { counts } = diagnostics;
  return (
    <div class="page-status" data-margin-diagnostics={diagnostics.warning ? 'warning' : 'ok'}>
      <div>
        <strong>{diagnostics.adapter}</strong> ({diagnostics.kind}): {diagnostics.papers} papers found
        {diagnostics.papers > 0 && ` · ${counts.new} new · ${counts.seen} seen · ${counts.saved} saved`}
      </div>
      {diagnostics.warning && (
        <p class="warning" role="alert">
          {diagnostics.warning}
        </p>
      )}
      {diagnostics.unreadable > 0 && (
        <p class="warning">{diagnostics.unreadable} cards could not be read on this page.</p>
      )}
      {diagnostics.error && (
        <p class="warning" role="alert">
          {diagnostics.error}
        </p>
      )}
    </div>
  );
}
