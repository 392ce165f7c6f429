// i18n keys of every text in the model. One definition, in the runtime the generated
// catalog ships, so the i18n JSON, coverage, the TS catalog and diff all agree on them.
export { keys } from '../emit/typescript/runtime/keys.js';
