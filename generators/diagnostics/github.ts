// `--format github`: GitHub Actions workflow commands, which annotate the named file's
// line in a pull request (`::error file=…,line=…,col=…,title=…::message`). Values are
// escaped as the runner expects: `%`, CR and LF everywhere, and `:` `,` in properties.
import type { Diagnostic } from './diagnostic.js';
import { lineColumn } from '../load/source-file.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  readonly level: AnnotationLevel;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly col?: number;
  readonly title?: string;
}

const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function workflowCommand(a: Annotation): string {
  const props = (
    [
      ['file', a.file],
      ['line', a.line],
      ['col', a.col],
      ['title', a.title],
    ] as const
  ).flatMap(([k, v]) => (v === undefined ? [] : [`${k}=${escapeProperty(String(v))}`]));
  return `::${a.level}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeData(a.message)}`;
}

/** A diagnostic as an annotation at its file:line:column, titled with its rule id, its hint on a second line. */
export function diagnosticAnnotation(d: Diagnostic): string {
  const at = d.span ? lineColumn(d.file, d.span.start) : undefined;
  return workflowCommand({
    level: d.severity === 'error' ? 'error' : 'warning',
    file: d.file.path,
    ...(at ? { line: at.line, col: at.column } : {}),
    title: d.rule,
    message: d.hint === '' ? d.message : `${d.message}\nhint: ${d.hint}`,
  });
}
