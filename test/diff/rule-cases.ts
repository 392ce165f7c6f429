// One pair of spec versions per rule: the base (MINI unless a case edits it) and a
// head edited from it, with the exact rules the diff reports. The rule tests assert the
// rules; the compatibility harness builds the base's consumer against each head.
import { parseDocument, type Document } from 'yaml';
import type { ChangeSeverity, DiffRuleId } from '../../generators/diff/rules.js';
import { MINI, edited } from './support.js';

export interface RuleCase {
  readonly name: string;
  readonly severity: ChangeSeverity;
  readonly rules: readonly DiffRuleId[];
  readonly base?: (doc: Document) => void;
  readonly head: (doc: Document) => void;
}

// MINI's errors: 0 BAD_INPUT 100 (HTTP 400), 1 TIMEOUT 200 (500), 2 NOTHING_FOUND 300 (200, severity info), 3 OLD_THING 400 (500, retired).
export const text = (en: string, zh: string) => ({ en, 'zh-CN': zh });
const newCode = {
  code: 500,
  name: 'LOCKED',
  http: 423,
  summary: text('The voucher is locked.', '券已锁定。'),
  causes: [{ id: 'locked', scene: 'pay', classification: 'fatal', explanation: text('It is locked.', '已锁定。') }],
};

/** MINI split into two ranges owned by two teams, and a third one still empty. */
const withRanges = (d: Document) =>
  d.setIn(['ranges'], {
    low: { from: 100, to: 299, owner: 'team-a', title: text('Low', '低段') },
    high: { from: 300, to: 499, owner: 'team-b' },
    spare: { from: 1000, to: 1999, owner: 'team-c' },
  });

