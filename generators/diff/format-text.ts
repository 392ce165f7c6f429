// The terminal format: the verdict, then one line per change under its severity, then
// the possibly stale translations per locale.
import { SEVERITIES } from './rules.js';
import { plural, stalePerLocale, verdictLine, type DiffReport } from './report.js';
import { textEdit } from './text-edit.js';
import { versionLine } from './version-bump.js';

// String code values are user data: no terminal escape sequences reach the screen.
const visible = (text: string): string =>
  text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/\n/g, ' ');

export function formatText(report: DiffReport): string {
  const lines = [`errspec diff: ${visible(report.base)} → ${visible(report.head)}`, verdictLine(report)];
  if (report.packageVersion) lines.push(visible(versionLine(report.packageVersion)));
  for (const severity of SEVERITIES) {
    const changes = report.changes.filter((c) => c.severity === severity);
    if (changes.length === 0) continue;
    lines.push('', `${severity} (${changes.length}):`);
    const width = Math.max(...changes.map((c) => c.rule.length));
    for (const c of changes) {
      lines.push(`  ${c.rule.padEnd(width)}  ${visible(c.message)}`);
      const edit = textEdit(c);
      if (edit) lines.push(`  ${' '.repeat(width)}    - ${visible(edit.before)}`, `  ${' '.repeat(width)}    + ${visible(edit.after)}`);
    }
  }
  if (report.stale.length > 0) {
    lines.push('', `Possibly stale translations (${report.sourceLocale} text changed, translation did not): ${plural(report.stale.length, 'text')}`);
    for (const [locale, keys] of stalePerLocale(report.stale)) {
      lines.push(`  ${locale}:`);
      for (const key of keys) lines.push(`    ${key}`);
    }
  }
  return lines.join('\n');
}
