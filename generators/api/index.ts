// errspec as a library: `import { loadSpec, validate, generate, diff } from 'errspec'`.
// The CLI is a thin layer over these functions: they return the very diagnostics it
// prints (format them with `formatDiagnostic`), and never print or exit themselves.
// Usage and I/O problems (an unreadable file, an unknown git ref) throw a `ToolError`.
export { loadSpec, validate, type LoadSpecOptions, type LoadSpecResult, type ValidateResult } from './validate.js';
export { generate, type GenerateOptions, type GenerateResult } from './generate.js';
export { diff, type DiffOptions, type DiffResult, type DiffSide } from './diff.js';
export { nextCode, type NextCode, type NextCodeOptions, type NextCodeResult, type TakenCode } from './next-code.js';
export type { ProjectOptions } from './options.js';

export { formatDiagnostic, summaryLine, toJson as diagnosticToJson, type JsonDiagnostic } from '../diagnostics/format.js';
export type { Diagnostic, Span } from '../diagnostics/diagnostic.js';
export type { RuleId, Severity } from '../diagnostics/catalog.js';
export { ToolError } from '../diagnostics/tool-error.js';
export type { SourceFile } from '../load/source-file.js';

export { formatText as formatDiffText } from '../diff/format-text.js';
export { formatMarkdown as formatDiffMarkdown } from '../diff/format-markdown.js';
export { formatJson as formatDiffJson } from '../diff/format-json.js';
export type { DiffReport } from '../diff/report.js';
export type { Change } from '../diff/change.js';

export type * from '../model/types.js';
