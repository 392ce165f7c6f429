// i18next resource JSON, one file per locale: `i18n/<locale>.json`. The file holds the
// namespace's keys only (no `{ translation: ... }` wrapper); keys come from
// `model/keys.ts` so the TS catalog, coverage and diff name texts the same way.
import { keys } from '../../model/keys.js';
import type { CommonOptions, ErrorModel, Generator, GeneratedFile, Localized } from '../../model/types.js';
import { compareCodePoints, setOwnKey, stableJson } from '../../util/stable-json.js';

export interface I18nOptions extends CommonOptions {
  /** Locales to write; default every locale of the model. Each must be a model locale. */
  readonly locales?: readonly string[];
}

/** One text of the model: its i18n key and its per-locale values. */
export interface I18nEntry {
  readonly key: string;
  readonly text: Localized;
}

/**
 * Every text of the model with its key, in a fixed order. The key list does not
 * depend on the locale, so all locale files share one key set by construction.
 * A code's texts are also keyed under each alias and synonym (after its own keys): a
 * rename that keeps the old name in `aliases` must keep `errors.<OLD_NAME>.*` lookups
 * working, and a synonym is as much a name as the name. `written: true` lists each text
 * once, as the spec writes it: no other names, no summary a cause's explanation stands in for.
 */
export function i18nEntries(model: ErrorModel, { written = false }: { readonly written?: boolean } = {}): I18nEntry[] {
  const out: I18nEntry[] = [{ key: keys.title(), text: model.title }];
  for (const code of model.codes) {
    for (const name of written ? [code.name] : [code.name, ...code.aliases, ...code.synonyms]) {
      if (!(written && code.summaryFromCause)) out.push({ key: keys.summary(name), text: code.summary });
      if (code.note) out.push({ key: keys.codeNote(name), text: code.note });
      if (code.retired) out.push({ key: keys.retiredReason(name), text: code.retired.reason });
      for (const cause of code.causes) {
        out.push({ key: keys.cause(name, cause.id), text: cause.explanation });
        if (cause.note) out.push({ key: keys.causeNote(name, cause.id), text: cause.note });
      }
    }
  }
  for (const cause of model.uncoded) {
    out.push({ key: keys.uncoded(cause.id), text: cause.explanation });
    if (cause.note) out.push({ key: keys.uncodedNote(cause.id), text: cause.note });
  }
  for (const c of model.classifications) {
    out.push({ key: keys.advice(c.id), text: c.advice });
    if (c.note) out.push({ key: keys.classificationNote(c.id), text: c.note });
  }
  for (const scene of model.scenes) out.push({ key: keys.scene(scene.id), text: scene.title });
  return out;
}

type Tree = { [segment: string]: Tree | string };

function hasOwn(obj: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/** Dotted keys nested, leaves holding every locale's text. Maps: any segment, `__proto__` too, is just a key. */
export type KeyTree = Map<string, KeyTree | I18nEntry>;

/** The model's i18n keys nested as in the JSON files, in their order. */
export function i18nKeyTree(model: ErrorModel): KeyTree {
  return keyTree(i18nEntries(model));
}

/**
 * Nests dotted keys. A key that is both a text and a prefix of another key, or a
 * duplicate, means the model broke an invariant (unique names/ids, no dots in them):
 * failing here beats writing a file where one text silently hides another.
 */
function keyTree(entries: readonly I18nEntry[]): KeyTree {
  const root: KeyTree = new Map();
  for (const entry of entries) {
    const segments = entry.key.split('.');
    if (segments.includes('')) throw new Error(`i18n: key "${entry.key}" has an empty segment`);
    let node = root;
    for (let i = 0; i < segments.length - 1; i++) {
      const segment = segments[i] as string;
      const existing = node.get(segment);
      if (existing === undefined) {
        const child: KeyTree = new Map();
        node.set(segment, child);
        node = child;
      } else if (existing instanceof Map) {
        node = existing;
      } else {
        throw new Error(`i18n: key "${entry.key}" nests under "${segments.slice(0, i + 1).join('.')}", which is a text`);
      }
    }
    const last = segments[segments.length - 1] as string;
    if (node.has(last)) throw new Error(`i18n: key "${entry.key}" is defined twice or is also a prefix of another key`);
    node.set(last, entry);
  }
  return sortedTree(root);
}

/** The same tree, each Map's entries re-inserted in stableJson's order: sorted once for all locales. */
function sortedTree(node: KeyTree): KeyTree {
  const entries = [...node].sort(([a], [b]) => compareCodePoints(a, b));
  return new Map(entries.map(([segment, child]) => [segment, child instanceof Map ? sortedTree(child) : child]));
}

/** One locale's file content, keys inserted in stableJson's order: it has nothing left to sort or copy. */
function localeTree(node: KeyTree, locale: string): Tree {
  const out: Tree = {};
  for (const [segment, child] of node) {
    setOwnKey(out, segment, child instanceof Map ? localeTree(child, locale) : (child.text[locale] as string));
  }
  return out;
}

function selectedLocales(model: ErrorModel, requested: readonly string[] | undefined): readonly string[] {
  if (requested === undefined) return model.locales;
  const unknown = requested.filter((l) => !model.locales.includes(l));
  if (unknown.length > 0) {
    throw new Error(`i18n: unknown locale(s) ${unknown.join(', ')}; the model has ${model.locales.join(', ')}`);
  }
  // Model order, not request order: output order must not depend on how options were spelled.
  return model.locales.filter((l) => requested.includes(l));
}

export const generateI18n: Generator<I18nOptions> = (model, options) => {
  const entries = i18nEntries(model);
  // Check every model locale, not just the selected ones: a hole means the model was
  // not fallback-filled, and the locale files would then disagree on their key sets.
  for (const locale of model.locales) {
    for (const { key, text } of entries) {
      if (!hasOwn(text, locale)) throw new Error(`i18n: locale ${locale} lacks "${key}"; the model must be fallback-filled`);
    }
  }
  const tree = keyTree(entries);
  return selectedLocales(model, options.locales).map(
    (locale): GeneratedFile => ({ path: `i18n/${locale}.json`, contents: stableJson(localeTree(tree, locale)) }),
  );
};
