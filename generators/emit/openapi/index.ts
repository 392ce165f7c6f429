import type { GeneratedFile, Generator } from '../../model/types.js';
import { buildDocument } from './document.js';
import type { OpenApiOptions } from './options.js';
import { resolveOptions } from './options.js';
import { sortDocument, toJson, toYaml } from './serialize.js';

export type { OpenApiFormat, OpenApiOptions } from './options.js';
export { DOCUMENT_VERSION } from './document.js';
export { ERROR_BODY, ERROR_CODE, RETRY_CLASS, responseName } from './refs.js';

/** `openapi/<fileName>.json` and `.yaml`: one document, two serializations. */
export const generateOpenApi: Generator<OpenApiOptions> = (model, options) => {
  const resolved = resolveOptions(options);
  const sorted = sortDocument(buildDocument(model, resolved.version));
  return resolved.formats.map(
    (format): GeneratedFile => ({
      path: `openapi/${resolved.fileName}.${format}`,
      contents: format === 'json' ? toJson(sorted) : toYaml(model, options, sorted),
    }),
  );
};
