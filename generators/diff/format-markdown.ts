// The PR-comment format (GFM): a one-line verdict, then a table per severity with
// links to the codes' anchors in the generated docs, then the possibly stale
// translations. Every piece of text goes through the markdown escaping helpers.
import { codeAnchor, codeSpan, escapeCell, escapeInline } from '../emit/markdown/escape.js';
import type { Change } from './change.js';
import { SEVERITIES, type ChangeSeverity } from './rules.js';
import { stalePerLocale, verdictLine, type DiffReport } from './report.js';
import { textEdit } from './text-edit.js';
import { versionLine } from './version-bump.js';

export interface MarkdownDiffOptions {
  /**
   * Path or absolute URL of the generated docs folder with a final `/`, e.g.
   * `generated/docs/` or `https://github.com/o/r/blob/<sha>/generated/docs/`: codes
   * link to `<docsBase><locale>.md#code-<value>`. No links when absent.
   */
  readonly docsBase?: string;
}

const TITLES: Record<ChangeSeverity, string> = { breaking: 'Breaking', dangerous: 'Dangerous', safe: 'Safe' };

// Codes that are gone from the head have no anchor in its docs.
const GONE = new Set<string>(['code-removed', 'retired-code-deleted']);

/** A link target: percent-encoded, with the parentheses that would end a markdown link escaped. */
const href = (path: string): string => encodeURI(path).replace(/\(/g, '%28').replace(/\)/g, '%29');

function codeCell(c: Change, report: DiffReport, options: MarkdownDiffOptions): string {
  if (c.code === undefined) return '';
  const value = codeSpan(String(c.code));
  const linked =
    options.docsBase === undefined || GONE.has(c.rule)
      ? value
      : `[${value}](${href(`${options.docsBase}${report.sourceLocale}.md`)}#${codeAnchor(c.code)})`;
  return c.name === undefined ? linked : `${linked} ${codeSpan(c.name)}`;
}

export function formatMarkdown(report: DiffReport, options: MarkdownDiffOptions = {}): string {
  const lines = [`**errspec diff:** ${escapeInline(verdictLine(report))}`, '', `Compared ${codeSpan(report.base)} (base) with ${codeSpan(report.head)} (head).`];
  const version = report.packageVersion;
  if (version) lines.push('', `${version.enough ? '' : '**Version:** '}${escapeInline(versionLine(version))}`);
  for (const severity of SEVERITIES) {
    const changes = report.changes.filter((c) => c.severity === severity);
    if (changes.length === 0) continue;
    lines.push('', `### ${TITLES[severity]} (${changes.length})`, '', '| Rule | Code | Change |', '| --- | --- | --- |');
    for (const c of changes) {
      const edit = textEdit(c);
      const shown = edit ? `${escapeCell(c.message)} · Before: ${escapeCell(edit.before)} · After: ${escapeCell(edit.after)}` : escapeCell(c.message);
      lines.push(`| ${codeSpan(c.rule)} | ${codeCell(c, report, options)} | ${shown} |`);
    }
  }
  if (report.stale.length > 0) {
    lines.push(
      '',
      `### Possibly stale translations (${report.stale.length})`,
      '',
      escapeInline(`The ${report.sourceLocale} text changed and these translations did not: translators should revisit them.`),
      '',
      '| Locale | Key |',
      '| --- | --- |',
    );
    for (const [locale, keys] of stalePerLocale(report.stale)) for (const key of keys) lines.push(`| ${codeSpan(locale)} | ${codeSpan(key)} |`);
  }
  return lines.join('\n');
}
