// Every diagnostic the toolkit reports about a spec or config, by rule id: its severity,
// the wording of each message and the hint that says how to fix it (TypeSpec's
// messages.ts is the model). Call sites pass only values; tests assert on the ids;
// docs/bad-inputs.md lists every one (test/diagnostics/catalog.test.ts holds the two
// in step).
import { paramMessage, type CallableMessage } from './message.js';

export type Severity = 'error' | 'warning';

interface RuleDef {
  readonly severity: Severity;
  /** One line for docs/bad-inputs.md. */
  readonly description: string;
  readonly messages: { readonly default: CallableMessage; readonly [id: string]: CallableMessage };
  /** How to fix it. A message's hint is the one of the same id, else `default`. */
  readonly hints: { readonly default: CallableMessage; readonly [id: string]: CallableMessage };
}

const didYouMean = paramMessage`did you mean '${'suggestion'}'?`;

/** What a JSON Schema check says (the spec's and the config's wording are the same). */
const schemaMessages = {
  default: paramMessage`${'where'} ${'text'}`,
  notMapping: paramMessage`The ${'what'} must be a mapping at the top level`,
  required: paramMessage`Missing required field '${'field'}' in ${'where'}`,
  unknownField: paramMessage`Unknown field '${'field'}' in ${'where'}`,
  badKey: paramMessage`'${'key'}' is not a valid key in ${'where'}: ${'description'}`,
  enum: paramMessage`${'where'} must be one of ${'allowed'}, not ${'value'}`,
  const: paramMessage`${'where'} must be ${'value'}`,
  type: paramMessage`${'where'} must be ${'type'}, not ${'actual'}`,
  range: paramMessage`${'where'} is ${'value'}, outside the range ${'min'}–${'max'}`,
  pattern: paramMessage`${'value'} is not valid for ${'where'}: ${'description'}`,
  empty: paramMessage`${'where'} must not be empty`,
  duplicateItem: paramMessage`${'where'} lists ${'value'} twice`,
} as const;

const schemaHints = {
  default: paramMessage`see the description of the field in the JSON Schema`,
  notMapping: paramMessage`write the fields as key: value lines`,
  required: paramMessage`add ${'field'}`,
  unknownField: paramMessage`the fields of ${'where'} are: ${'allowed'}`,
  badKey: paramMessage`rename the key`,
  enum: paramMessage`use one of ${'allowed'}`,
  const: paramMessage`set it to ${'value'}`,
  type: paramMessage`write ${'type'}`,
  range: paramMessage`give a whole number from ${'min'} to ${'max'}`,
  pattern: paramMessage`rewrite the value to match`,
  empty: paramMessage`write a value, or remove the field`,
  duplicateItem: paramMessage`keep one`,
  suggest: didYouMean,
  lookalike: paramMessage`${'char'} looks like the ASCII ${'ascii'} but is not: retype it`,
} as const;

