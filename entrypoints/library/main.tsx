// Wiring only: open the library database and render the full-page library (or say why it cannot be opened).
import { render } from 'preact';
import { LibraryApp } from '@/components/library/LibraryApp';
import { StorageProblem } from '@/components/StorageProblem';
import { openLibraryDb } from '@/lib/library/extension-page';
import { createSuggester } from '@/lib/library/suggestions';
import '@/components/extension-page.css';
import '@/components/library/library.css';

const app = document.getElementById('app') as HTMLElement;
openLibraryDb().then(
  (db) => {
    const suggester = createSuggester(db);
    render(<LibraryApp db={db} suggest={(id) => suggester.forPaper(id)} />, app);
  },
  (error: unknown) => render(<StorageProblem error={error} />, app),
);
