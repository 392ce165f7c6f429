// The spec `errspec init` writes: one code with one cause, every field a new spec
// needs, and an opening comment that explains the format to whoever opens it next.
import type { CodeType } from '../model/types.js';
import { yamlWithComments } from '../scaffold/yaml-document.js';

export interface StarterOptions {
  readonly id: string;
  readonly title: string;
  readonly codes: CodeType;
  /** Source locale first. */
  readonly locales: readonly [string, ...string[]];
  /** The `# yaml-language-server: $schema=…` line. */
  readonly schemaLine: string;
}

export function starterSpec(o: StarterOptions): string {
  const [source, ...targets] = o.locales;
  const text = (s: string) => ({ [source]: s });
  const data = {
    errspec: 1,
    id: o.id,
    title: text(o.title),
    codes: { type: o.codes, naming: 'SCREAMING_SNAKE_CASE' },
    locales: { source, ...(targets.length > 0 ? { targets, fallback: Object.fromEntries(targets.map((t) => [t, source])) } : {}) },
    envelope: { kind: 'problem' },
    scenes: { 'sign-in': { title: text('Sign in') } },
    classifications: {
      'fix-request': { retry: 'never', advice: text('Correct the request: sent again unchanged, it fails again.') },
    },
    errors: [
      {
        code: o.codes === 'integer' ? 1001 : 'invalid_credentials',
        name: 'INVALID_CREDENTIALS',
        http: 401,
        summary: text('The credentials are not valid.'),
        causes: [
          {
            id: 'wrong-password',
            scene: 'sign-in',
            classification: 'fix-request',
            explanation: text('The password does not match the account.'),
          },
        ],
      },
    ],
  };
  const comments = [
    { path: ['envelope'], text: ' Error responses are RFC 9457 problem details; add `typeBase: <URL of your published docs>` to give each code a `type` URI.', blankBefore: true },
    { path: ['scenes'], text: ' Where errors happen: an endpoint, a user flow.', blankBefore: true },
    { path: ['classifications'], text: ' What a client should do, shared by every cause classified here.', blankBefore: true },
    { path: ['errors'], text: ' One entry per code. To add one, copy this entry and give it a new code and name.', blankBefore: true },
    ...(targets.length > 0
      ? [{ path: ['locales', 'fallback'], text: ` Untranslated for now: the ${targets.join(', ')} texts are the ${source} ones (\`errspec validate\` lists each).` }]
      : []),
  ];
  return yamlWithComments(data, header(o, source, targets), comments);
}

function header(o: StarterOptions, source: string, targets: readonly string[]): string[] {
  const example = [source, ...targets].map((l) => `${l}: ...`).join(', ');
  const lines = [
    o.schemaLine.replace(/^#/, ''),
    '',
    ` ${o.title}: the single source of truth. TypeScript, OpenAPI, docs and`,
    ' translations are generated from this file by `npm run generate`; edit only',
    ' this file, and commit it together with what it generates.',
    '',
    ' Format (checked by the schema above and by `npm run validate`):',
    '   errspec          version of this format, always 1',
    '   id, title        the catalog: a lowercase slug and a title',
    '   codes            the type of every code value (integer or string: quote a',
    "                    string that looks like a number, '22012') and the naming",
    '                    convention of the names',
    '   locales          the source locale, the targets, and fallbacks that may fill',
    '                    a target\'s missing texts from another locale',
    '   envelope         the body of every error response: problem (RFC 9457,',
    '                    application/problem+json) or simple ({ code, message });',
    '                    the generated server module answers in it',
    '   scenes           where errors happen, by slug id, each with a title',
    '   classifications  may a retry help? (retry: never | may | not-an-error), and the',
    '                    advice for every cause classified there',
    '   defaults, http   `defaults: { http: 500 }` is the status of every code that',
    '                    gives none; `http: false` says the catalog has no HTTP',
    '                    mapping at all (then no code gives one)',
    '   errors           one entry per code: code, name, http (the status the API',
    '                    answers with), summary, causes; optional: severity (error,',
    '                    the default; warning; info: not an error), aliases, params,',
    '                    note, retired',
    '   uncoded          causes a source documents without a code (optional)',
    '',
    '   A cause is one way the error happens (one row of a docs table): id (a slug,',
    '   unique within its code; keys use it, so never rename it), scene,',
    '   classification, explanation; optional: severity (default: its code\'s) and',
    '   http (when it answers another status than its code).',
    `   Every text is a map per locale: { ${example} }. A text may hold a`,
    '   {{placeholder}} declared in the `params` of its code or cause, by name or',
    '   typed: `- { name: userId, type: string, example: u-1 }`.',
    '',
    ' Adding a code: a value never used before (retired ones included), a new name,',
    '   a summary and at least one cause; then `npm run generate`. With `ranges`',
    '   (values per team), `npx errspec next-code <range>` prints the next value.',
    ' Renaming: change `name` and keep the old one in `aliases` (generated as',
    '   deprecated, so code using it keeps compiling); `synonyms` are other current',
    '   names of the same code.',
    ' Retiring: never delete an entry; add `retired: { since, reason }`.',
    ' Reviewing: `npx errspec diff --base origin/main` classifies a change as',
    '   breaking, dangerous or safe (CI runs it on every pull request).',
  ];
  if (targets.length > 0) {
    lines.push(
      ` Translating: ${targets.join(', ')} texts are left out on purpose, and \`fallback\` fills them`,
      `   with the ${source} text until they are written. Add \`${targets[0]}: ...\` beside each \`${source}: ...\`;`,
      '   remove a locale from `fallback` once it has every text.',
    );
  }
  return lines;
}
