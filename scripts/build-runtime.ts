// npm run build:runtime: recompiles the generated catalog's fixed runtime (see runtime-texts.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../generators/util/package-root.js';
import { RUNTIME_FILES_MODULE, runtimeFilesModule, runtimeTexts } from './runtime-texts.js';

const root = packageRoot();
writeFileSync(join(root, RUNTIME_FILES_MODULE), runtimeFilesModule(runtimeTexts(root)));
console.log(`wrote ${RUNTIME_FILES_MODULE}`);
