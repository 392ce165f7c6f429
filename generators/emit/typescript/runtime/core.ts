// The text-free half of a generated catalog: code facts, lookups and retry verdicts.
// Generic over the catalog's literal types (`CatalogTypes`), which the generated
// `core.ts` binds; no human text is read here, so a client that only classifies
// errors never loads one. Lookups are Maps built on first use: no input
// (`__proto__`, `constructor`) can reach a prototype, and an unused export costs
// nothing at load.

/** What a classification says about retrying; "not-an-error" for every cause that is not an error. */
export type Retry = "never" | "may" | "not-an-error";

/** How serious an outcome is: "error" (it failed), "warning" (it succeeded with a caveat) or "info" (not an error). */
export type Severity = "error" | "warning" | "info";

/** The verdict over several causes: "mixed" when they disagree. */
export type RetryVerdict = Retry | "mixed";

/** The literal types of one catalog. */
export interface CatalogTypes {
  readonly code: string | number;
  /** The primitive type codes have. */
  readonly input: string | number;
  readonly name: string;
  readonly alias: string;
  readonly locale: string;
  readonly scene: string;
  readonly classification: string;
  /** `number`, or `undefined` for a catalog without HTTP mapping. */
  readonly http: number | undefined;
}

/**
 * A cause's scene: one of the catalog's scene ids, or undefined in a catalog that
 * declares no scenes (its `SceneId` is `never`).
 */
export type CauseScene<T extends CatalogTypes> = [T["scene"]] extends [never] ? undefined : T["scene"];

/** A cause as the generated data writes it: JSON, defaults left out. */
export interface CauseRow<T extends CatalogTypes> {
  readonly id: string;
  /** Absent in a catalog without scenes. */
  readonly scene?: T["scene"];
  readonly classification: T["classification"];
  /** Absent: its code's. */
  readonly severity?: Severity;
  /** Absent: its code's. */
  readonly http?: number;
  readonly params?: readonly string[];
}

/** A code as the generated data writes it (its value is in `CoreData.codes`). */
export interface CodeRow<T extends CatalogTypes> {
  readonly name: T["name"];
  readonly aliases?: readonly T["alias"][];
  readonly synonyms?: readonly T["name"][];
  /** Absent in a catalog without HTTP mapping. */
  readonly http?: number;
  /** Absent: "error". */
  readonly severity?: Severity;
  readonly params?: readonly string[];
  /** The version or date the code was retired in. */
  readonly retired?: string;
  readonly causes: readonly CauseRow<T>[];
}

/** What a generated core module holds. Rows are JSON strings, parsed on first use. */
export interface CoreData<T extends CatalogTypes> {
  readonly id: string;
  readonly codeType: "integer" | "string";
  readonly sourceLocale: T["locale"];
  readonly locales: readonly T["locale"][];
  /** Sorted by id. */
  readonly scenes: readonly T["scene"][];
  /** Sorted by id. */
  readonly classifications: readonly T["classification"][];
  /** The retry class of each classification, in the same order. */
  readonly retries: readonly Retry[];
  /** In spec order, retired codes included. */
  readonly codes: readonly T["code"][];
  /** One JSON `CodeRow` per code, in the same order. */
  readonly rows: readonly string[];
  /** One JSON `CauseRow` per cause documented without a code. */
  readonly uncoded: readonly string[];
}

/** One documented way an error happens. */
export interface CauseInfo<T extends CatalogTypes> {
  /** Unique within its code (or among the uncoded causes). */
  readonly id: string;
  readonly scene: CauseScene<T>;
  readonly classification: T["classification"];
  /** The classification's retry class; "not-an-error" when the cause is not an error. */
  readonly retry: Retry;
  readonly severity: Severity;
  /** The HTTP status this cause answers (its own, else its code's). */
  readonly http: T["http"];
  /** @deprecated Read `severity`: this is `severity !== "error"`. */
  readonly informational: boolean;
  /** Placeholders {{param}} that its explanation uses. */
  readonly params: readonly string[];
}

