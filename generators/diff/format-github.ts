// `--format github`: each change as a workflow command on its line of the head spec,
// breaking as an error, dangerous as a warning, safe as a notice; possibly stale
// translations as notices on the file.
import { workflowCommand, type AnnotationLevel } from '../diagnostics/github.js';
import type { Change } from './change.js';
import type { SpecPosition } from './locate.js';
import { textEdit } from './text-edit.js';
import { versionLine } from './version-bump.js';
import type { ChangeSeverity } from './rules.js';
import type { DiffReport } from './report.js';

const LEVEL: Record<ChangeSeverity, AnnotationLevel> = { breaking: 'error', dangerous: 'warning', safe: 'notice' };

export function formatGithub(report: DiffReport, file: string, locate: (change: Change) => SpecPosition, configPath?: string): string {
  const lines = report.changes.map((c) => {
    const { line, col } = locate(c);
    const edit = textEdit(c);
    const message = edit ? `${c.message}\nbefore: ${edit.before}\nafter: ${edit.after}` : c.message;
    return workflowCommand({ level: LEVEL[c.severity], file, line, col, title: `${c.rule} (${c.severity}, ${c.semver})`, message });
  });
  const version = report.packageVersion;
  if (version && !version.enough) lines.push(workflowCommand({ level: 'warning', ...(configPath ? { file: configPath } : {}), title: 'package-version', message: versionLine(version) }));
  for (const s of report.stale) {
    lines.push(workflowCommand({ level: 'notice', file, title: 'possibly-stale-translation', message: `${s.locale}: ${s.key} may be stale (the ${report.sourceLocale} text changed)` }));
  }
  return lines.join('\n');
}
