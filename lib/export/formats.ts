// Every export format, by id. Adding a format = one module + one line here + its id in types.ts.
import { backup } from './backup';
import { bibtex } from './bibtex';
import { cslJson } from './csl-json';
import { csv } from './csv';
import { markdown } from './markdown';
import { ris } from './ris';
import type { ExportFormat, ExportFormatId } from './types';

export const EXPORT_FORMATS: Record<ExportFormatId, ExportFormat> = {
  bibtex,
  ris,
  'csl-json': cslJson,
  markdown,
  csv,
  json: backup,
};
