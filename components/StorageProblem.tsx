/** Shown instead of the library when the browser will not open Margin's database. */
export function StorageProblem({ error }: { error: unknown }) {
  return (
    <main class="storage-problem" data-margin-storage-error>
      <h1>Margin cannot open its library</h1>
      <p role="alert">{error instanceof Error ? error.message : String(error)}</p>
      <p>
        Nothing was lost: papers already saved stay in this browser profile. Private windows and some privacy settings
        block the storage Margin needs; open a normal window, or free disk space, and try again.
      </p>
    </main>
  );
}
