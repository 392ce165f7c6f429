// The texts half of a generated catalog: one locale's messages are a module of their
// own, aligned with the core's data by position, so a bundle holds only the locales
// it imports. `createDescriber` joins the core with one or more of them.
import type { CatalogTypes, CauseInfo, CauseScene, Core, Retry, RetryVerdict, Severity } from "./core.js";
import { retryVerdict } from "./core.js";
import { keys } from "./keys.js";

/** The catalog's types plus its typed message keys. */
export interface MessageTypes extends CatalogTypes {
  /** Keys of the texts without placeholders. */
  readonly plainKey: string;
  /** Keys of the texts with placeholders, each mapped to the values it needs. */
  readonly messageParams: object;
}

/** Advice, then the note when there is one. */
export type ClassificationTexts = readonly [advice: string, note?: string];
/** Explanation, then the note when there is one. */
export type CauseTexts = readonly [explanation: string, note?: string];
/** Summary, causes in the core's order, then the note and the retirement reason (null fills a gap). */
export type CodeTexts = readonly [summary: string, causes: readonly CauseTexts[], note?: string | null, retired?: string];

/** What a generated messages module holds: one locale's texts, aligned with the core. */
export interface LocaleMessages<T extends CatalogTypes> {
  /** The catalog id, checked against the core's. */
  readonly catalog: string;
  readonly locale: T["locale"];
  readonly title: string;
  /** Scene titles, in the core's scene order. */
  readonly scenes: readonly string[];
  readonly classifications: readonly ClassificationTexts[];
  /** One JSON `CodeTexts` per code, in the core's order. */
  readonly codes: readonly string[];
  /** One JSON `CauseTexts` per uncoded cause. */
  readonly uncoded: readonly string[];
}

export interface DescribeOptions<T extends CatalogTypes> {
  /** Keep only the causes in this scene. */
  readonly scene?: T["scene"] | undefined;
  /** Defaults to the source locale when loaded, else the first locale given. */
  readonly locale?: T["locale"] | undefined;
  /** Values for the {{name}} placeholders of the summary and explanations; without it they stay as written. */
  readonly params?: Readonly<Record<string, unknown>> | undefined;
}

export interface DescribedCause<T extends CatalogTypes> {
  readonly id: string;
  readonly scene: CauseScene<T>;
  /** The scene's title; undefined in a catalog without scenes. */
  readonly sceneTitle: CauseScene<T> extends undefined ? undefined : string;
  readonly classification: T["classification"];
  readonly retry: Retry;
  readonly advice: string;
  /** Placeholders filled from the params given, the rest left as written. */
  readonly explanation: string;
  readonly severity: Severity;
  /** The HTTP status this cause answers. */
  readonly http: T["http"];
  /** @deprecated Read `severity`: this is `severity !== "error"`. */
  readonly informational: boolean;
  readonly note?: string;
}

export interface DescribedError<T extends CatalogTypes> {
  readonly code: T["code"];
  readonly name: T["name"];
  readonly http: T["http"];
  readonly severity: Severity;
  /** @deprecated Read `severity`: this is `severity !== "error"`. */
  readonly informational: boolean;
  readonly retired?: { readonly since: string; readonly reason: string };
  readonly summary: string;
  readonly note?: string;
  readonly causes: readonly DescribedCause<T>[];
  readonly retry: RetryVerdict;
}

/** The params of a text without placeholders: none. */
export type NoParams = Readonly<Record<string, never>>;

/** Every i18n key of the catalog. */
export type MessageKey<T extends MessageTypes> = T["plainKey"] | (keyof T["messageParams"] & string);

/** The arguments after the key: params (required when the text has placeholders), then a locale. */
export type MessageArgs<T extends MessageTypes, K extends MessageKey<T>> = K extends keyof T["messageParams"]
  ? [params: T["messageParams"][K], locale?: T["locale"]]
  : [params?: NoParams, locale?: T["locale"]];