export const ruleCases: RuleCase[] = [
  // breaking
  { name: 'code-removed', severity: 'breaking', rules: ['code-removed'], head: (d) => d.deleteIn(['errors', 1]) },
  { name: 'retired-code-deleted', severity: 'breaking', rules: ['retired-code-deleted'], head: (d) => d.deleteIn(['errors', 3]) },
  { name: 'code-value-changed', severity: 'breaking', rules: ['code-value-changed'], head: (d) => d.setIn(['errors', 1, 'code'], 201) },
  {
    name: 'code-value-changed (matched by an alias)',
    severity: 'breaking',
    rules: ['code-value-changed', 'code-renamed'],
    head: (d) => {
      d.setIn(['errors', 1, 'code'], 201);
      d.setIn(['errors', 1, 'name'], 'REQUEST_TIMEOUT');
      d.setIn(['errors', 1, 'aliases'], ['TIMEOUT']);
    },
  },
  {
    name: 'code-renamed-without-alias',
    severity: 'breaking',
    rules: ['code-renamed-without-alias'],
    head: (d) => d.setIn(['errors', 1, 'name'], 'REQUEST_TIMEOUT'),
  },
  {
    name: 'alias-removed',
    severity: 'breaking',
    rules: ['alias-removed'],
    base: (d) => d.setIn(['errors', 1, 'aliases'], ['SLOW']),
    head: (d) => d.deleteIn(['errors', 1, 'aliases']),
  },
  {
    name: 'synonym-removed',
    severity: 'breaking',
    rules: ['synonym-removed'],
    base: (d) => d.setIn(['errors', 1, 'synonyms'], ['SLOW']),
    head: (d) => d.deleteIn(['errors', 1, 'synonyms']),
  },
  { name: 'all-scenes-removed', severity: 'breaking', rules: ['all-scenes-removed'], head: dropScenes },
  { name: 'http-status-changed', severity: 'breaking', rules: ['http-status-changed'], head: (d) => d.setIn(['errors', 1, 'http'], 504) },
  {
    name: 'http-status-changed (through defaults.http)',
    severity: 'breaking',
    rules: ['response-removed', 'http-status-changed', 'http-status-changed'],
    base: (d) => {
      d.setIn(['defaults'], { http: 500 });
      d.deleteIn(['errors', 1, 'http']);
      d.deleteIn(['errors', 3, 'http']);
    },
    head: (d) => {
      d.setIn(['defaults'], { http: 503 });
      d.deleteIn(['errors', 1, 'http']);
      d.deleteIn(['errors', 3, 'http']);
    },
  },
  { name: 'cause-http-changed', severity: 'breaking', rules: ['response-removed', 'cause-http-changed'], base: (d) => d.setIn(['errors', 0, 'causes', 1, 'http'], 409), head: (d) => d.setIn(['errors', 0, 'causes', 1, 'http'], 422) },
  {
    name: 'cause-http-changed (a cause answers its own status)',
    severity: 'breaking',
    rules: ['cause-http-changed'],
    head: (d) => d.setIn(['errors', 0, 'causes', 1, 'http'], 409),
  },
  {
    name: 'response-removed',
    severity: 'breaking',
    rules: ['response-removed', 'http-status-changed'],
    head: (d) => d.setIn(['errors', 0, 'http'], 422),
  },
  {
    name: 'http-mapping-removed',
    severity: 'breaking',
    rules: ['http-mapping-removed', 'response-removed', 'response-removed', 'response-removed'],
    head: (d) => {
      d.setIn(['http'], false);
      for (const i of [0, 1, 2, 3]) d.deleteIn(['errors', i, 'http']);
    },
  },
  { name: 'retired-value-reused (revived)', severity: 'breaking', rules: ['retired-value-reused'], head: (d) => d.deleteIn(['errors', 3, 'retired']) },
  {
    name: 'retired-value-reused (entry deleted, value given to a new code)',
    severity: 'breaking',
    rules: ['retired-code-deleted', 'retired-value-reused'],
    head: (d) => {
      d.deleteIn(['errors', 3, 'retired']);
      d.setIn(['errors', 3, 'name'], 'NEW_THING');
    },
  },
  {
    name: 'retired-code-deleted (name given to a new value)',
    severity: 'breaking',
    rules: ['retired-code-deleted', 'code-value-changed'],
    head: (d) => {
      d.deleteIn(['errors', 3, 'retired']);
      d.setIn(['errors', 3, 'code'], 401);
    },
  },
  {
    name: 'params-changed',
    severity: 'breaking',
    rules: ['params-changed', 'text-changed'],
    head: (d) => {
      d.setIn(['errors', 0, 'causes', 0, 'params'], ['field']);
      d.setIn(['errors', 0, 'causes', 0, 'explanation'], text('Field {{field}} is invalid.', '字段 {{field}} 无效。'));
    },
  },
  {
    name: 'param-type-changed',
    severity: 'breaking',
    rules: ['param-type-changed'],
    base: (d) => {
      d.setIn(['errors', 0, 'causes', 0, 'params'], [{ name: 'field', type: 'string' }]);
      d.setIn(['errors', 0, 'causes', 0, 'explanation'], text('Field {{field}} is invalid.', '字段 {{field}} 无效。'));
    },
    head: (d) => d.setIn(['errors', 0, 'causes', 0, 'params'], [{ name: 'field', type: 'integer' }]),
  },
  {
    name: 'param-type-changed (a bare name given a type)',
    severity: 'breaking',
    rules: ['param-type-changed'],
    base: (d) => {
      d.setIn(['errors', 0, 'causes', 0, 'params'], ['field']);
      d.setIn(['errors', 0, 'causes', 0, 'explanation'], text('Field {{field}} is invalid.', '字段 {{field}} 无效。'));
    },
    head: (d) => d.setIn(['errors', 0, 'causes', 0, 'params'], [{ name: 'field', type: 'string', example: 'email' }]),
  },
  { name: 'envelope-changed (kind)', severity: 'breaking', rules: ['envelope-changed'], head: (d) => d.setIn(['envelope'], { kind: 'problem' }) },
  {
    name: 'envelope-changed (fallbackCode)',
    severity: 'breaking',
    rules: ['envelope-changed'],
    head: (d) => d.setIn(['envelope'], { kind: 'simple', fallbackCode: 200 }),
  },
  {
    name: 'scene-removed',
    severity: 'breaking',
    rules: ['scene-removed', 'cause-scene-changed', 'cause-scene-changed'],
    head: (d) => {
      d.deleteIn(['scenes', 'scan']);
      d.setIn(['errors', 0, 'causes', 0, 'scene'], 'pay');
      d.setIn(['errors', 2, 'causes', 0, 'scene'], 'pay');
    },
  },
  {
    name: 'classification-removed',
    severity: 'breaking',
    rules: ['classification-removed', 'cause-classification-changed'],
    head: (d) => {
      d.deleteIn(['classifications', 'info']);
      d.setIn(['errors', 2, 'causes', 0, 'classification'], 'fatal');
    },
  },
  {
    name: 'locale-removed',
    severity: 'breaking',
    rules: ['locale-removed'],
    head: (d) => {
      d.setIn(['locales'], { source: 'en' });
      stripLocale(d, 'zh-CN');
    },
  },
  // dangerous
  {
    name: 'cause-classification-changed',
    severity: 'dangerous',
    rules: ['cause-classification-changed'],
    head: (d) => d.setIn(['errors', 1, 'causes', 0, 'classification'], 'fatal'),
  },
  { name: 'classification-retry-changed', severity: 'dangerous', rules: ['classification-retry-changed'], head: (d) => d.setIn(['classifications', 'transient', 'retry'], 'never') },
  {
    name: 'classification-advice-changed',
    severity: 'dangerous',
    rules: ['classification-advice-changed'],
    head: (d) => d.setIn(['classifications', 'transient', 'advice', 'en'], 'Retry once, then give up.'),
  },
  { name: 'code-severity-changed', severity: 'dangerous', rules: ['code-severity-changed'], head: (d) => d.setIn(['errors', 2, 'causes', 0, 'severity'], 'warning') },
  {
    name: 'code-error-severity-changed (an informational code becomes an error under a new status)',
    severity: 'breaking',
    rules: ['response-removed', 'http-status-changed', 'code-error-severity-changed', 'cause-classification-changed'],
    head: (d) => {
      d.setIn(['errors', 2, 'http'], 404);
      d.deleteIn(['errors', 2, 'causes', 0, 'severity']);
      d.setIn(['errors', 2, 'causes', 0, 'classification'], 'fatal');
    },
  },
  { name: 'code-error-severity-changed', severity: 'breaking', rules: ['code-error-severity-changed'], head: (d) => d.setIn(['errors', 1, 'severity'], 'warning') },
  {
    name: 'cause-severity-changed',
    severity: 'dangerous',
    rules: ['cause-severity-changed'],
    base: (d) => d.setIn(['errors', 0, 'causes', 1, 'severity'], 'warning'),
    head: (d) => d.setIn(['errors', 0, 'causes', 1, 'severity'], 'info'),
  },
  { name: 'cause-error-severity-changed', severity: 'breaking', rules: ['cause-error-severity-changed'], head: (d) => d.setIn(['errors', 0, 'causes', 1, 'severity'], 'warning') },
  { name: 'cause-removed', severity: 'breaking', rules: ['cause-removed'], head: (d) => d.deleteIn(['errors', 0, 'causes', 1]) },
  { name: 'cause-removed (uncoded)', severity: 'breaking', rules: ['cause-removed'], head: (d) => d.deleteIn(['uncoded']) },
  { name: 'catalog-id-changed', severity: 'dangerous', rules: ['catalog-id-changed'], head: (d) => d.setIn(['id'], 'mini-api') },
  {
    name: 'type-base-changed',
    severity: 'dangerous',
    rules: ['type-base-changed'],
    base: (d) => d.setIn(['envelope'], { kind: 'problem', typeBase: 'https://example.com/errors' }),
    head: (d) => d.setIn(['envelope'], { kind: 'problem', typeBase: 'https://docs.example.com/errors' }),
  },
  // safe
  {
    name: 'param-described',
    severity: 'safe',
    rules: ['param-described'],
    base: (d) => {
      d.setIn(['errors', 0, 'causes', 0, 'params'], [{ name: 'field', type: 'string' }]);
      d.setIn(['errors', 0, 'causes', 0, 'explanation'], text('Field {{field}} is invalid.', '字段 {{field}} 无效。'));
    },
    head: (d) => d.setIn(['errors', 0, 'causes', 0, 'params'], [{ name: 'field', type: 'string', example: 'email', description: 'The form field.' }]),
  },
  { name: 'code-added', severity: 'safe', rules: ['code-added'], head: (d) => d.addIn(['errors'], newCode) },
  {
    name: 'http-mapping-added',
    severity: 'safe',
    rules: ['http-mapping-added'],
    base: (d) => {
      d.setIn(['http'], false);
      for (const i of [0, 1, 2, 3]) d.deleteIn(['errors', i, 'http']);
    },
    head: (d) => {
      d.deleteIn(['http']);
      [400, 500, 200, 500].forEach((status, i) => d.setIn(['errors', i, 'http'], status));
    },
  },
  {
    name: 'code-retired',
    severity: 'safe',
    rules: ['code-retired'],
    head: (d) => d.setIn(['errors', 1, 'retired'], { since: '2.0.0', reason: text('Requests no longer time out.', '请求不再超时。') }),
  },
  {
    name: 'code-renamed (one change, not a removal plus an addition)',
    severity: 'safe',
    rules: ['code-renamed'],
    head: (d) => {
      d.setIn(['errors', 1, 'name'], 'REQUEST_TIMEOUT');
      d.setIn(['errors', 1, 'aliases'], ['TIMEOUT']);
    },
  },
  { name: 'synonym-added', severity: 'safe', rules: ['synonym-added'], head: (d) => d.setIn(['errors', 1, 'synonyms'], ['SLOW']) },
  {
    name: 'synonym-deprecated',
    severity: 'safe',
    rules: ['synonym-deprecated'],
    base: (d) => d.setIn(['errors', 1, 'synonyms'], ['SLOW']),
    head: (d) => {
      d.deleteIn(['errors', 1, 'synonyms']);
      d.setIn(['errors', 1, 'aliases'], ['SLOW']);
    },
  },
  {
    name: 'alias-became-synonym',
    severity: 'breaking',
    rules: ['alias-became-synonym'],
    base: (d) => d.setIn(['errors', 1, 'aliases'], ['SLOW']),
    head: (d) => {
      d.deleteIn(['errors', 1, 'aliases']);
      d.setIn(['errors', 1, 'synonyms'], ['SLOW']);
    },
  },
  {
    name: 'synonym-became-name',
    severity: 'safe',
    rules: ['synonym-became-name'],
    base: (d) => d.setIn(['errors', 1, 'synonyms'], ['REQUEST_TIMEOUT']),
    head: (d) => {
      d.setIn(['errors', 1, 'name'], 'REQUEST_TIMEOUT');
      d.setIn(['errors', 1, 'synonyms'], ['TIMEOUT']);
    },
  },
  { name: 'scenes-introduced', severity: 'safe', rules: ['scenes-introduced'], base: dropScenes, head: (d) => restoreScenes(d) },
  { name: 'summary-omitted', severity: 'safe', rules: ['summary-omitted'], head: (d) => d.deleteIn(['errors', 1, 'summary']) },
  {
    name: 'summary-given',
    severity: 'safe',
    rules: ['summary-given'],
    base: (d) => d.deleteIn(['errors', 1, 'summary']),
    head: (d) => d.setIn(['errors', 1, 'summary'], text('The request timed out.', '请求超时。')),
  },
  {
    name: 'naming-changed',
    severity: 'safe',
    rules: ['naming-changed'],
    // Lowercase one-word names follow both conventions: the convention alone changes.
    base: (d) => {
      d.setIn(['codes', 'naming'], 'camelCase');
      ['badinput', 'timeout', 'nothingfound', 'oldthing'].forEach((name, i) => d.setIn(['errors', i, 'name'], name));
    },
    head: (d) => d.setIn(['codes', 'naming'], 'snake_case'),
  },
  { name: 'alias-added', severity: 'safe', rules: ['alias-added'], head: (d) => d.setIn(['errors', 1, 'aliases'], ['SLOW']) },
  {
    name: 'cause-added',
    severity: 'safe',
    rules: ['cause-added'],
    head: (d) => d.addIn(['errors', 1, 'causes'], { id: 'slow-db', scene: 'pay', classification: 'transient', explanation: text('The database was slow.', '数据库慢。') }),
  },
  { name: 'cause-added (uncoded)', severity: 'safe', rules: ['cause-added'], head: (d) => d.addIn(['uncoded'], { id: 'ghost', scene: 'pay', classification: 'fatal', explanation: text('A ghost.', '幽灵。') }) },
  { name: 'scene-added', severity: 'safe', rules: ['scene-added'], head: (d) => d.setIn(['scenes', 'refund'], { title: text('Refund', '退款') }) },
  {
    name: 'classification-added',
    severity: 'safe',
    rules: ['classification-added'],
    head: (d) => d.setIn(['classifications', 'refund-may'], { retry: 'may', advice: text('Retry later.', '稍后重试。') }),
  },
  {
    name: 'locale-added',
    severity: 'safe',
    rules: ['locale-added'],
    head: (d) => d.setIn(['locales'], { source: 'en', targets: ['zh-CN', 'ja'], fallback: { ja: 'en' } }),
  },
  { name: 'unused-scene-removed', severity: 'breaking', rules: ['unused-scene-removed'], head: (d) => d.deleteIn(['scenes', 'spare']) },
  { name: 'unused-classification-removed', severity: 'breaking', rules: ['unused-classification-removed'], head: (d) => d.deleteIn(['classifications', 'spare-class']) },
  { name: 'cause-scene-changed', severity: 'safe', rules: ['cause-scene-changed'], head: (d) => d.setIn(['errors', 1, 'causes', 0, 'scene'], 'scan') },
  { name: 'retired-since-changed', severity: 'safe', rules: ['retired-since-changed'], head: (d) => d.setIn(['errors', 3, 'retired', 'since'], '1.1.0') },
  { name: 'text-changed', severity: 'safe', rules: ['text-changed'], head: (d) => d.setIn(['errors', 1, 'summary'], text('The request took too long.', '请求耗时过长。')) },
  { name: 'text-changed (retirement reason)', severity: 'safe', rules: ['text-changed'], head: (d) => d.setIn(['errors', 3, 'retired', 'reason'], text('Gone.', '已移除。')) },
  { name: 'translation-changed', severity: 'safe', rules: ['translation-changed'], head: (d) => d.setIn(['errors', 1, 'summary', 'zh-CN'], '请求已超时。') },
  { name: 'text-added', severity: 'safe', rules: ['text-added'], head: (d) => d.setIn(['errors', 1, 'note'], text('Seen under load.', '高负载时出现。')) },
  // ranges: data in catalog.json and OpenAPI, no name or key of the package
  { name: 'range-added', severity: 'safe', rules: ['range-added'], base: withRanges, head: (d) => d.setIn(['ranges', 'extra'], { from: 2000, to: 2999, owner: 'team-d' }) },
  { name: 'range-removed', severity: 'dangerous', rules: ['range-removed'], base: withRanges, head: (d) => d.deleteIn(['ranges', 'spare']) },
  { name: 'range-bounds-changed', severity: 'safe', rules: ['range-bounds-changed'], base: withRanges, head: (d) => d.setIn(['ranges', 'spare', 'to'], 2999) },
  { name: 'range-owner-changed', severity: 'safe', rules: ['range-owner-changed'], base: withRanges, head: (d) => d.setIn(['ranges', 'high', 'owner'], 'team-e') },
  { name: 'range-title-changed', severity: 'safe', rules: ['range-title-changed'], base: withRanges, head: (d) => d.setIn(['ranges', 'low', 'title', 'en'], 'Low values') },
  {
    name: 'code-range-changed',
    severity: 'dangerous',
    rules: ['code-range-changed', 'range-bounds-changed', 'range-bounds-changed'],
    base: withRanges,
    head: (d) => {
      d.setIn(['ranges', 'low', 'to'], 199);
      d.setIn(['ranges', 'high', 'from'], 200);
    },
  },
  {
    name: 'range-removed (its codes taken over by another range)',
    severity: 'dangerous',
    rules: ['range-removed', 'code-range-changed', 'code-range-changed', 'range-bounds-changed'],
    base: withRanges,
    head: (d) => {
      d.deleteIn(['ranges', 'high']);
      d.setIn(['ranges', 'low', 'to'], 499);
    },
  },
  { name: 'ranges declared for the first time', severity: 'safe', rules: ['range-added', 'range-added', 'range-added'], head: withRanges },
  {
    name: 'text-removed',
    severity: 'breaking',
    rules: ['text-removed'],
    base: (d) => d.setIn(['errors', 1, 'note'], text('Seen under load.', '高负载时出现。')),
    head: (d) => d.deleteIn(['errors', 1, 'note']),
  },
];

