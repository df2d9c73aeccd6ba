// Wiring only: open the library database and render the full-page library (or say why it cannot be opened).
import { render } from 'preact';
import { LibraryApp } from '@/components/library/LibraryApp';
import { StorageProblem } from '@/components/StorageProblem';
import { openLibraryDb } from '@/lib/library/extension-page';
import '@/components/extension-page.css';
import '@/components/library/library.css';

const app = document.getElementById('app') as HTMLElement;
openLibraryDb().then(
  (db) => render(<LibraryApp db={db} suggest={async () => []} />, app),
  (error: unknown) => render(<StorageProblem error={error} />, app),
);