export interface Describer<T extends MessageTypes> {
  /** The locales this describer has texts for, as given. */
  readonly locales: readonly T["locale"][];
  /**
   * A code explained in one locale, its causes limited to one scene when "scene" is
   * given; undefined for an unknown code. The verdict is over the causes shown; a
   * scene with none of the code's causes keeps the code's overall verdict.
   */
  describeError(code: T["code"], options?: DescribeOptions<T>): DescribedError<T>;
  describeError(code: T["input"], options?: DescribeOptions<T>): DescribedError<T> | undefined;
  /**
   * The text of an i18n key, with each {{name}} placeholder whose name is in params
   * replaced by its value. Other braces are left exactly as written.
   */
  formatMessage<K extends MessageKey<T>>(key: K, ...args: MessageArgs<T, K>): string;
  /** Whether "key" is an i18n key of this catalog. */
  isMessageKey(key: unknown): key is MessageKey<T>;
}

interface Texts {
  readonly title: string;
  readonly scenes: readonly string[];
  readonly classifications: readonly ClassificationTexts[];
  readonly codes: readonly CodeTexts[];
  readonly uncoded: readonly CauseTexts[];
}

/** Where a message key's text is: which kind of text, and its positions. */
type TextRef = readonly [kind: number, i: number, j: number];

/** Replaces each {{name}} whose name is an own property of params; the rest stays. */
export function fillPlaceholders(text: string, params: Readonly<Record<string, unknown>>): string {
  return text.replace(/\{\{([^{}]+)\}\}/g, (match: string, name: string): string =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : match,
  );
}

