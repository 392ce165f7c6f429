// The typed message accessor of `catalog.ts`. Types: every i18n key of the model,
// params typed from `Cause.params`/`ErrorCode.params`. Runtime: an
// index from key to texts, built on first use by walking `errorCatalog` with key
// functions emitted from `model/keys.ts` (so texts are stored once, in the catalog).
// The static text is kept with its .js and .d.ts forms, like catalog-runtime.ts.
import type { ErrorModel } from '../../model/types.js';
import { checkedKey, KeyTemplate, type KeyKind } from './message-keys.js';
import { propertyKey, tsString } from './literal.js';
import { emitText, type Emit } from './source.js';

const USED_KEYS: readonly KeyKind[] = [
  'title', 'scene', 'advice', 'classificationNote', 'summary', 'codeNote', 'retiredReason',
  'cause', 'causeNote', 'uncoded', 'uncodedNote',
];

export function writeCatalogMessages(emit: Emit, model: ErrorModel): void {
  const templates = new Map(USED_KEYS.map((kind) => [kind, new KeyTemplate(kind)]));
  const key = (kind: KeyKind, ...args: string[]): string => {
    const template = templates.get(kind);
    if (template === undefined) throw new Error(`errspec: key kind ${kind} not in USED_KEYS`);
    return checkedKey(template, args);
  };
  // Most texts have no placeholders: those keys go in a plain union (half the text of
  // interface members, which matters at 50k codes); the rest map to their params.
  const plain: string[] = [];
  const withParams: { key: string; params: readonly string[] }[] = [];
  const add = (k: string, params: readonly string[] = []): void => {
    if (params.length === 0) plain.push(tsString(k));
    else withParams.push({ key: tsString(k), params: params.map(propertyKey) });
  };
  add(key('title'));
  for (const scene of model.scenes) add(key('scene', scene.id));
  for (const c of model.classifications) {
    add(key('advice', c.id));
    if (c.note !== undefined) add(key('classificationNote', c.id));
  }
  for (const code of model.codes) {
    add(key('summary', code.name), code.params);
    if (code.note !== undefined) add(key('codeNote', code.name));
    if (code.retired !== undefined) add(key('retiredReason', code.name));
    for (const cause of code.causes) {
      add(key('cause', code.name, cause.id), cause.params);
      if (cause.note !== undefined) add(key('causeNote', code.name, cause.id));
    }
  }
  for (const cause of model.uncoded) {
    add(key('uncoded', cause.id), cause.params);
    if (cause.note !== undefined) add(key('uncodedNote', cause.id));
  }

  const both = (line: string): void => {
    emit.ts(line);
    emit.dts(line);
  };
  both('/** The i18n keys (as in the i18n JSON) whose texts have no placeholders. */');
  emit.ts('export type PlainMessageKey =');
  // `title` is always there, so the union is never empty. The compiler prints it on one line.
  plain.forEach((k, i) => emit.ts(`  | ${k}${i === plain.length - 1 ? ';' : ''}`));
  emit.dts(`export type PlainMessageKey = ${plain.join(' | ')};`);
  emit.ts('');
  both('/** The i18n keys whose texts have {{name}} placeholders, with the values they need. */');
  both('export interface MessageParams {');
  for (const { key: k, params } of withParams) {
    emit.ts(`  readonly ${k}: { ${params.map((p) => `readonly ${p}: string | number`).join('; ')} };`);
    // Declaration emit spreads a type literal over lines.
    emit.dts(`    readonly ${k}: {`);
    for (const p of params) emit.dts(`        readonly ${p}: string | number;`);
    emit.dts('    };');
  }
  both('}');
  emit.ts('');
  emit.ts('const messageKey = {');
  emit.js('const messageKey = {');
  for (const template of templates.values()) {
    emit.ts(`  ${template.kind}: ${template.toSource()},`);
    emit.js(`    ${template.kind}: ${template.toJsSource()},`);
  }
  emit.ts('};');
  emit.js('};');
  emit.ts('');
  emitText(emit.ts, MESSAGE_RUNTIME);
  emitText(emit.js, MESSAGE_RUNTIME_JS);
  emitText(emit.dts, MESSAGE_RUNTIME_DTS);
}

