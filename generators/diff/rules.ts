// The catalog of diff rules: what a change between two spec versions means for the
// consumers of the generated code. Tests assert on these ids; docs/diff-rules.md lists
// every one (a test keeps the two in sync).

/** What a change does to consumers: `breaking` stops CI unless allowed. */
export type ChangeSeverity = 'breaking' | 'dangerous' | 'safe';

/** The version bump a change requires (semver of the published catalog). */
export type SemverBump = 'major' | 'minor' | 'patch';

export interface DiffRule {
  readonly severity: ChangeSeverity;
  readonly semver: SemverBump;
  /** One line: why the change has this severity. */
  readonly reason: string;
  /** One line: a change that triggers the rule. */
  readonly example: string;
  /** One line: what a consumer of the base package can still rely on after the change. */
  readonly relies: string;
}

export const diffRules = {
  // Breaking: a name, key, type or value consumers use disappears or changes.
  'code-removed': {
    severity: 'breaking',
    semver: 'major',
    reason: 'Clients still receive or match the code, and the enum member they compile against disappears; retire it instead.',
    example: 'The entry `-3000000 NO_PERMISSION` is deleted from `errors`.',
    relies: 'Nothing: the member, its keys and examples are gone.',
  },
  'retired-code-deleted': {
    severity: 'breaking',
    semver: 'major',
    reason: 'A retired entry is what keeps its value and name reserved; without it they can be reused silently.',
    example: 'The entry `-3000000 NO_PERMISSION` with `retired:` is deleted from `errors`.',
    relies: 'Nothing: the member, its keys and examples are gone.',
  },
  'code-value-changed': {
    severity: 'breaking',
    semver: 'major',
    reason: 'Clients compare the value they receive: a renumbered code no longer matches their handling.',
    example: '`NO_PERMISSION` changes its code from -3000000 to -3000001.',
    relies: 'The name still compiles, but code that handles the old value no longer matches it.',
  },
  'code-renamed-without-alias': {
    severity: 'breaking',
    semver: 'major',
    reason: 'Code that uses the old name stops compiling; keep the old name in `aliases`.',
    example: '`NO_PERMISSION` (-3000000) is renamed `FORBIDDEN` and `aliases` does not list `NO_PERMISSION`.',
    relies: 'Nothing under the old name: its member, message keys, i18n keys and example names are gone.',
  },
  'alias-removed': {
    severity: 'breaking',
    semver: 'major',
    reason: 'Aliases are generated as deprecated members; code that still uses one stops compiling.',
    example: '`aliases: [NO_PERMISSION]` is deleted from `FORBIDDEN`.',
    relies: 'Nothing under the alias: its member, message keys, i18n keys and example names are gone.',
  },
  'synonym-removed': {
    severity: 'breaking',
    semver: 'major',
    reason: 'A synonym is generated as a current member and keys its own texts; code that uses it stops compiling.',
    example: '`synonyms: [card_declined]` is deleted from `declined`.',
    relies: 'Nothing under the synonym: its member, message keys, i18n keys and example names are gone.',
  },
  'all-scenes-removed': {
    severity: 'breaking',
    semver: 'major',
    reason: 'The catalog stops declaring scenes: `SceneId` becomes `never`, causes lose their scene, scene keys and `describeError`\'s `scene` option go.',
    example: '`scenes:` is deleted and no cause names a scene any more.',
    relies: 'Codes, names, cause ids, classifications and their keys; nothing that names a scene.',
  },
  'http-status-changed': {
    severity: 'breaking',
    semver: 'major',
    reason: 'Clients, gateways and retries branch on the HTTP status.',
    example: '`NO_PERMISSION` changes `http` from 500 to 403.',
    relies: 'Names and keys stay; the status, and the response component the code is listed under, change.',
  },
  'cause-http-changed': {
    severity: 'breaking',
    semver: 'major',
    reason: 'Clients, gateways and retries branch on the HTTP status; `toResponse` answers the cause\'s status.',
    example: 'The cause `order-locked` of `ORDER_CONFLICT` changes its `http` from 409 to 423.',
    relies: 'Names and keys stay; the status the cause answers, and the response it is listed under, change.',
  },
  'http-mapping-removed': {
    severity: 'breaking',
    semver: 'major',
    reason: 'The spec now says `http: false`: no code has a status, the OpenAPI responses are gone and `toResponse` answers 500.',
    example: '`http: false` is added at the top of the spec.',
    relies: 'Names, keys and texts stay; every status and every response component disappears.',
  },
  'response-removed': {
    severity: 'breaking',
    semver: 'major',
    reason: 'API documents `$ref` the OpenAPI response components (`Error500`, `Notice200`) by name.',
    example: 'The only code answering 409 moves to 422, so `Error409` disappears.',
    relies: 'Names and keys stay; a `$ref` to the response fails to resolve.',
  },
  'code-error-severity-changed': {
    severity: 'breaking',
    semver: 'major',
    reason: 'The code becomes an error or stops being one: its retry verdict flips to or from `not-an-error`, and its OpenAPI examples move between `Error<status>` and `Notice<status>`.',
    example: '`NO_VOUCHER_INFO` gains `severity: info` (it was an error), or loses it.',
    relies: 'Names and keys stay; `severity`, the retry verdict and the response holding its examples change.',
  },
  'cause-error-severity-changed': {
    severity: 'breaking',
    semver: 'major',
    reason: 'The cause becomes an error or stops being one: its retry class flips to or from `not-an-error`, and its OpenAPI example moves between `Error<status>` and `Notice<status>`.',
    example: 'The cause `no-voucher-info` gains `severity: info` while other causes of the code stay errors.',
    relies: 'Names and keys stay; the cause\'s `severity`, its retry class and the response holding its example change.',
  },
  'alias-became-synonym': {
    severity: 'breaking',
    semver: 'major',
    reason: 'A former name is current again: its member and keys stay and lose `@deprecated`, but it leaves the `ErrorAlias` type, so code holding it as an `ErrorAlias` stops compiling (the harness shows it).',
    example: '`SLOW` moves from `aliases` to `synonyms` of `TIMEOUT`.',
    relies: 'Every member, key and example name of the base; `ErrorAlias` no longer has the name (`ErrorName` still does).',
  },
  'retired-value-reused': {
    severity: 'breaking',
    semver: 'major',
    reason: 'Old clients still map a retired value to its old meaning; a live code with that value is misread.',
    example: 'The retired `-3000000 NO_PERMISSION` loses `retired:`, or its entry is replaced by a live `-3000000 FORBIDDEN`.',
    relies: 'Names may compile, but a value means something else.',
  },
  'params-changed': {
    severity: 'breaking',
    semver: 'major',
    reason: 'Message accessors are typed with the params: callers that pass the old set stop compiling.',
    example: 'The summary of `NO_PERMISSION` gains `params: [storeId]`.',
    relies: 'The key stays; its params type changes, so calls that pass the old params stop compiling.',
  },
  'param-type-changed': {
    severity: 'breaking',
    semver: 'major',
    reason: '`apiError` and the message accessors type each param: a value of the old type stops compiling, and clients parsing `params` read another type.',
    example: 'The param `storeId` of `NO_PERMISSION` changes `type` from `string` to `integer`.',
    relies: 'The key stays; the type of a param changes.',
  },
  'envelope-changed': {
    severity: 'breaking',
    semver: 'major',
    reason: 'The error body is the wire contract: clients parse `code`/`message` or `type`/`title`/`status`, and the content type changes with it; an unknown error answers another code.',
    example: '`envelope.kind` changes from `simple` to `problem`, or `envelope.fallbackCode` changes.',
    relies: 'Nothing about the error body: its schema and content type change.',
  },
  'scene-removed': {
    severity: 'breaking',
    semver: 'major',
    reason: 'A scene that causes used is gone, with its generated title and docs section.',
    example: 'The scene `scan-qr` is deleted while a cause in the base used it.',
    relies: 'Nothing about the scene: its `SceneId` member and title key are gone.',
  },
  'classification-removed': {
    severity: 'breaking',
    semver: 'major',
    reason: 'A classification that causes used is gone, with its generated retry class and advice.',
    example: 'The classification `scan-retry-may` is deleted while a cause in the base used it.',
    relies: 'Nothing about the classification: its `ClassificationId` member and advice key are gone.',
  },
  'locale-removed': {
    severity: 'breaking',
    semver: 'major',
    reason: 'Consumers load the i18n resources and docs of that locale; they disappear.',
    example: '`zh-CN` is deleted from `locales.targets`.',
    relies: 'Nothing in that locale: its `Locale` member, i18n file, messages module and docs are gone.',
  },
  'cause-removed': {
    severity: 'breaking',
    semver: 'major',
    reason: 'A documented way the code happens disappears, with its message key, i18n key and OpenAPI example: lookups and `$ref`s of them break; keep the cause.',
    example: 'The cause `decryption-failed` is deleted from `QR_CODE_DECODE_FAILED`.',
    relies: 'Nothing about the cause: its message key, i18n key, OpenAPI example and docs row are gone; the code stays.',
  },
  'unused-scene-removed': {
    severity: 'breaking',
    semver: 'major',
    reason: 'No cause used the scene, but its `SceneId` member and title key are gone: code that names it stops compiling.',
    example: 'The scene `refund`, which no cause used, is deleted.',
    relies: 'Nothing about the scene: its `SceneId` member and title key are gone, though no cause used them.',
  },
  'unused-classification-removed': {
    severity: 'breaking',
    semver: 'major',
    reason: 'No cause used the classification, but its `ClassificationId` member and advice key are gone: code that names it stops compiling.',
    example: 'The classification `refund-retry-may`, which no cause used, is deleted.',
    relies: 'Nothing about the classification: its `ClassificationId` member and advice key are gone, though no cause used them.',
  },
  'text-removed': {
    severity: 'breaking',
    semver: 'major',
    reason: 'An optional text (a note) is removed, with its message key and i18n key: code that formats it stops compiling.',
    example: 'The `note` of `NO_PERMISSION` is deleted.',
    relies: 'Nothing about the note: its message key and i18n key are gone; the other texts stay.',
  },

  // Dangerous: everything still compiles, but clients may behave differently.
  'cause-classification-changed': {
    severity: 'dangerous',
    semver: 'minor',
    reason: 'The retry class and advice of the cause change, and with them what clients do on this error.',
    example: 'The cause `decryption-failed` (scene `scan-qr`) moves from `scan-retry-may` to `scan-retry-never`.',
    relies: 'Every name, key, type and example name of the base; the retry class and advice differ.',
  },
  'classification-retry-changed': {
    severity: 'dangerous',
    semver: 'minor',
    reason: 'Every cause in the classification changes whether clients should retry.',
    example: '`scan-retry-may` changes `retry` from `may` to `never`.',
    relies: 'Every name, key, type and example name of the base; the retry class differs.',
  },
  'classification-advice-changed': {
    severity: 'dangerous',
    semver: 'minor',
    reason: 'The handling advice shown for every cause in the classification changes.',
    example: 'The `en` advice of `scan-retry-never` changes.',
    relies: 'Every name, key, type and example name of the base; an advice text differs.',
  },
  'code-severity-changed': {
    severity: 'dangerous',
    semver: 'minor',
    reason: 'A code that is not an error changes between warning and info: clients that branch on `severity` treat it differently.',
    example: '`STRING_DATA_RIGHT_TRUNCATION` changes from `severity: warning` to `severity: info`.',
    relies: 'Every name, key, type and example name of the base; `severity` differs.',
  },
  'cause-severity-changed': {
    severity: 'dangerous',
    semver: 'minor',
    reason: 'A cause that is not an error changes between warning and info: clients that branch on `severity` treat it differently.',
    example: 'The cause `read-only-replica` changes from `severity: warning` to `severity: info`.',
    relies: 'Every name, key, type and example name of the base; the cause\'s `severity` differs.',
  },
  'catalog-id-changed': {
    severity: 'dangerous',
    semver: 'minor',
    reason: 'Tools that find the catalog by its id (OpenAPI extension, catalog JSON) no longer find it.',
    example: '`id` changes from `voucher-verification` to `vouchers`.',
    relies: 'Every name, key, type and example name of the base; the catalog id value differs.',
  },
  'type-base-changed': {
    severity: 'dangerous',
    semver: 'minor',
    reason: "Every problem `type` URI changes: clients that compare `type` (RFC 9457's identifier) stop matching, though nothing fails to compile.",
    example: '`envelope.typeBase` changes from `https://example.com/errors` to `https://docs.example.com/errors`.',
    relies: 'Every name, key, type and example name of the base; the `type` URIs differ.',
  },

  'range-removed': {
    severity: 'dangerous',
    semver: 'minor',
    reason: 'The package exposes ranges only as data (`ranges` and each code\'s `range` in catalog.json, `x-errspec-range` in OpenAPI): nothing fails to compile, but tools that group or route codes by range lose the group.',
    example: 'The range `partners` is deleted from `ranges`.',
    relies: 'Every name, key, type and example name of the base; the range is gone from catalog.json and OpenAPI, and its codes are in another range or in none.',
  },
  'code-range-changed': {
    severity: 'dangerous',
    semver: 'minor',
    reason: 'The code keeps its value and name, but its `range` (and so its owner) differs: tools that route errors to the owning team by range act differently.',
    example: 'Bounds change so that `1500 CARD_EXPIRED` moves from range `payments` to range `cards`.',
    relies: 'Every name, key, type and example name of the base; the code\'s `range` in catalog.json and `x-errspec-range` in OpenAPI differ.',
  },

  // Safe: everything a consumer of the base could reference is still there.
  'http-mapping-added': {
    severity: 'safe',
    semver: 'minor',
    reason: 'Codes gain HTTP statuses and the OpenAPI gains responses; nothing a consumer used goes away.',
    example: '`http: false` is removed and every code gives `http`.',
    relies: 'Everything of the base; `http` is now a number.',
  },
  'code-added': {
    severity: 'safe',
    semver: 'minor',
    reason: 'A new value and enum member; existing clients are unaffected.',
    example: 'A new entry `-3000300 VOUCHER_LOCKED` is added to `errors`.',
    relies: 'Every name, key, type and example name of the base.',
  },
  'code-retired': {
    severity: 'safe',
    semver: 'minor',
    reason: 'The code stays generated as a deprecated member, so consumers are warned instead of broken.',
    example: '`NO_PERMISSION` gains `retired: { since: 2.0.0, reason: ... }`.',
    relies: 'Every name, key, type and example name of the base; the member is marked deprecated.',
  },
  'code-renamed': {
    severity: 'safe',
    semver: 'minor',
    reason: 'The old name stays as a deprecated alias, so existing code keeps compiling.',
    example: '`NO_PERMISSION` is renamed `FORBIDDEN` with `aliases: [NO_PERMISSION]`.',
    relies: 'Every name, key, type and example name of the base: the old name stays a deprecated enum member, and its message keys, i18n keys and OpenAPI example names stay, with the same texts.',
  },
  'alias-added': {
    severity: 'safe',
    semver: 'minor',
    reason: 'One more deprecated name for the same value.',
    example: '`FORBIDDEN` gains `aliases: [NOT_ALLOWED]`.',
    relies: 'Every name, key, type and example name of the base.',
  },
  'synonym-added': {
    severity: 'safe',
    semver: 'minor',
    reason: 'One more current name for the same value.',
    example: '`declined` gains `synonyms: [card_declined]`.',
    relies: 'Every name, key, type and example name of the base.',
  },
  'synonym-deprecated': {
    severity: 'safe',
    semver: 'minor',
    reason: 'A synonym moves to `aliases`: it stays generated, now as a deprecated member, so consumers are warned instead of broken.',
    example: '`card_declined` moves from `synonyms` to `aliases` of `declined`.',
    relies: 'Every name, key, type and example name of the base; the member is marked deprecated.',
  },
  'synonym-became-name': {
    severity: 'safe',
    semver: 'minor',
    reason: 'A synonym becomes the name and the old name stays a synonym or alias: every name still compiles.',
    example: '`declined` with `synonyms: [card_declined]` becomes `card_declined` with `synonyms: [declined]`.',
    relies: 'Every name, key, type and example name of the base; `name` in lookups and `ErrorCode[value]` give the new name.',
  },
  'scenes-introduced': {
    severity: 'safe',
    semver: 'minor',
    reason: 'A catalog without scenes declares them: causes gain a scene, nothing existing goes away.',
    example: '`scenes:` is added and every cause names one.',
    relies: 'Every name, key, type and example name of the base; a cause\'s `scene` and `sceneTitle` are no longer undefined.',
  },
  'cause-added': {
    severity: 'safe',
    semver: 'minor',
    reason: 'One more documented way the code happens.',
    example: 'The cause `signature-invalid` is added to `QR_CODE_DECODE_FAILED`.',
    relies: 'Every name, key, type and example name of the base.',
  },
  'scene-added': {
    severity: 'safe',
    semver: 'minor',
    reason: 'A new scene; nothing existing changes.',
    example: 'The scene `refund` is added under `scenes`.',
    relies: 'Every name, key, type and example name of the base.',
  },
  'classification-added': {
    severity: 'safe',
    semver: 'minor',
    reason: 'A new classification; nothing existing changes.',
    example: 'The classification `refund-retry-may` is added under `classifications`.',
    relies: 'Every name, key, type and example name of the base.',
  },
  'locale-added': {
    severity: 'safe',
    semver: 'minor',
    reason: 'New i18n resources and docs; nothing existing changes.',
    example: '`ja` is added to `locales.targets`.',
    relies: 'Every name, key, type and example name of the base.',
  },
  'cause-scene-changed': {
    severity: 'safe',
    semver: 'patch',
    reason: 'The cause moves to another scene table in the docs; codes and retry classes stay.',
    example: 'The cause `orders-query-failed` moves from scene `scan-or-enter` to `write-off`.',
    relies: 'Every name, key, type and example name of the base; the docs row moves.',
  },
  'retired-since-changed': {
    severity: 'safe',
    semver: 'patch',
    reason: 'Documentation of a retired code only.',
    example: '`retired.since` of `NO_PERMISSION` changes from `2.0.0` to `2.1.0`.',
    relies: 'Every name, key, type and example name of the base.',
  },
  'param-described': {
    severity: 'safe',
    semver: 'patch',
    reason: 'A param\'s example or description shows only in the docs and OpenAPI examples.',
    example: 'The param `storeId` gets `example: S-1001`.',
    relies: 'Every name, key, type and example name of the base; example values differ.',
  },
  'text-changed': {
    severity: 'safe',
    semver: 'patch',
    reason: 'Wording only; values, names and retry classes stay.',
    example: 'The `en` summary of `NO_PERMISSION` is reworded.',
    relies: 'Every name, key, type and example name of the base; a text differs.',
  },
  'translation-changed': {
    severity: 'safe',
    semver: 'patch',
    reason: 'A translation is edited while the source text stays.',
    example: 'The `zh-CN` summary of `NO_PERMISSION` is reworded.',
    relies: 'Every name, key, type and example name of the base; a text differs.',
  },
  'summary-omitted': {
    severity: 'safe',
    semver: 'patch',
    reason: 'The summary key stays and holds the only cause\'s explanation: a text change, like any rewording.',
    example: '`declined`, with one cause, drops its `summary`.',
    relies: 'Every key of the base: `errors.<NAME>.summary` now holds the explanation\'s text (and its params).',
  },
  'summary-given': {
    severity: 'safe',
    semver: 'patch',
    reason: 'A code whose summary was its only cause\'s explanation gets a summary of its own: a text change.',
    example: '`declined`, with one cause, gains a `summary`.',
    relies: 'Every key of the base; `errors.<NAME>.summary` holds the new text.',
  },
  'naming-changed': {
    severity: 'safe',
    semver: 'patch',
    reason: 'The convention only decides which names validate; each renamed code is reported on its own.',
    example: '`codes.naming` changes from `camelCase` to `snake_case`.',
    relies: 'Every name, key, type and example name of the base, unless a rename is reported.',
  },
  'text-added': {
    severity: 'safe',
    semver: 'patch',
    reason: 'An optional text (a note) is added.',
    example: '`NO_PERMISSION` gains a `note`.',
    relies: 'Every name, key, type and example name of the base.',
  },
  'range-added': {
    severity: 'safe',
    semver: 'minor',
    reason: 'A new range of values for a team; no code of the base changes range (that would be `code-range-changed`).',
    example: 'The range `partners` (5000..5999, owner `partner-team`) is added under `ranges`.',
    relies: 'Every name, key, type and example name of the base.',
  },
  'range-bounds-changed': {
    severity: 'safe',
    semver: 'patch',
    reason: 'Which values a range may still hand out changes; the range of every existing code stays (a code that moves is `code-range-changed`).',
    example: 'The range `payments` grows from 1000..1999 to 1000..2999, or a string range\'s `prefix` changes.',
    relies: 'Every name, key, type and example name of the base; the range\'s bounds in catalog.json and OpenAPI differ.',
  },
  'range-owner-changed': {
    severity: 'safe',
    semver: 'patch',
    reason: 'Who picks the range\'s codes changes: a fact for the teams that maintain the spec, not for consumers.',
    example: 'The `owner` of range `payments` changes from `payments-team` to `billing-team`.',
    relies: 'Every name, key, type and example name of the base; the owner in catalog.json, OpenAPI and the docs differs.',
  },
  'range-title-changed': {
    severity: 'safe',
    semver: 'patch',
    reason: 'A range\'s title heads its codes in the docs only; it has no message or i18n key.',
    example: 'The `en` title of range `payments` changes from `Payments` to `Card payments`, or the range gains or loses its title.',
    relies: 'Every name, key, type and example name of the base; a docs heading differs.',
  },
} as const satisfies Record<string, DiffRule>;

export type DiffRuleId = keyof typeof diffRules;

export const SEVERITIES: readonly ChangeSeverity[] = ['breaking', 'dangerous', 'safe'];

/** The warning listed beside the changes (not a change: it affects no consumer). */
export const STALE_TRANSLATION = {
  id: 'possibly-stale-translation',
  reason: 'The source-locale text changed while this locale kept its text: a translator should revisit it.',
  example: 'The `en` summary of `NO_PERMISSION` is reworded and its `zh-CN` summary is not.',
} as const;
