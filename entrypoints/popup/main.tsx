// Wiring only: open the library database and render the popup (or say why it cannot be opened).
import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { StorageProblem } from '@/components/StorageProblem';
import { openLibraryDb } from '@/lib/library/extension-page';
import '@/components/extension-page.css';
import '@/components/popup/popup.css';

const app = document.getElementById('app') as HTMLElement;
openLibraryDb().then(
  (db) => render(<PopupApp db={db} />, app),
  (error: unknown) => render(<StorageProblem error={error} />, app),
);
