// The diff toolkit: compare two models, sum the result up, print it.
export type { Change, StaleTranslation } from './change.js';
export { compare, compareModels } from './compare.js';
export { diffRules, type ChangeSeverity, type DiffRuleId, type SemverBump } from './rules.js';
export { diffModels, type DiffReport } from './report.js';
export { formatJson } from './format-json.js';
export { formatMarkdown, type MarkdownDiffOptions } from './format-markdown.js';
export { formatText } from './format-text.js';
