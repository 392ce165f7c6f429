// Every diagnostic the toolkit reports about a spec or config, by rule id. Tests assert
// on these ids; docs/bad-inputs.md lists them for users.

export type Severity = 'error' | 'warning';

interface RuleDef {
  readonly severity: Severity;
  readonly description: string;
}

export const rules = {
  'file-too-large': { severity: 'error', description: 'The file is larger than the size bound (32 MiB by default; `--max-bytes` raises it).' },
  'invalid-utf8': { severity: 'error', description: 'The file is not valid UTF-8 (reported with its byte offset).' },
  'yaml-syntax': { severity: 'error', description: 'The file is not well-formed YAML.' },
  'yaml-duplicate-key': { severity: 'error', description: 'A mapping has the same key twice.' },
  'yaml-version': { severity: 'error', description: 'A `%YAML` directive other than 1.2: YAML 1.1 reads `yes`, `0777` and `<<` differently.' },
  'yaml-tag': { severity: 'error', description: 'Explicit tags (`!!binary`, `!custom`) are refused: a spec holds plain data.' },
  'yaml-merge-key': { severity: 'error', description: 'Merge keys (`<<`) are refused: write the keys out.' },
  'yaml-alias-limit': { severity: 'error', description: 'Aliases expand to too many nodes (a "billion laughs" file).' },
  'yaml-depth': { severity: 'error', description: 'Nesting deeper than any spec needs.' },
  'yaml-key-type': { severity: 'error', description: 'A mapping key that is not a plain string.' },
  'empty-file': { severity: 'error', description: 'The file is empty or holds only comments.' },
  schema: { severity: 'error', description: 'The file does not match its JSON Schema.' },
  'code-type': { severity: 'error', description: 'A code value is not of the kind `codes.type` declares.' },
  'code-format': { severity: 'error', description: 'An integer code is not written as a plain decimal safe integer.' },
  'duplicate-code': { severity: 'error', description: 'Two entries have the same code value (retired ones included).' },
  'duplicate-name': { severity: 'error', description: 'Two entries share a name or alias.' },
  'name-case-collision': { severity: 'error', description: 'Two names differ only by case.' },
  'name-convention': { severity: 'error', description: 'A name does not follow `codes.naming`.' },
  'name-reserved': { severity: 'error', description: 'A name is a reserved word or a dangerous property name.' },
  'reserved-id': { severity: 'error', description: 'An id or code is a dangerous property name (`__proto__`, `constructor`, `prototype`).' },
  'duplicate-cause-id': { severity: 'error', description: 'Two causes of one code share an id.' },
  'undeclared-scene': { severity: 'error', description: 'A cause refers to a scene that is not declared.' },
  'undeclared-classification': { severity: 'error', description: 'A cause refers to a classification that is not declared.' },
  'unused-scene': { severity: 'warning', description: 'A declared scene no cause uses.' },
  'unused-classification': { severity: 'warning', description: 'A declared classification no cause uses.' },
  'unknown-locale': { severity: 'error', description: 'A text is given in a locale the spec does not declare.' },
  'missing-translation': { severity: 'error', description: 'A text lacks a declared locale that may not fall back.' },
  'fallback-locale': { severity: 'error', description: 'A fallback names a locale that is not declared, or loops.' },
  'undeclared-placeholder': { severity: 'error', description: 'A text uses a `{{placeholder}}` its `params` do not declare.' },
  'placeholder-mismatch': { severity: 'error', description: "A locale's text uses other placeholders than the source locale's." },
  'invalid-param': { severity: 'error', description: 'A param is declared twice, or its `example` is not of its `type`.' },
  'retired-since-format': { severity: 'error', description: '`retired.since` is neither a semver version nor an ISO date (YYYY-MM-DD).' },
  'envelope-invalid': { severity: 'error', description: 'The envelope has a `typeBase` without `kind: problem`, or a `fallbackCode` that is not a live code.' },
  'unused-param': { severity: 'warning', description: 'A declared param that no text uses.' },
  'text-control-character': {
    severity: 'error',
    description: 'A name, id or key holds an invisible or control character, or a text holds a bidi override/isolate, a control character other than tab and newline, a line/paragraph separator or an unpaired surrogate.',
  },
  'i18n-syntax': {
    severity: 'error',
    description: 'A text holds syntax an i18n library would interpret: braces other than `{{name}}` placeholders (ICU `{x}`, i18next `{{- x}}`, `{{x, format}}`) or i18next nesting `$t(`.',
  },
  'config-invalid': { severity: 'error', description: 'The config file does not match its JSON Schema.' },
  'translation-stale': { severity: 'warning', description: "A translation's source text changed since it was translated (per the translation lock file)." },
  'translation-lock-outdated': { severity: 'warning', description: 'The translation lock file does not record the translations as they are now; `errspec translations lock` updates it.' },
  'translation-lock-invalid': { severity: 'error', description: 'The translation lock file is not valid JSON in the lock format.' },
  'xliff-syntax': { severity: 'error', description: 'The file to import is not well-formed XML.' },
  'xliff-format': { severity: 'error', description: 'The file to import is not XLIFF 1.2 as errspec reads it (root, version, a file without languages, a unit without an id).' },
  'xliff-locale': { severity: 'error', description: "An XLIFF file's source or target language is not the spec's source or one of its target locales." },
  'xliff-unknown-unit': { severity: 'error', description: 'An XLIFF unit id is not the i18n key of any text of the spec.' },
  'xliff-duplicate-unit': { severity: 'error', description: 'The same unit id appears twice for one target language.' },
  'xliff-placeholder-mismatch': { severity: 'error', description: "A unit's target uses other `{{placeholders}}` than its source." },
  'xliff-inline-element': { severity: 'error', description: 'A source or target holds an inline element errspec cannot turn back into text (only `<ph>`, `<x equiv-text>`, `<g>` and `<mrk>` are read).' },
  'xliff-outdated-source': { severity: 'warning', description: "A unit's source is not the spec's current source text: its translation is imported, but stays stale." },
  // `errspec import`: problems of the docs table it reads.
  'table-format': { severity: 'error', description: 'The file holds no table `errspec import` can read: no `<table>`, no GFM table, or malformed CSV.' },
  'table-columns': { severity: 'error', description: 'A column the import needs is missing or ambiguous, or `--columns` names a header the table lacks.' },
  'table-cell': { severity: 'error', description: 'A cell of the table cannot be used: a code not of the catalog\'s kind, an HTTP status outside 100–599, an empty explanation.' },
  'table-conflict': { severity: 'warning', description: 'Rows of one code disagree on a value the code has once (HTTP status, name): the first row\'s is kept.' },
} as const satisfies Record<string, RuleDef>;

export type RuleId = keyof typeof rules;