/** Where MINI's causes are: [path, scene]. */
const CAUSE_SCENES: readonly (readonly [(string | number)[], string])[] = [
  [['errors', 0, 'causes', 0], 'scan'],
  [['errors', 0, 'causes', 1], 'pay'],
  [['errors', 1, 'causes', 0], 'pay'],
  [['errors', 2, 'causes', 0], 'scan'],
  [['errors', 3, 'causes', 0], 'pay'],
  [['uncoded', 0], 'pay'],
];

/** MINI without scenes: none declared, none named. */
function dropScenes(doc: Document): void {
  doc.deleteIn(['scenes']);
  for (const [path] of CAUSE_SCENES) doc.deleteIn([...path, 'scene']);
}

/** MINI's scenes back on a document `dropScenes` emptied. */
function restoreScenes(doc: Document): void {
  const mini = parseDocument(MINI);
  doc.setIn(['scenes'], mini.get('scenes'));
  for (const [path, scene] of CAUSE_SCENES) doc.setIn([...path, 'scene'], scene);
}

/** Deletes one locale's text from every text map of the document. */
function stripLocale(doc: Document, locale: string): void {
  const walk = (node: unknown): void => {
    if (node && typeof node === 'object' && 'items' in node && Array.isArray(node.items)) {
      for (const item of node.items as unknown[]) {
        if (item && typeof item === 'object' && 'value' in item) walk(item.value);
        else walk(item);
      }
      if ('delete' in node && typeof node.delete === 'function') (node as { delete(k: string): void }).delete(locale);
    }
  };
  walk(doc.contents);
}

/** The base and head spec texts of a case. */
export function caseTexts(c: RuleCase): { base: string; head: string } {
  const base = c.base ? edited(MINI, c.base) : MINI;
  return { base, head: edited(base, c.head) };
}
