// The library database. Opened only in the extension's origin (background, popup, library page): a
// content script's IndexedDB would belong to the web page.
import Dexie, { type DBCore, type DBCoreTransaction, type Table } from 'dexie';
import { addDuplicateKeys, addReadingFieldsAndSeenSummaries } from './db-migrations';
import { SCHEMA_VERSIONS } from './db-schema';
import { withDupKeys } from './duplicates/keys';
import { type Paper, PaperSchema, type Sighting, SightingSchema } from './paper';
import { SettingsSchema } from './settings';
import { z } from './zod';
import { firstProblem } from './zod-issues';

export const DB_NAME = 'margin';

export const SettingsRowSchema = z.object({ key: z.literal('settings'), value: SettingsSchema });
export type SettingsRow = z.infer<typeof SettingsRowSchema>;

const UPGRADES: Record<number, (tx: import('dexie').Transaction) => Promise<void>> = {
  2: addReadingFieldsAndSeenSummaries,
  3: addDuplicateKeys,
};

const ROW_SCHEMAS: Record<string, z.ZodMiniType> = {
  papers: PaperSchema,
  sightings: SightingSchema,
  settings: SettingsRowSchema,
};

/** A row that does not match its schema; nothing of the write that carried it is stored. */
export class InvalidRowError extends Error {
  override name = 'InvalidRowError';
}

/** Keys for a row written without them; keyed now, unless the writer says when (its own clock). */
const keyedNow = (paper: Paper): Paper => ({ ...withDupKeys(paper), keyedAt: paper.keyedAt ?? Date.now() });
/** Dexie hands its middleware the native transaction: `versionchange` while an upgrade step runs. */
const upgrading = (trans: DBCoreTransaction) => (trans as unknown as IDBTransaction).mode === 'versionchange';

/** Every put and add is validated against the row's Zod schema before it reaches IndexedDB. */
function validateWrites(down: DBCore): DBCore {
  return {
    ...down,
    table(name) {
      const table = down.table(name);
      const schema = ROW_SCHEMAS[name];
      if (!schema) return table;
      return {
        ...table,
        mutate(req) {
          if ((req.type === 'put' || req.type === 'add') && name === 'papers') {
            // Every paper row carries its near-duplicate keys, whoever wrote it (a visit, an import), and when
            // they entered the index.
            // An upgrade step's rows were in the index before any duplicate check: they get no keyedAt.
            const key = upgrading(req.trans) ? withDupKeys : keyedNow;
            req = { ...req, values: req.values.map((paper: Paper) => (paper.dupKeys ? paper : key(paper))) };
          }
          if (req.type === 'put' || req.type === 'add') {
            for (const value of req.values) {
              const result = schema.safeParse(value);
              if (!result.success) {
                return Promise.reject(new InvalidRowError(`Invalid ${name} row: ${firstProblem('', result.error)}`));
              }
            }
          }
          return table.mutate(req);
        },
      };
    },
  };
}

export class MarginDB extends Dexie {
  papers!: Table<Paper, string>;
  sightings!: Table<Sighting, string>;
  settings!: Table<SettingsRow, string>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const { version, stores } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      const upgrade = UPGRADES[version];
      if (upgrade) declared.upgrade(upgrade);
    }
    this.use({ stack: 'dbcore', name: 'validate-writes', create: validateWrites });
  }
}
