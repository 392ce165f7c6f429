// Small spec versions for diff tests: a base spec as YAML text, edited through the
// `yaml` document API, and loaded through the same code as `generate`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { formatDiagnostic } from '../../generators/diagnostics/format.js';
import type { ErrorModel } from '../../generators/model/types.js';
import { loadSpecSource } from '../../generators/pipeline/load-spec.js';
import { repoRoot } from '../support/cli.js';

export const MINI = `errspec: 1
id: mini
title: { en: Mini API, zh-CN: 迷你接口 }
codes: { type: integer, naming: SCREAMING_SNAKE_CASE }
locales: { source: en, targets: [zh-CN] }
scenes:
  pay: { title: { en: Pay, zh-CN: 支付 } }
  scan: { title: { en: Scan, zh-CN: 扫码 } }
  spare: { title: { en: Spare, zh-CN: 备用 } }
classifications:
  fatal: { retry: never, advice: { en: Do not retry., zh-CN: 不要重试。 } }
  info: { retry: not-an-error, advice: { en: Nothing to do., zh-CN: 无需处理。 } }
  spare-class: { retry: may, advice: { en: Unused., zh-CN: 未使用。 } }
  transient: { retry: may, advice: { en: Retry in place., zh-CN: 原地重试。 } }
errors:
  - code: 100
    name: BAD_INPUT
    http: 400
    summary: { en: The input is invalid., zh-CN: 输入无效。 }
    causes:
      - id: bad-field
        scene: scan
        classification: fatal
        explanation: { en: A field is invalid., zh-CN: 字段无效。 }
      - id: bad-retry
        scene: pay
        classification: transient
        explanation: { en: The payment input was rejected., zh-CN: 支付输入被拒绝。 }
  - code: 200
    name: TIMEOUT
    http: 500
    summary: { en: The request timed out., zh-CN: 请求超时。 }
    causes:
      - id: slow-upstream
        scene: pay
        classification: transient
        explanation: { en: The upstream was slow., zh-CN: 上游响应慢。 }
  - code: 300
    name: NOTHING_FOUND
    http: 200
    summary: { en: Nothing was found., zh-CN: 未找到。 }
    causes:
      - id: empty
        scene: scan
        classification: info
        severity: info
        explanation: { en: The result is empty., zh-CN: 结果为空。 }
  - code: 400
    name: OLD_THING
    http: 500
    summary: { en: An old failure., zh-CN: 旧的失败。 }
    retired: { since: 1.0.0, reason: { en: Replaced by TIMEOUT., zh-CN: 已由 TIMEOUT 取代。 } }
    causes:
      - id: old
        scene: pay
        classification: fatal
        explanation: { en: The old way failed., zh-CN: 旧方式失败。 }
uncoded:
  - id: mystery
    scene: pay
    classification: transient
    explanation: { en: Something unexplained., zh-CN: 无法解释的情况。 }
`;

export const realSpecText = (): string => readFileSync(join(repoRoot, 'spec/errors.yaml'), 'utf8');

/** The text after `edit` changed its YAML document (comments and layout kept). */
export function edited(text: string, edit: (doc: Document) => void): string {
  const doc = parseDocument(text);
  edit(doc);
  return doc.toString({ lineWidth: 0 });
}

/** A valid model, or a test failure that shows why the spec is invalid. */
export function model(text: string, path = 'spec.yaml'): ErrorModel {
  const loaded = loadSpecSource({ path, text });
  if (!loaded.model) throw new Error(`invalid test spec:\n${loaded.diagnostics.map((d) => formatDiagnostic(d)).join('\n')}`);
  return loaded.model;
}

/** The index of the code named `name` in `errors`, for `doc.setIn` paths. */
export function codeIndex(text: string, name: string): number {
  const errors = (parseDocument(text).toJS() as { errors: { name: string }[] }).errors;
  const i = errors.findIndex((e) => e.name === name);
  if (i < 0) throw new Error(`no code ${name}`);
  return i;
}

/**
 * A git repository under `parent` whose spec/errors.yaml has one commit per version
 * given; a `null` version is a commit without the spec (only a README).
 */
export function gitRepo(parent: string, ...versions: (string | null)[]): { dir: string; spec: string; write(contents: string): void } {
  const dir = mkdtempSync(join(parent, 'repo-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'errspec test');
  git('config', 'commit.gpgsign', 'false');
  mkdirSync(join(dir, 'spec'));
  const spec = join(dir, 'spec', 'errors.yaml');
  for (const [i, contents] of versions.entries()) {
    if (contents === null) {
      writeFileSync(join(dir, 'README.md'), `version ${i + 1}\n`);
      git('add', 'README.md');
    } else {
      writeFileSync(spec, contents);
      git('add', 'spec/errors.yaml');
    }
    git('commit', '-q', '-m', `version ${i + 1}`);
  }
  return { dir, spec, write: (contents) => writeFileSync(spec, contents) };
}