export const rules = {
  'file-too-large': {
    severity: 'error',
    description: 'The file is larger than the size bound (32 MiB by default; `--max-bytes` raises it).',
    messages: { default: paramMessage`The file is ${'size'} bytes, over the limit of ${'limit'} bytes` },
    hints: { default: paramMessage`raise the limit with --max-bytes ${'size'}` },
  },
  'invalid-utf8': {
    severity: 'error',
    description: 'The file is not valid UTF-8 (reported with its byte offset).',
    messages: {
      default: paramMessage`Not valid UTF-8: byte 0x${'byte'} at byte offset ${'offset'}`,
      utf16: paramMessage`Not valid UTF-8: the file looks like UTF-16 (it starts with a UTF-16 byte order mark)`,
    },
    hints: { default: paramMessage`save the file as UTF-8` },
  },
  'yaml-syntax': {
    severity: 'error',
    description: 'The file is not well-formed YAML.',
    messages: {
      default: paramMessage`${'text'}`,
      tab: paramMessage`Tabs are not allowed as indentation`,
      secondDocument: paramMessage`A spec is one YAML document, but a second one starts here (after \`---\`)`,
      unresolvedAlias: paramMessage`Unresolved alias *${'name'}: no anchor &${'name'} before it`,
    },
    hints: {
      default: paramMessage`check the quotes, brackets and indentation of this line and the one before`,
      tab: paramMessage`indent with spaces`,
      secondDocument: paramMessage`merge the two documents, or remove the marker`,
      unresolvedAlias: paramMessage`set &${'name'} on a node before the alias, or write the value out`,
    },
  },
  'yaml-indentation': {
    severity: 'error',
    description: 'A line is indented to a column where nothing can start: one diagnostic at that line, naming the column it belongs at.',
    messages: {
      default: paramMessage`'${'key'}' starts at column ${'column'}, but the keys beside it start at column ${'expected'} ('${'sibling'}' on line ${'line'})`,
      item: paramMessage`This list item starts at column ${'column'}, but the items of its list start at column ${'expected'} (line ${'line'})`,
    },
    hints: { default: paramMessage`start the line at column ${'expected'} (${'spaces'} spaces)` },
  },
  'yaml-duplicate-key': {
    severity: 'error',
    description: 'A mapping has the same key twice.',
    messages: { default: paramMessage`Key '${'key'}' is already set on line ${'line'} of this mapping` },
    hints: { default: paramMessage`keep one of the two` },
  },
  'yaml-version': {
    severity: 'error',
    description: 'A `%YAML` directive other than 1.2: YAML 1.1 reads `yes`, `0777` and `<<` differently.',
    messages: { default: paramMessage`%YAML ${'version'} is not supported: a spec is YAML 1.2 (in 1.1, yes/no are booleans, 0777 is octal and << merges)` },
    hints: { default: paramMessage`remove the directive` },
  },
  'yaml-tag': {
    severity: 'error',
    description: 'Explicit tags (`!!binary`, `!custom`) are refused: a spec holds plain data.',
    messages: { default: paramMessage`Tag ${'tag'} is not allowed: a spec holds plain data` },
    hints: { default: paramMessage`remove the tag` },
  },
  'yaml-merge-key': {
    severity: 'error',
    description: 'Merge keys (`<<`) are refused: write the keys out.',
    messages: { default: paramMessage`Merge keys (<<) are not supported` },
    hints: { default: paramMessage`write the keys out` },
  },
  'yaml-alias-limit': {
    severity: 'error',
    description: 'Aliases expand to too many nodes (a "billion laughs" file).',
    messages: {
      default: paramMessage`Aliases expand to more than ${'limit'} nodes (a "billion laughs" file?)`,
      loop: paramMessage`Alias *${'name'} is inside the node &${'name'} it refers to, so it would never end`,
    },
    hints: {
      default: paramMessage`write the data out instead`,
      loop: paramMessage`refer only to a node that ends before the alias`,
    },
  },
  'yaml-depth': {
    severity: 'error',
    description: 'Nesting deeper than any spec needs.',
    messages: { default: paramMessage`Nesting is deeper than ${'limit'} levels` },
    hints: { default: paramMessage`a spec nests a few levels deep: flatten the data` },
  },
  'yaml-key-type': {
    severity: 'error',
    description: 'A mapping key that is not a plain string.',
    messages: { default: paramMessage`Mapping keys must be plain strings` },
    hints: { default: paramMessage`write the key as a plain string` },
  },
  'empty-file': {
    severity: 'error',
    description: 'The file is empty or holds only comments.',
    messages: { default: paramMessage`The file is empty or holds only comments` },
    hints: { default: paramMessage`a spec starts with errspec: 1, then id, title, codes, locales, scenes, classifications and errors` },
  },
  schema: {
    severity: 'error',
    description: 'The file does not match its JSON Schema.',
    messages: schemaMessages,
    hints: schemaHints,
  },
  'code-type': {
    severity: 'error',
    description: 'A code value is not of the kind `codes.type` declares.',
    messages: {
      default: paramMessage`Code ${'raw'} is a number but codes.type is string`,
      string: paramMessage`Code '${'code'}' is a string but codes.type is integer`,
    },
    hints: {
      default: paramMessage`quote it: '${'raw'}'`,
      string: paramMessage`write it without quotes, or declare codes.type: string`,
    },
  },
  'code-format': {
    severity: 'error',
    description: 'An integer code is not written as a plain decimal safe integer.',
    messages: { default: paramMessage`Code ${'raw'} must be a plain decimal integer between -(2^53-1) and 2^53-1 (no floats, exponents, hex or -0)` },
    hints: { default: paramMessage`write it in decimal digits, with a leading - if negative` },
  },
  'duplicate-code': {
    severity: 'error',
    description: 'Two entries have the same code value (retired ones included).',
    messages: {
      default: paramMessage`Code ${'code'} is already used by ${'name'} (line ${'line'})`,
      retired: paramMessage`Code ${'code'} is already used by ${'name'} (line ${'line'}), which is retired: retired values are never reused`,
    },
    hints: { default: paramMessage`give this entry a value never used before` },
  },
  'duplicate-name': {
    severity: 'error',
    description: 'Two entries share a name, synonym or alias, or one code lists a name as both a synonym and an alias.',
    messages: {
      default: paramMessage`${'what'} ${'name'} is already used by ${'owner'}`,
      synonymAndAlias: paramMessage`${'name'} is both a synonym and an alias of ${'owner'}`,
    },
    hints: {
      default: paramMessage`pick another name (a renamed code keeps its old name in its own aliases)`,
      synonymAndAlias: paramMessage`keep it in synonyms if it is a current name, in aliases if it is a former (deprecated) one`,
    },
  },
  'name-case-collision': {
    severity: 'error',
    description: 'Two names differ only by case.',
    messages: { default: paramMessage`${'what'} ${'name'} differs from ${'other'} only by case` },
    hints: { default: paramMessage`make the names differ by more than case: generated files and anchors may land on case-insensitive systems` },
  },
  'name-convention': {
    severity: 'error',
    description: 'A name does not follow `codes.naming`.',
    messages: { default: paramMessage`${'what'} ${'name'} does not follow ${'naming'}` },
    hints: { default: paramMessage`write it like ${'example'}` },
  },
  'name-not-ascii': {
    severity: 'error',
    description: 'A name or alias holds a character outside ASCII, often one that looks like an ASCII letter (Cyrillic `Е` for `E`); shown escaped (`\\u0415`).',
    messages: { default: paramMessage`${'what'} ${'name'} holds ${'chars'}, outside ASCII` },
    hints: {
      default: paramMessage`names are ASCII letters, digits and _: retype it`,
      lookalike: paramMessage`${'char'} looks like the ASCII ${'ascii'} but is not: retype it as ${'fixed'}`,
    },
  },
  'name-reserved': {
    severity: 'error',
    description: 'A name is a reserved word or a dangerous property name.',
    messages: { default: paramMessage`${'what'} ${'name'} is a reserved word or property name` },
    hints: { default: paramMessage`pick another name` },
  },
  'reserved-id': {
    severity: 'error',
    description: 'An id or code is a dangerous property name (`__proto__`, `constructor`, `prototype`).',
    messages: {
      default: paramMessage`${'what'} '${'id'}' is a reserved property name`,
      locale: paramMessage`'${'id'}' is a reserved property name, not a locale`,
    },
    hints: { default: paramMessage`pick another id` },
  },
  'duplicate-cause-id': {
    severity: 'error',
    description: 'Two causes of one code share an id.',
    messages: { default: paramMessage`Cause id '${'id'}' is used twice in ${'where'}` },
    hints: { default: paramMessage`rename one: cause ids are unique within their code` },
  },
  'undeclared-scene': {
    severity: 'error',
    description: 'A cause refers to a scene that is not declared.',
    messages: { default: paramMessage`Scene '${'ref'}' is not declared under scenes (declared: ${'declared'})` },
    hints: { default: paramMessage`declare it under scenes, or use a declared one`, suggest: didYouMean },
  },
  'undeclared-classification': {
    severity: 'error',
    description: 'A cause refers to a classification that is not declared.',
    messages: { default: paramMessage`Classification '${'ref'}' is not declared under classifications (declared: ${'declared'})` },
    hints: { default: paramMessage`declare it under classifications, or use a declared one`, suggest: didYouMean },
  },
  'unused-scene': {
    severity: 'warning',
    description: 'A declared scene no cause uses.',
    messages: { default: paramMessage`Scene '${'id'}' is declared but no cause uses it` },
    hints: { default: paramMessage`remove it, or refer to it from a cause` },
  },
  'unused-classification': {
    severity: 'warning',
    description: 'A declared classification no cause uses.',
    messages: { default: paramMessage`Classification '${'id'}' is declared but no cause uses it` },
    hints: { default: paramMessage`remove it, or refer to it from a cause` },
  },
  'scene-required': {
    severity: 'error',
    description: "The spec declares scenes but a cause names none, and its code's range (if the spec declares ranges) gives no default `scene`.",
    messages: {
      default: paramMessage`${'where'} names no scene, but the spec declares scenes (${'declared'})`,
      range: paramMessage`${'where'} names no scene, and its code's range '${'range'}' gives no default scene`,
    },
    hints: {
      default: paramMessage`add scene: with one of them; only a spec that declares no scenes leaves causes without one`,
      range: paramMessage`add scene: with one of ${'declared'}, or give the code's range a default scene`,
    },
  },
  'summary-required': {
    severity: 'error',
    description: 'A code without `summary` that does not have exactly one cause, or that declares `params` for the summary it lacks.',
    messages: {
      default: paramMessage`${'where'} has no summary and ${'count'} causes`,
      params: paramMessage`${'where'} declares params but has no summary: its cause's explanation serves as the summary`,
    },
    hints: {
      default: paramMessage`write a summary: only a code with exactly one cause may leave it out (its explanation serves)`,
      params: paramMessage`declare the params on the cause, or write a summary that uses them`,
    },
  },
  'unknown-locale': {
    severity: 'error',
    description: 'A text is given in a locale the spec does not declare.',
    messages: { default: paramMessage`Locale '${'locale'}' is not declared (declared: ${'declared'})` },
    hints: { default: paramMessage`add it to locales.targets, or remove this text`, suggest: didYouMean },
  },
  'missing-translation': {
    severity: 'error',
    description: 'A text lacks a declared locale that may not fall back.',
    messages: {
      default: paramMessage`${'where'} has no ${'missing'} text`,
      blank: paramMessage`${'where'} is blank (empty or only whitespace), which counts as no text`,
    },
    hints: {
      default: paramMessage`write the text in ${'missing'}, or let the locale fall back (locales.fallback)`,
      blank: paramMessage`write the text in '${'locale'}', or remove it and let the locale fall back (locales.fallback)`,
      blankSource: paramMessage`write the text: '${'locale'}' is the source locale, which has every text`,
    },
  },
  'fallback-locale': {
    severity: 'error',
    description: 'A fallback names a locale that is not declared, or loops.',
    messages: {
      default: paramMessage`'${'from'}' falls back to '${'to'}', which is not a declared locale`,
      from: paramMessage`Fallback for '${'from'}', which is not a declared locale`,
      source: paramMessage`The source locale '${'from'}' cannot fall back`,
      loop: paramMessage`Fallbacks loop: ${'chain'}`,
    },
    hints: {
      default: paramMessage`declare the locale under locales, or remove the fallback`,
      source: paramMessage`remove it: the source locale has every text`,
      loop: paramMessage`end the chain at a locale that has every text`,
      suggest: didYouMean,
    },
  },
  'undeclared-placeholder': {
    severity: 'error',
    description: 'A text uses a `{{placeholder}}` its `params` do not declare.',
    messages: {
      default: paramMessage`Placeholder {{${'name'}}} is not declared in params`,
      declared: paramMessage`Placeholder {{${'name'}}} is not declared in params (declared: ${'declared'})`,
    },
    hints: { default: paramMessage`declare it in params, or reword the text` },
  },
  'placeholder-mismatch': {
    severity: 'error',
    description: "A locale's text uses other placeholders than the source locale's.",
    messages: { default: paramMessage`'${'locale'}' uses ${'got'} but '${'reference'}' uses ${'expected'}` },
    hints: {
      default: paramMessage`use the same placeholders in every locale`,
      singleBrace: paramMessage`{${'name'}} with single braces is printed as written: write {{${'name'}}}`,
    },
  },
  'single-brace-placeholder': {
    severity: 'warning',
    description: 'A text writes `{name}` with single braces where `name` is a param of that text: printed as written, though `{{name}}` was surely meant.',
    messages: { default: paramMessage`{${'name'}} is printed as written, but '${'name'}' is a param of this text` },
    hints: { default: paramMessage`write {{${'name'}}}` },
  },
  'unused-param': {
    severity: 'warning',
    description: 'A declared param that no text uses.',
    messages: { default: paramMessage`Param '${'param'}' is declared but no text uses {{${'param'}}}` },
    hints: { default: paramMessage`remove it from params, or use it in the texts` },
  },
  'invalid-param': {
    severity: 'error',
    description: 'A param is declared twice, or its `example` is not of its `type`.',
    messages: {
      default: paramMessage`The example of param '${'name'}' is ${'example'}, not of type ${'type'}`,
      twice: paramMessage`Param '${'name'}' is declared twice`,
    },
    hints: {
      default: paramMessage`give an example of type ${'type'}, or change the type`,
      twice: paramMessage`keep one declaration`,
    },
  },
  'retired-since-format': {
    severity: 'error',
    description: '`retired.since` is neither a semver version nor an ISO date (YYYY-MM-DD).',
    messages: { default: paramMessage`retired.since ${'value'} of ${'where'} is neither a semver version nor an ISO date` },
    hints: { default: paramMessage`write the version (2.1.0) or the date (2024-05-31) from which the API no longer returns the code` },
  },
  'envelope-invalid': {
    severity: 'error',
    description: 'The envelope has a `typeBase` without `kind: problem`, or a `fallbackCode` that is not a live code.',
    messages: {
      default: paramMessage`fallbackCode ${'code'} is not a code of this catalog`,
      retired: paramMessage`fallbackCode ${'code'} is retired`,
      typeBase: paramMessage`typeBase builds the \`type\` of problem details; a simple envelope has none`,
    },
    hints: {
      default: paramMessage`name a code of the catalog`,
      retired: paramMessage`name a live code`,
      typeBase: paramMessage`remove it, or use kind: problem`,
    },
  },
  'text-control-character': {
    severity: 'error',
    description: 'A name, id or key holds an invisible or control character, or a text holds a bidi override/embedding, a control character other than tab and newline, a line/paragraph separator or an unpaired surrogate.',
    messages: {
      default: paramMessage`${'what'} holds ${'char'}, ${'kind'}`,
      text: paramMessage`The text ${'where'} holds ${'char'}, ${'kind'}`,
    },
    hints: {
      default: paramMessage`names, ids and keys must be plain visible text: remove it`,
      text: paramMessage`remove it`,
      cr: paramMessage`end lines with \\n only`,
      bidi: paramMessage`to set a run of the other direction apart, wrap it in the isolates U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE (or use the marks U+200E/U+200F)`,
    },
  },
  'bidi-isolate-unbalanced': {
    severity: 'error',
    description: 'A text opens a bidi isolate (U+2066, U+2067, U+2068) that no U+2069 closes on the same line, or holds a U+2069 that closes none: the direction would leak into the text around it.',
    messages: {
      default: paramMessage`The text ${'where'} opens ${'char'} that no U+2069 POP DIRECTIONAL ISOLATE closes on its line`,
      stray: paramMessage`The text ${'where'} holds a U+2069 POP DIRECTIONAL ISOLATE that closes no isolate`,
    },
    hints: {
      default: paramMessage`close it with U+2069 where the isolated run ends, so its direction does not leak into the text around it`,
      stray: paramMessage`remove it, or open the isolate it should close (U+2068 FIRST STRONG ISOLATE)`,
    },
  },
  'i18n-syntax': {
    severity: 'error',
    description: 'A text holds syntax an i18n library would interpret: braces other than `{{name}}` placeholders (an ICU argument with a format such as `{n, plural, …}`, i18next `{{- x}}`, `{{x, format}}`) or i18next nesting `$t(`.',
    messages: {
      default: paramMessage`${'whole'} is not a placeholder`,
      nesting: paramMessage`\`$t(\` is i18next nesting: it would insert the text of another key`,
      unclosed: paramMessage`\`{{\` is never closed by \`}}\``,
      unescaped: paramMessage`${'whole'} is i18next's unescaped interpolation`,
      format: paramMessage`${'whole'} is i18next formatting`,
      spaces: paramMessage`${'whole'} has spaces inside the braces, which i18next ignores but other consumers do not`,
      lookup: paramMessage`${'whole'} is an i18next nested-object lookup`,
      icu: paramMessage`${'whole'} is an ICU MessageFormat argument, which ICU would interpolate and i18next would print as is`,
    },
    hints: {
      default: paramMessage`a placeholder is written {{name}}, naming a declared param`,
      nesting: paramMessage`write the words out`,
      spaces: paramMessage`write {{${'name'}}}`,
      icu: paramMessage`i18next prints ICU syntax as written: use a {{name}} placeholder naming a declared param, or reword`,
    },
  },
  'http-status-not-error': {
    severity: 'warning',
    description: 'A cause (or a code without causes) whose severity is `error` answers an HTTP status below 400.',
    messages: { default: paramMessage`${'where'} is an error but answers HTTP ${'status'}, a ${'kind'} status` },
    hints: { default: paramMessage`use a 4xx or 5xx status, or give it severity: warning or severity: info if it is not an error` },
  },
  'http-missing': {
    severity: 'error',
    description: 'A code gives no `http`, and the spec declares neither `defaults.http` nor `http: false`.',
    messages: { default: paramMessage`${'where'} has no HTTP status` },
    hints: { default: paramMessage`give it http: 500, declare defaults: { http: 500 } for every code that gives none, or write http: false at the top if the catalog has no HTTP mapping` },
  },
  'http-without-mapping': {
    severity: 'error',
    description: 'The spec says `http: false` (no HTTP mapping), yet a code, a cause or `defaults` gives an HTTP status.',
    messages: { default: paramMessage`${'where'} gives an HTTP status, but the catalog says http: false` },
    hints: { default: paramMessage`remove it, or remove http: false if the catalog maps codes to HTTP statuses` },
  },
  'informational-deprecated': {
    severity: 'warning',
    description: '`informational` is the old spelling of `severity: info`; it still works.',
    messages: {
      default: paramMessage`informational: true of ${'where'} is the old spelling of severity: info`,
      false: paramMessage`informational: false of ${'where'} is the old spelling of the default severity, error`,
    },
    hints: {
      default: paramMessage`write severity: info instead`,
      remove: paramMessage`remove it: severity: info already says so`,
      false: paramMessage`remove it`,
    },
  },
  'severity-conflict': {
    severity: 'error',
    description: 'A cause says two severities at once: `informational: true` with another severity, `severity: error` in a `not-an-error` classification, or a severity more serious than its code declares.',
    messages: {
      default: paramMessage`${'where'} has two severities`,
      informational: paramMessage`${'where'} says informational: true (severity info) and severity: ${'severity'}`,
      notAnError: paramMessage`${'where'} says severity: error, but its classification '${'classification'}' has retry not-an-error`,
      codeNotAnError: paramMessage`${'where'} says severity: error, which its cause ${'cause'} takes, but that cause's classification '${'classification'}' has retry not-an-error`,
      exceedsCode: paramMessage`${'where'} is ${'severity'}, more serious than its code's severity: ${'code'}`,
    },
    hints: {
      default: paramMessage`keep one severity`,
      informational: paramMessage`remove informational: true and keep the severity`,
      notAnError: paramMessage`classify it in a classification whose retry is never or may, or give it severity: warning or info`,
      codeNotAnError: paramMessage`give the cause its own severity (warning or info), or classify it in a classification whose retry is never or may`,
      exceedsCode: paramMessage`raise the code's severity, or remove it: a code's severity defaults to its most serious cause's`,
    },
  },
  // Code ranges (`ranges:`): each range of the catalog's kind, disjoint, and holding every code.
  'range-kind': {
    severity: 'error',
    description: 'A range is not of the kind `codes.type` needs (`from`/`to` in an integer catalog, `prefix` in a string one), or gives only one bound.',
    messages: {
      default: paramMessage`Range '${'id'}' gives ${'field'}, but codes.type is string: the ranges of a string catalog are prefixes`,
      prefix: paramMessage`Range '${'id'}' gives a prefix, but codes.type is integer: the ranges of an integer catalog are intervals (from, to)`,
      incomplete: paramMessage`Range '${'id'}' gives ${'given'} but not ${'missing'}`,
      both: paramMessage`Range '${'id'}' gives both an interval (from, to) and a prefix`,
      empty: paramMessage`Range '${'id'}' holds no values: it gives no ${'missing'}`,
    },
    hints: {
      default: paramMessage`write prefix: followed by the start every code of the range shares, e.g. prefix: card_`,
      prefix: paramMessage`write from: and to:, the lowest and the highest value of the range (inclusive)`,
      incomplete: paramMessage`add ${'missing'}: a range holds every value from from to to, both included`,
      both: paramMessage`keep the kind codes.type is: from and to for integer codes, prefix for string codes`,
      empty: paramMessage`add ${'missing'}`,
    },
  },
  'range-bounds': {
    severity: 'error',
    description: "A range's `from` is greater than its `to`.",
    messages: { default: paramMessage`Range '${'id'}' runs from ${'from'} to ${'to'}, but from must not be greater than to` },
    hints: { default: paramMessage`swap them: from ${'to'} to ${'from'} (for negative codes, from is the one further from zero)` },
  },
  'range-overlap': {
    severity: 'error',
    description: 'Two ranges share values: intervals that meet, or a prefix that starts another (`card_` and `card_decl`).',
    messages: {
      default: paramMessage`Range '${'id'}' (${'extent'}) overlaps range '${'other'}' (${'otherExtent'}, line ${'line'}): both hold ${'shared'}`,
      prefix: paramMessage`Range '${'id'}' (${'extent'}) overlaps range '${'other'}' (${'otherExtent'}, line ${'line'}): a code starting with '${'longer'}' also starts with '${'shorter'}'`,
    },
    hints: { default: paramMessage`make the ranges disjoint: each value belongs to exactly one range, and so to one owner` },
  },
  'code-outside-ranges': {
    severity: 'error',
    description: 'The spec declares ranges and a code (retired ones included) falls in none of them.',
    messages: { default: paramMessage`Code ${'code'} ${'name'} falls in none of the ranges` },
    hints: { default: paramMessage`give it a value in one of the ranges (${'ranges'}), or declare a range that holds it` },
  },
  'config-invalid': {
    severity: 'error',
    description: 'The config file does not match its JSON Schema, or names a locale the spec lacks.',
    messages: {
      ...schemaMessages,
      locale: paramMessage`outputs.${'output'}.locales names '${'locale'}', which is not a locale of ${'spec'} (${'locales'})`,
    },
    hints: { ...schemaHints, locale: paramMessage`name a locale of the spec, or add it to the spec's locales` },
  },
  'translation-stale': {
    severity: 'warning',
    description: "A translation's source text changed since it was translated (per the translation lock file).",
    messages: { default: paramMessage`The ${'locale'} translation of ${'key'} is stale: its ${'source'} source changed from ${'before'} to ${'after'} since it was translated` },
    hints: { default: paramMessage`translate it again (errspec translations export --locale ${'locale'} --untranslated, then import), or confirm it by importing it with state "translated"` },
  },
  'translation-lock-outdated': {
    severity: 'warning',
    description: 'The translation lock file does not record the translations as they are now; `errspec translations lock` updates it.',
    messages: { default: paramMessage`${'changes'}` },
    hints: { default: paramMessage`run errspec translations lock to record them` },
  },
  'translation-lock-invalid': {
    severity: 'error',
    description: 'The translation lock file is not valid JSON in the lock format.',
    messages: {
      default: paramMessage`Not a translation lock of version ${'version'}: expected { "version": ${'version'}, "translations": { locale: { key: entry } } }`,
      json: paramMessage`Not valid JSON (${'error'})`,
      locale: paramMessage`translations.${'locale'} is not an object`,
      entry: paramMessage`translations.${'locale'}.${'key'} must be { "source": text, "sourceHash": 8 hex digits, "targetHash": 8 hex digits }`,
    },
    hints: { default: paramMessage`fix it, or delete the file and run errspec translations lock` },
  },
  'xliff-syntax': {
    severity: 'error',
    description: 'The file to import is not well-formed XML.',
    messages: { default: paramMessage`Not well-formed XML: ${'error'}` },
    hints: { default: paramMessage`fix the markup, or export the file again and carry the translations over` },
  },
  'xliff-format': {
    severity: 'error',
    description: 'The file to import is not XLIFF 1.2 as errspec reads it (root, version, a file without languages, a unit without an id).',
    messages: {
      default: paramMessage`Expected an XLIFF 1.2 document (<xliff version="1.2" xmlns="${'ns'}">), found <${'tag'}>${'version'}`,
      languages: paramMessage`<file> needs both source-language and target-language`,
      noId: paramMessage`<trans-unit> has no id`,
      noSource: paramMessage`<trans-unit id="${'id'}"> has no <source>`,
      noFile: paramMessage`The document has no <file> element`,
    },
    hints: {
      default: paramMessage`import an XLIFF 1.2 file such as errspec translations export writes`,
      languages: paramMessage`set source-language to the spec's source locale and target-language to the locale translated`,
      noId: paramMessage`keep the id the export gave the unit: it is the i18n key of the text`,
      noSource: paramMessage`keep the <source> the export wrote`,
    },
  },
  'xliff-locale': {
    severity: 'error',
    description: "An XLIFF file's source or target language is not the spec's source or one of its target locales.",
    messages: {
      default: paramMessage`This <file> cannot be imported: its target-language ${'locale'} is not a target locale of the spec (${'targets'})`,
      source: paramMessage`This <file> cannot be imported: its source-language is ${'language'} but the spec's source locale is ${'source'}`,
    },
    hints: {
      default: paramMessage`add ${'locale'} to the spec's locales, or fix target-language`,
      source: paramMessage`set source-language to ${'source'}, or export the file again`,
    },
  },
  'xliff-unknown-unit': {
    severity: 'error',
    description: 'An XLIFF unit id is not the i18n key of any text of the spec.',
    messages: { default: paramMessage`No text of the spec has the id ${'id'} (an i18n key); was its code renamed or its cause removed?` },
    hints: { default: paramMessage`export again and carry the translation over` },
  },
  'xliff-duplicate-unit': {
    severity: 'error',
    description: 'The same unit id appears twice for one target language.',
    messages: { default: paramMessage`Unit ${'id'} appears twice for ${'locale'} (first on line ${'line'})` },
    hints: { default: paramMessage`keep one` },
  },
  'xliff-placeholder-mismatch': {
    severity: 'error',
    description: "A unit's target uses other `{{placeholders}}` than its source.",
    messages: { default: paramMessage`Unit ${'id'}: the ${'locale'} target uses ${'got'} but the source uses ${'expected'}` },
    hints: { default: paramMessage`keep exactly the placeholders of the source` },
  },
  'xliff-inline-element': {
    severity: 'error',
    description: 'A source or target holds an inline element errspec cannot turn back into text (only `<ph>`, `<x equiv-text>`, `<g>` and `<mrk>` are read).',
    messages: { default: paramMessage`Unit ${'id'}: <${'tag'}> cannot be turned back into text` },
    hints: { default: paramMessage`keep the placeholders as the <ph> elements of the source` },
  },
  'xliff-outdated-source': {
    severity: 'warning',
    description: "A unit's source is not the spec's current source text: its translation is imported, but stays stale.",
    messages: { default: paramMessage`Unit ${'id'} was translated from an older ${'locale'} text (${'before'}); the spec now says ${'after'}. The translation is imported but stays stale` },
    hints: { default: paramMessage`translate it again from the current text (errspec translations export --untranslated)` },
  },
  // `errspec import`: problems of the docs table it reads.
  'table-format': {
    severity: 'error',
    description: 'The file holds no table `errspec import` can read: no `<table>`, no GFM table, or malformed CSV.',
    messages: {
      default: paramMessage`The file holds no rows`,
      unreadable: paramMessage`Not readable as ${'format'}${'at'}: ${'error'}`,
      noTable: paramMessage`The file holds no <table>`,
      noGfm: paramMessage`The file holds no GFM table (a header row, then a |---| row)`,
      noRows: paramMessage`The table has a header but no rows`,
    },
    hints: {
      default: paramMessage`import a file that holds the table: HTML, markdown, CSV or TSV`,
      unreadable: paramMessage`fix the file at that line (an unclosed quote?), or export it again`,
      noRows: paramMessage`add the rows under the header`,
    },
  },
  'table-columns': {
    severity: 'error',
    description: 'A column the import needs is missing or ambiguous, or `--columns` names a header the table lacks.',
    messages: {
      default: paramMessage`No column looks like the ${'field'} column (columns: ${'columns'})`,
      unknown: paramMessage`--columns ${'field'}=${'name'}: the table has no such column (its columns: ${'columns'})`,
      ambiguous: paramMessage`Columns ${'names'} could each be the ${'field'} column`,
    },
    hints: {
      default: paramMessage`name it with --columns ${'field'}="…"`,
      unknown: paramMessage`name one of the table's columns`,
      ambiguous: paramMessage`say which with --columns ${'field'}="…"`,
    },
  },
  'table-cell': {
    severity: 'error',
    description: 'A cell of the table cannot be used: a code not of the catalog\'s kind, an HTTP status outside 100–599, an empty explanation.',
    messages: {
      default: paramMessage`This row has no explanation, so it is no cause`,
      code: paramMessage`Code ${'code'} is not a whole number, but the codes are integers`,
      status: paramMessage`${'value'} is not an ${'what'} (100–599)`,
      naming: paramMessage`Name ${'name'} is not SCREAMING_SNAKE_CASE, and the names follow no one convention (SCREAMING_SNAKE_CASE, PascalCase or camelCase)`,
    },
    hints: {
      default: paramMessage`fill the cell or delete the row`,
      code: paramMessage`pass --codes string to keep every code as a string`,
      status: paramMessage`write a status from 100 to 599, or leave the cell empty`,
      naming: paramMessage`write every name in one convention`,
    },
  },
  'table-conflict': {
    severity: 'warning',
    description: 'Rows of one code disagree on a value the code has once (its name): the first row\'s is kept.',
    messages: { default: paramMessage`Code ${'code'} has ${'what'} ${'first'} in an earlier row; a code has one ${'what'}, so ${'value'} is ignored` },
    hints: { default: paramMessage`make the rows agree, or edit the value in the spec after the import` },
  },
} as const satisfies Record<string, RuleDef>;

export type Rules = typeof rules;
export type RuleId = keyof Rules;
