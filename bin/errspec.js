#!/usr/bin/env node
// Plain JavaScript at run time: the toolkit is compiled to dist/ (npm run build, run by
// `npm ci` through `prepare`, and shipped in the package tarball).
import { main } from '../dist/generators/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
