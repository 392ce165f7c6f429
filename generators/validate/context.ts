// What a rule sees: the parsed data (shape not yet trusted: rules run even when the
// schema check failed, so every problem is reported at once), and a way to report.
import type { RuleId } from '../diagnostics/catalog.js';
import type { Retry } from '../model/types.js';
import { diagnostic, render, type AnyReport, type Diagnostic, type HintId, type MessageId, type Report, type Span } from '../diagnostics/diagnostic.js';
import type { Locator, PathSegment } from '../load/locate.js';
import type { SourceFile } from '../load/source-file.js';
import { subject } from './subject.js';

export interface RuleContext {
  readonly file: SourceFile;
  readonly data: Record<string, unknown>;
  /** Where the value (or key) at `path` is written. */
  locate(path: readonly PathSegment[], part?: 'key' | 'value'): Span | undefined;
  /** The value at `path` as people name it: `http of code 1002 STORE_CLOSED`. */
  where(path: readonly PathSegment[]): string;
  report<R extends RuleId, M extends MessageId<R> = 'default' & MessageId<R>, H extends HintId<R> = never>(
    path: readonly PathSegment[],
    r: Report<R, M, H>,
    part?: 'key' | 'value',
  ): void;
  /** Report at an exact offset range (e.g. a placeholder inside a text). */
  reportAt<R extends RuleId, M extends MessageId<R> = 'default' & MessageId<R>, H extends HintId<R> = never>(span: Span, r: Report<R, M, H>): void;
  /** A report built and checked elsewhere (with `report()`), at `span` if given, else where `path` is. */
  add(path: readonly PathSegment[], r: AnyReport, part?: 'key' | 'value', span?: Span): void;
}

export function createContext(file: SourceFile, data: Record<string, unknown>, locator: Locator, out: Diagnostic[]): RuleContext {
  const add = (path: readonly PathSegment[], r: AnyReport, part: 'key' | 'value' = 'value', span?: Span) => {
    out.push(render(file, span ?? locator.locate(path, part), r));
  };
  return {
    file,
    data,
    locate: (path, part = 'value') => locator.locate(path, part),
    where: (path) => subject(data, path),
    report: (path, r, part) => add(path, r as AnyReport, part),
    reportAt: (span, r) => out.push(diagnostic(file, span, r)),
    add,
  };
}

export type Rule = (ctx: RuleContext) => void;

/** Property names that change what an object is when used as keys or looked up. */
export const DANGEROUS_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export const isRecord = (x: unknown): x is Record<string, unknown> =>
  x !== null && typeof x === 'object' && !Array.isArray(x);

export const asArray = (x: unknown): readonly unknown[] => (Array.isArray(x) ? x : []);

export const entriesOf = (x: unknown): Array<[string, unknown]> => (isRecord(x) ? Object.entries(x) : []);

export const own = (x: unknown, key: string): unknown =>
  isRecord(x) && Object.hasOwn(x, key) ? x[key] : undefined;

export const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

/** Each classification's retry class by id, as written (its type is the schema's to check). */
export const classificationRetries = (data: Record<string, unknown>): ReadonlyMap<string, Retry | undefined> =>
  new Map(entriesOf(own(data, 'classifications')).map(([id, c]) => [id, own(c, 'retry') as Retry | undefined]));

/** Each error entry that is an object, with its index. */
export function* errorEntries(data: Record<string, unknown>): Generator<[Record<string, unknown>, number]> {
  const list = asArray(own(data, 'errors'));
  for (let i = 0; i < list.length; i++) {
    const e = list[i];
    if (isRecord(e)) yield [e, i];
  }
}

/** Each cause, coded or not, with its path. */
export function* causes(data: Record<string, unknown>): Generator<[Record<string, unknown>, PathSegment[]]> {
  for (const [e, i] of errorEntries(data)) {
    const list = asArray(own(e, 'causes'));
    for (let j = 0; j < list.length; j++) {
      const c = list[j];
      if (isRecord(c)) yield [c, ['errors', i, 'causes', j]];
    }
  }
  const uncoded = asArray(own(data, 'uncoded'));
  for (let j = 0; j < uncoded.length; j++) {
    const c = uncoded[j];
    if (isRecord(c)) yield [c, ['uncoded', j]];
  }
}

export interface TextSite {
  readonly text: Record<string, unknown>;
  readonly path: PathSegment[];
  /** Params its placeholders may use. */
  readonly params: readonly string[];
}

/** The names of an owner's params: bare names and `{ name }` objects alike. */
export const paramsOf = (owner: unknown): string[] =>
  asArray(own(owner, 'params'))
    .map((p) => (isRecord(p) ? own(p, 'name') : p))
    .filter((p): p is string => typeof p === 'string');

/** Every localized text in the spec, with the params it may use. */
export function* texts(data: Record<string, unknown>): Generator<TextSite> {
  const site = function* (owner: unknown, key: string, path: PathSegment[], params: readonly string[] = []): Generator<TextSite> {
    const t = own(owner, key);
    if (isRecord(t)) yield { text: t, path: [...path, key], params };
  };
  yield* site(data, 'title', []);
  for (const [id, scene] of entriesOf(own(data, 'scenes'))) yield* site(scene, 'title', ['scenes', id]);
  for (const [id, c] of entriesOf(own(data, 'classifications'))) {
    yield* site(c, 'advice', ['classifications', id]);
    yield* site(c, 'note', ['classifications', id]);
  }
  for (const [id, range] of entriesOf(own(data, 'ranges'))) yield* site(range, 'title', ['ranges', id]);
  for (const [e, i] of errorEntries(data)) {
    yield* site(e, 'summary', ['errors', i], paramsOf(e));
    yield* site(e, 'note', ['errors', i]);
    yield* site(own(e, 'retired'), 'reason', ['errors', i, 'retired']);
  }
  for (const [c, path] of causes(data)) {
    yield* site(c, 'explanation', path, paramsOf(c));
    yield* site(c, 'note', path);
  }
}