export interface ErrorInfo<T extends CatalogTypes> {
  readonly code: T["code"];
  readonly name: T["name"];
  /** Former names (deprecated). */
  readonly aliases: readonly T["alias"][];
  /** Other current names, equal to `name`. */
  readonly synonyms: readonly T["name"][];
  /** The code's HTTP status; a cause may answer another (see `statuses`). */
  readonly http: T["http"];
  /** Every status the code can answer, its own and its causes', ascending. */
  readonly statuses: readonly number[];
  /** Its declared severity, else its most serious cause's. */
  readonly severity: Severity;
  /** @deprecated Read `severity`: this is `severity !== "error"`. */
  readonly informational: boolean;
  /** The verdict over all causes. */
  readonly retry: RetryVerdict;
  /** Scenes of the causes, in first-appearance order. */
  readonly scenes: readonly T["scene"][];
  /** Placeholders {{param}} that the summary uses. */
  readonly params: readonly string[];
  readonly retired?: { readonly since: string };
  readonly causes: readonly CauseInfo<T>[];
}

/** The parsed, indexed catalog facts. */
export interface Core<T extends CatalogTypes> {
  readonly data: CoreData<T>;
  /** In spec order. */
  readonly codes: readonly ErrorInfo<T>[];
  readonly uncoded: readonly CauseInfo<T>[];
  /** The position of a code in `codes`, or -1. */
  position(code: unknown): number;
  byName(name: unknown): ErrorInfo<T> | undefined;
}

/**
 * The verdict over some causes: "not-an-error" when none is an error; otherwise over
 * the errors, "never" or "may" when they all agree, else "mixed".
 */
export function retryVerdict(causes: readonly Pick<CauseInfo<CatalogTypes>, "retry">[]): RetryVerdict {
  let verdict: Retry | undefined;
  for (const cause of causes) {
    if (cause.retry === "not-an-error") continue;
    if (verdict === undefined) verdict = cause.retry;
    else if (verdict !== cause.retry) return "mixed";
  }
  return verdict ?? "not-an-error";
}

/** The verdict of a code in one scene: over its causes there, else the code's own. */
export function sceneVerdict<T extends CatalogTypes>(info: ErrorInfo<T>, scene: T["scene"] | undefined): RetryVerdict {
  if (scene === undefined) return info.retry;
  const causes = info.causes.filter((cause) => cause.scene === scene);
  return causes.length === 0 ? info.retry : retryVerdict(causes);
}

/** Parses and indexes a generated core's data; call once and keep the result. */
export function createCore<T extends CatalogTypes>(data: CoreData<T>): Core<T> {
  const retryOf = new Map<string, Retry>(data.classifications.map((id, i) => [id, data.retries[i] ?? "never"]));
  const cause = (row: CauseRow<T>, owner: CodeRow<T> | undefined): CauseInfo<T> => {
    const severity = row.severity ?? owner?.severity ?? "error";
    return {
      id: row.id,
      // Every row of a catalog with scenes has one; none of a catalog without.
      scene: row.scene as CauseScene<T>,
      classification: row.classification,
      retry: severity === "error" ? (retryOf.get(row.classification) ?? "never") : "not-an-error",
      severity,
      http: (row.http ?? owner?.http) as T["http"],
      informational: severity !== "error",
      params: row.params ?? [],
    };
  };
  const codes = data.rows.map((json, i): ErrorInfo<T> => {
    const row = JSON.parse(json) as CodeRow<T>;
    const causes = row.causes.map((c) => cause(c, row));
    const severity = row.severity ?? "error";
    const statuses = new Set<number>();
    for (const status of [row.http, ...causes.map((c) => c.http)]) if (status !== undefined) statuses.add(status);
    return {
      code: data.codes[i] as T["code"],
      name: row.name,
      aliases: row.aliases ?? [],
      synonyms: row.synonyms ?? [],
      http: row.http as T["http"],
      statuses: [...statuses].sort((a, b) => a - b),
      severity,
      informational: severity !== "error",
      retry: retryVerdict(causes),
      scenes: [...new Set(causes.flatMap((c): T["scene"][] => (c.scene === undefined ? [] : [c.scene])))],
      params: row.params ?? [],
      ...(row.retired === undefined ? {} : { retired: { since: row.retired } }),
      causes,
    };
  });
  const positions = new Map<unknown, number>(data.codes.map((code, i) => [code, i]));
  const names = new Map<unknown, ErrorInfo<T>>();
  for (const info of codes) {
    names.set(info.name, info);
    for (const other of [...info.synonyms, ...info.aliases]) names.set(other, info);
  }
  return {
    data,
    codes,
    uncoded: data.uncoded.map((json) => cause(JSON.parse(json) as CauseRow<T>, undefined)),
    position: (code) => positions.get(code) ?? -1,
    byName: (name) => names.get(name),
  };
}