/** Joins a core with the messages of one or more locales (at least one). */
export function createDescriber<T extends MessageTypes>(core: Core<T>, messages: readonly LocaleMessages<T>[]): Describer<T> {
  const byLocale = new Map<unknown, LocaleMessages<T>>();
  for (const m of messages) {
    if (m.catalog !== core.data.id || m.codes.length !== core.codes.length || m.uncoded.length !== core.uncoded.length) {
      throw new TypeError("errspec: the " + String(m.locale) + " messages are not those of catalog " + core.data.id + " as this core has it");
    }
    byLocale.set(m.locale, m);
  }
  const fallback = byLocale.get(core.data.sourceLocale) ?? messages[0];
  if (fallback === undefined) throw new TypeError("errspec: createDescriber needs the messages of at least one locale");
  const parsed = new Map<LocaleMessages<T>, Texts>();
  const textsIn = (locale: unknown): Texts => {
    const m = byLocale.get(locale) ?? fallback;
    let texts = parsed.get(m);
    if (texts === undefined) {
      texts = {
        title: m.title,
        scenes: m.scenes,
        classifications: m.classifications,
        codes: m.codes.map((json) => JSON.parse(json) as CodeTexts),
        uncoded: m.uncoded.map((json) => JSON.parse(json) as CauseTexts),
      };
      parsed.set(m, texts);
    }
    return texts;
  };
  const scenePosition = new Map<unknown, number>(core.data.scenes.map((id, i) => [id, i]));
  const classificationPosition = new Map<unknown, number>(core.data.classifications.map((id, i) => [id, i]));

  const describeCause = (cause: CauseInfo<T>, texts: CauseTexts | undefined, all: Texts, fill: (text: string) => string): DescribedCause<T> => {
    const scene = cause.scene === undefined ? undefined : scenePosition.get(cause.scene);
    const classification = classificationPosition.get(cause.classification);
    const note = texts?.[1];
    return {
      id: cause.id,
      scene: cause.scene,
      sceneTitle: (scene === undefined ? cause.scene : (all.scenes[scene] ?? cause.scene)) as DescribedCause<T>["sceneTitle"],
      classification: cause.classification,
      retry: cause.retry,
      advice: classification === undefined ? "" : (all.classifications[classification]?.[0] ?? ""),
      explanation: fill(texts?.[0] ?? ""),
      severity: cause.severity,
      http: cause.http,
      informational: cause.informational,
      ...(note === undefined ? {} : { note }),
    };
  };

  const describeError = (code: unknown, options: DescribeOptions<T> = {}): DescribedError<T> | undefined => {
    const position = core.position(code);
    const info = core.codes[position];
    if (info === undefined) return undefined;
    const all = textsIn(options.locale);
    const [summary, causeTexts, note, retired] = all.codes[position] ?? ["", []];
    const params = options.params;
    const fill = params === undefined ? (text: string): string => text : (text: string): string => fillPlaceholders(text, params);
    const shown: DescribedCause<T>[] = [];
    const shownInfo: CauseInfo<T>[] = [];
    info.causes.forEach((cause, i) => {
      if (options.scene !== undefined && cause.scene !== options.scene) return;
      shownInfo.push(cause);
      shown.push(describeCause(cause, causeTexts[i], all, fill));
    });
    return {
      code: info.code,
      name: info.name,
      http: info.http,
      severity: info.severity,
      informational: info.informational,
      ...(info.retired === undefined ? {} : { retired: { since: info.retired.since, reason: retired ?? "" } }),
      summary: fill(summary),
      ...(note === undefined || note === null ? {} : { note }),
      causes: shown,
      retry: shownInfo.length === 0 ? info.retry : retryVerdict(shownInfo),
    };
  };

  let index: Map<string, TextRef> | undefined;
  // Which notes exist is the same in every locale (the generator fills gaps), so the
  // default locale's texts decide which keys there are.
  const messageIndex = (): Map<string, TextRef> => {
    if (index !== undefined) return index;
    const all = textsIn(undefined);
    const map = new Map<string, TextRef>();
    map.set(keys.title(), [0, 0, 0]);
    core.data.scenes.forEach((id, i) => map.set(keys.scene(id), [1, i, 0]));
    core.data.classifications.forEach((id, i) => {
      map.set(keys.advice(id), [2, i, 0]);
      if (all.classifications[i]?.[1] !== undefined) map.set(keys.classificationNote(id), [3, i, 0]);
    });
    core.codes.forEach((info, i) => {
      const texts = all.codes[i];
      // Former names and synonyms key the same texts, as in the i18n files.
      for (const name of [info.name, ...info.aliases, ...info.synonyms]) {
        map.set(keys.summary(name), [4, i, 0]);
        if (texts?.[2] !== undefined && texts[2] !== null) map.set(keys.codeNote(name), [5, i, 0]);
        if (info.retired !== undefined) map.set(keys.retiredReason(name), [6, i, 0]);
        info.causes.forEach((cause, j) => {
          map.set(keys.cause(name, cause.id), [7, i, j]);
          if (texts?.[1][j]?.[1] !== undefined) map.set(keys.causeNote(name, cause.id), [8, i, j]);
        });
      }
    });
    core.uncoded.forEach((cause, i) => {
      map.set(keys.uncoded(cause.id), [9, i, 0]);
      if (all.uncoded[i]?.[1] !== undefined) map.set(keys.uncodedNote(cause.id), [10, i, 0]);
    });
    index = map;
    return map;
  };

  const textOf = ([kind, i, j]: TextRef, all: Texts): string | null | undefined => {
    switch (kind) {
      case 0: return all.title;
      case 1: return all.scenes[i];
      case 2: return all.classifications[i]?.[0];
      case 3: return all.classifications[i]?.[1];
      case 4: return all.codes[i]?.[0];
      case 5: return all.codes[i]?.[2];
      case 6: return all.codes[i]?.[3];
      case 7: return all.codes[i]?.[1][j]?.[0];
      case 8: return all.codes[i]?.[1][j]?.[1];
      case 9: return all.uncoded[i]?.[0];
      default: return all.uncoded[i]?.[1];
    }
  };

  const formatMessage = (key: string, params?: Readonly<Record<string, unknown>>, locale?: unknown): string => {
    const ref = messageIndex().get(key);
    if (ref === undefined) throw new RangeError("Unknown message key: " + String(key));
    const text = textOf(ref, textsIn(locale)) ?? "";
    return params === undefined ? text : fillPlaceholders(text, params);
  };

  return {
    locales: messages.map((m) => m.locale),
    describeError: describeError as Describer<T>["describeError"],
    formatMessage: formatMessage as Describer<T>["formatMessage"],
    isMessageKey: (key: unknown): key is MessageKey<T> => typeof key === "string" && messageIndex().has(key),
  };
}