// messageTexts() must index exactly the keys PlainMessageKey and MessageParams list.
// String.raw: backslashes stay as written; the text must hold no backtick or dollar-brace.
const MESSAGE_RUNTIME = String.raw`/** The params of a text without placeholders: none. */
export type NoParams = Readonly<Record<string, never>>;

/** Every i18n key of the catalog. */
export type MessageKey = PlainMessageKey | keyof MessageParams;

/** The arguments after the key: params (required when the text has placeholders), then a locale. */
export type MessageArgs<K extends MessageKey> = K extends keyof MessageParams
  ? [params: MessageParams[K], locale?: Locale]
  : [params?: NoParams, locale?: Locale];

let messageIndex: Map<string, Localized> | undefined;

function messageTexts(): Map<string, Localized> {
  if (messageIndex !== undefined) return messageIndex;
  const index = new Map<string, Localized>();
  index.set(messageKey.title(), errorCatalog.title);
  for (const scene of errorCatalog.scenes) index.set(messageKey.scene(scene.id), scene.title);
  for (const c of errorCatalog.classifications) {
    index.set(messageKey.advice(c.id), c.advice);
    if (c.note !== undefined) index.set(messageKey.classificationNote(c.id), c.note);
  }
  for (const info of errorCatalog.codes) {
    index.set(messageKey.summary(info.name), info.summary);
    if (info.note !== undefined) index.set(messageKey.codeNote(info.name), info.note);
    if (info.retired !== undefined) index.set(messageKey.retiredReason(info.name), info.retired.reason);
    for (const cause of info.causes) {
      index.set(messageKey.cause(info.name, cause.id), cause.explanation);
      if (cause.note !== undefined) index.set(messageKey.causeNote(info.name, cause.id), cause.note);
    }
  }
  for (const cause of errorCatalog.uncoded) {
    index.set(messageKey.uncoded(cause.id), cause.explanation);
    if (cause.note !== undefined) index.set(messageKey.uncodedNote(cause.id), cause.note);
  }
  messageIndex = index;
  return index;
}

/** Whether "key" is an i18n key of this catalog. */
export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === "string" && messageTexts().has(key);
}

/**
 * The text of an i18n key in a locale (default: the source locale), with each
 * {{name}} placeholder whose name is in params replaced by its value. Other braces
 * are left exactly as written.
 */
export function formatMessage<K extends MessageKey>(key: K, ...args: MessageArgs<K>): string {
  const texts = messageTexts().get(key);
  if (texts === undefined) throw new RangeError("Unknown message key: " + String(key));
  const params: Readonly<Record<string, string | number>> | undefined = args[0];
  const text = texts[resolveLocale(args[1])];
  if (params === undefined) return text;
  return text.replace(/\{\{([^{}]+)\}\}/g, (match: string, name: string): string =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : match,
  );
}`;

// MESSAGE_RUNTIME as the compiler emits it: types and comments erased, then reprinted.
const MESSAGE_RUNTIME_JS = String.raw`let messageIndex;
function messageTexts() {
    if (messageIndex !== undefined)
        return messageIndex;
    const index = new Map();
    index.set(messageKey.title(), errorCatalog.title);
    for (const scene of errorCatalog.scenes)
        index.set(messageKey.scene(scene.id), scene.title);
    for (const c of errorCatalog.classifications) {
        index.set(messageKey.advice(c.id), c.advice);
        if (c.note !== undefined)
            index.set(messageKey.classificationNote(c.id), c.note);
    }
    for (const info of errorCatalog.codes) {
        index.set(messageKey.summary(info.name), info.summary);
        if (info.note !== undefined)
            index.set(messageKey.codeNote(info.name), info.note);
        if (info.retired !== undefined)
            index.set(messageKey.retiredReason(info.name), info.retired.reason);
        for (const cause of info.causes) {
            index.set(messageKey.cause(info.name, cause.id), cause.explanation);
            if (cause.note !== undefined)
                index.set(messageKey.causeNote(info.name, cause.id), cause.note);
        }
    }
    for (const cause of errorCatalog.uncoded) {
        index.set(messageKey.uncoded(cause.id), cause.explanation);
        if (cause.note !== undefined)
            index.set(messageKey.uncodedNote(cause.id), cause.note);
    }
    messageIndex = index;
    return index;
}
export function isMessageKey(key) {
    return typeof key === "string" && messageTexts().has(key);
}
export function formatMessage(key, ...args) {
    const texts = messageTexts().get(key);
    if (texts === undefined)
        throw new RangeError("Unknown message key: " + String(key));
    const params = args[0];
    const text = texts[resolveLocale(args[1])];
    if (params === undefined)
        return text;
    return text.replace(/\{\{([^{}]+)\}\}/g, (match, name) => Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : match);
}`;

// MESSAGE_RUNTIME's declarations: the exported types and signatures with their docs.
const MESSAGE_RUNTIME_DTS = String.raw`/** The params of a text without placeholders: none. */
export type NoParams = Readonly<Record<string, never>>;
/** Every i18n key of the catalog. */
export type MessageKey = PlainMessageKey | keyof MessageParams;
/** The arguments after the key: params (required when the text has placeholders), then a locale. */
export type MessageArgs<K extends MessageKey> = K extends keyof MessageParams ? [params: MessageParams[K], locale?: Locale] : [params?: NoParams, locale?: Locale];
/** Whether "key" is an i18n key of this catalog. */
export declare function isMessageKey(key: unknown): key is MessageKey;
/**
 * The text of an i18n key in a locale (default: the source locale), with each
 * {{name}} placeholder whose name is in params replaced by its value. Other braces
 * are left exactly as written.
 */
export declare function formatMessage<K extends MessageKey>(key: K, ...args: MessageArgs<K>): string;`;
