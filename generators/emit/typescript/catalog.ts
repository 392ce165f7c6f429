// `ts/catalog.ts`: dependency-free (imports neither form of `ErrorCode`), typed
// readonly data plus lookups, `describeError` and `formatMessage`.
import type { ErrorModel } from '../../model/types.js';
import { writeCatalogData } from './catalog-data.js';
import { writeCatalogMessages } from './catalog-messages.js';
import { writeCatalogRuntime } from './catalog-runtime.js';
import { writeCatalogTypes } from './catalog-types.js';
import type { Emit } from './source.js';

export function writeCatalog(emit: Emit, model: ErrorModel): void {
  writeCatalogTypes(emit, model);
  emit.ts('');
  writeCatalogData(emit, model);
  emit.ts('');
  writeCatalogRuntime(emit);
  emit.ts('');
  writeCatalogMessages(emit, model);
}
