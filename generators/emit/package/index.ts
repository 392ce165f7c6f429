// The output folder as an npm package: `package.json` (no dependencies, an `exports`
// map naming exactly the files the other outputs write) and a consumer's README.
// Pure like every generator: the other outputs' settings come in the options, and
// their defaults come from their own option resolvers, so the two never disagree.
import type { CommonOptions, ErrorModel, GeneratedFile, Generator } from '../../model/types.js';
import { keys } from '../../model/keys.js';
import { compareCodePoints } from '../../util/stable-json.js';
import { htmlCommentHeader, noticeText } from '../header.js';
import { codeSpan, escapeInline } from '../markdown/escape.js';
import { resolveOptions as resolveOpenApi } from '../openapi/options.js';
import { ERROR_CODE, responseName } from '../openapi/refs.js';
import type { OutputSettings } from '../registry.js';
import { resolveOptions as resolveTypeScript } from '../typescript/options.js';

export interface PackageSettings {
  /** npm name; default `<catalog id>-errors`. */
  readonly name?: string;
  /** Default `0.0.0`: a package nobody versioned yet. */
  readonly version?: string;
  /** Default: the catalog's title in the source locale. */
  readonly description?: string;
  readonly license?: string;
  /** The other outputs' settings, as the pipeline runs them (default: all, with defaults). */
  readonly outputs?: Omit<OutputSettings, 'package'>;
}

export interface PackageOptions extends CommonOptions, PackageSettings {}

type Target = string | { readonly types: string; readonly default: string };

interface Layout {
  /** Subpath -> target, in the order written. */
  readonly exports: Array<readonly [string, Target]>;
  /** What `files` ships (package.json and README.md ship anyway). */
  readonly files: string[];
  readonly ts?: { readonly enum: boolean; readonly const: boolean; readonly js: boolean };
  readonly openapi?: { readonly yaml?: string; readonly json?: string };
  readonly i18n: readonly string[];
}

const enabled = <T>(setting: T | false | undefined): setting is T | undefined => setting !== false;

/** Locales an output writes: the model's order, like the generators themselves. */
const localesOf = (model: ErrorModel, wanted: readonly string[] | undefined): string[] =>
  model.locales.filter((l) => wanted === undefined || wanted.includes(l));

function layoutOf(model: ErrorModel, options: PackageOptions): Layout {
  const outputs = options.outputs ?? {};
  const exports: Array<readonly [string, Target]> = [];
  const files: string[] = [];
  const same = (path: string) => {
    exports.push([`./${path}`, `./${path}`]);
    files.push(path);
  };

  let ts: Layout['ts'];
  if (enabled(outputs.typescript)) {
    const resolved = resolveTypeScript({ command: options.command, ...(outputs.typescript ?? {}) });
    ts = { enum: resolved.forms.has('enum'), const: resolved.forms.has('const'), js: resolved.js };
    const modules: Array<[string, string]> = [['.', 'catalog'], ['./core', 'core'], ['./server', 'server'], ['./i18next', 'i18next']];
    for (const locale of model.locales) modules.push([`./messages/${locale}`, `messages/${locale}`]);
    if (ts.enum) modules.push(['./error-code', 'error-code']);
    if (ts.const) modules.push(['./error-code-const', 'error-code-const']);
    if (ts.js) {
      // `types` first: TypeScript takes the first condition that matches.
      for (const [subpath, name] of modules) exports.push([subpath, { types: `./ts/${name}.d.ts`, default: `./ts/${name}.js` }]);
    } else {
      // Sources only: for consumers whose bundler compiles TypeScript.
      for (const [subpath, name] of modules) exports.push([subpath, `./ts/${name}.ts`]);
    }
    // Globs, not names: the runtime modules the entry points import ship with them.
    files.push(...(ts.js ? ['ts/**/*.d.ts', 'ts/**/*.js'] : ['ts/**/*.ts']));
  }

  let openapi: Layout['openapi'];
  if (enabled(outputs.openapi)) {
    const resolved = resolveOpenApi({ command: options.command, ...(outputs.openapi ?? {}) });
    const paths: { yaml?: string; json?: string } = {};
    for (const format of resolved.formats) {
      paths[format] = `openapi/${resolved.fileName}.${format}`;
      same(paths[format]);
    }
    openapi = paths;
  }

  const i18n = enabled(outputs.i18n) ? localesOf(model, outputs.i18n?.locales) : [];
  for (const locale of i18n) same(`i18n/${locale}.json`);
  if (enabled(outputs.markdown)) for (const locale of localesOf(model, outputs.markdown?.locales)) same(`docs/${locale}.md`);
  if (enabled(outputs.catalog)) {
    same('catalog.json');
    same('catalog.schema.json');
  }
  exports.push(['./package.json', './package.json']);

  // Code-point order: "." first, then the subpaths, whatever order outputs ran in.
  exports.sort(([a], [b]) => compareCodePoints(a, b));
  files.sort(compareCodePoints);
  return { exports, files, ...(ts ? { ts } : {}), ...(openapi ? { openapi } : {}), i18n };
}

// The config schema enforces both; checked again because the README puts the name
// inside code and the options may come from code rather than the config.
const NPM_NAME = /^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9~][a-z0-9._~-]*$/;
const SEMVER = /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?$/;

export function packageName(model: ErrorModel, options: PackageSettings): string {
  // The catalog id is a lowercase slug, so the default is always a valid npm name.
  const name = options.name ?? `${model.id}-errors`;
  if (!NPM_NAME.test(name) || name.length > 214) throw new Error(`package: ${JSON.stringify(name)} is not a valid npm package name`);
  return name;
}

function packageVersion(options: PackageSettings): string {
  const version = options.version ?? '0.0.0';
  if (!SEMVER.test(version)) throw new Error(`package: ${JSON.stringify(version)} is not a semantic version`);
  return version;
}

function packageJson(model: ErrorModel, options: PackageOptions, layout: Layout): string {
  const description = options.description ?? model.title[model.sourceLocale] ?? model.id;
  const main = layout.ts?.js ? { main: './ts/catalog.js', types: './ts/catalog.d.ts' } : {};
  // Key order is written out, not sorted: an `exports` condition list is ordered
  // (`types` must precede `default`), which stableJson's sorting would break.
  const pkg = {
    // npm ignores "//" keys; the only way to put a notice in JSON.
    '//': noticeText(model, options),
    name: packageName(model, options),
    version: packageVersion(options),
    description,
    ...(options.license !== undefined ? { license: options.license } : {}),
    type: 'module',
    // require() of an ES module works from Node 20.19 on; older Nodes fail with ERR_REQUIRE_ESM.
    engines: { node: '>=20.19' },
    sideEffects: false,
    ...main,
    exports: Object.fromEntries(layout.exports),
    files: layout.files,
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

function readme(model: ErrorModel, options: PackageOptions, layout: Layout): string {
  const name = packageName(model, options);
  const title = escapeInline(model.title[model.sourceLocale] ?? model.id);
  // The examples throw and reference an error: a live one, if any code is an error.
  const live = model.codes.filter((c) => c.retired === undefined);
  const example = live.find((c) => c.severity === 'error') ?? live[0] ?? model.codes[0];
  const lines: string[] = [
    htmlCommentHeader(model, options).trimEnd(),
    '',
    `# ${escapeInline(name)}`,
    '',
    `${title}: the error codes of the ${codeSpan(model.id)} API, generated by errspec from ${codeSpan(model.specPath)}. ` +
      'No runtime dependencies. Do not edit this package: change the spec and regenerate.',
    '',
    '## Install',
    '',
    '```sh',
    `npm install ${name}`,
    '```',
  ];

  if (layout.ts && example) lines.push(...typescriptSection(model, name, layout.ts, example.name));

  const apiFile = layout.openapi?.yaml ?? layout.openapi?.json;
  // Without HTTP mapping the document has no responses to reference.
  if (apiFile && model.httpMapping) {
    const status = example?.http ?? 500;
    lines.push(
      '',
      '## Reference the OpenAPI components',
      '',
      '```yaml',
      'responses:',
      `  '${status}':`,
      `    $ref: './node_modules/${name}/${apiFile}#/components/responses/${responseName(status, (example?.severity ?? 'error') === 'error')}'`,
      '```',
      '',
      `Schemas: \`#/components/schemas/${ERROR_CODE}\` (every code) and the error body. A bundler (\`redocly bundle\`) inlines them.`,
    );
  }

  if (layout.i18n.length > 0) {
    const key = example ? keys.summary(example.name) : keys.title();
    const imports = layout.i18n.map((l, i) => `import t${i} from '${name}/i18n/${l}.json' with { type: 'json' };`);
    const resources = layout.i18n.map((l, i) => `'${l}': { translation: t${i} }`).join(', ');
    lines.push(
      '',
      '## Load translations (i18next)',
      '',
      '```ts',
      "import i18next from 'i18next';",
      ...imports,
      '',
      `await i18next.init({ lng: '${layout.i18n[0]}', resources: { ${resources} } });`,
      `i18next.t('${key}');`,
      '```',
    );
  }

  lines.push('', '## Contents', '', '| import | file |', '|---|---|');
  for (const [subpath, target] of layout.exports) {
    const file = typeof target === 'string' ? target : target.default;
    lines.push(`| ${codeSpan(subpath === '.' ? name : `${name}${subpath.slice(1)}`)} | ${codeSpan(file.slice(2))} |`);
  }

  lines.push(
    '',
    '## Versions and retired codes',
    '',
    'The version follows what `errspec diff` reports: a breaking change (a code removed or renumbered, a name dropped, ' +
      'an HTTP status changed) is a major; an added code or a dangerous change (a cause\'s retry class, a code\'s ' +
      'severity) is a minor; a text change is a patch.',
    '',
    'Codes are never deleted, only retired: a retired code stays in every output, marked deprecated, with the version ' +
      'it was retired in and why, and its value and name are never reused. After an upgrade your editor and linter flag ' +
      'each use of a retired `ErrorCode` member; the API no longer sends it, so drop that handling when convenient. ' +
      'A renamed code keeps its old name as a deprecated alias: switch to the new name.',
  );
  return `${lines.join('\n')}\n`;
}

/** How to import the TypeScript: the root, the lean path for browsers, i18next types, CommonJS. */
function typescriptSection(model: ErrorModel, name: string, ts: NonNullable<Layout['ts']>, example: string): string[] {
  const other = model.locales.at(-1) ?? model.sourceLocale;
  const lines = ['', '## Import', '', '```ts', `import { ErrorCode, describeError, isErrorCode } from '${name}';`];
  if (!ts.enum && !ts.const) lines.splice(-1, 1, `import { describeError, isErrorCode } from '${name}';`);
  lines.push(
    '',
    'const body = (await response.json()) as { code: unknown };',
    'if (isErrorCode(body.code)) {',
    `  const described = describeError(body.code, { locale: '${other}' });`,
    '  console.log(described.summary, described.retry);',
    '}',
  );
  if (ts.enum || ts.const) lines.push(`if (body.code === ErrorCode.${example}) { /* ... */ }`);
  lines.push('```');
  if (ts.enum && ts.const) {
    lines.push('', `\`${name}/error-code-const\` has the same \`ErrorCode\` as an \`as const\` object and a union type, for projects that allow only erasable syntax.`);
  }
  lines.push(
    '',
    '### In a browser: only the locales you show',
    '',
    `\`describeError\` from \`${name}\` loads the texts of every locale. \`${name}/core\` holds no text at all ` +
      '(codes, names, HTTP statuses, causes with their scene and retry class, `isErrorCode`, lookups, `retryVerdictOf`), ' +
      `and \`${name}/messages/<locale>\` holds one locale's texts:`,
    '',
    '```ts',
    `import { createDescriber, isErrorCode, retryVerdictOf } from '${name}/core';`,
    `import { messages } from '${name}/messages/${other}';`,
    '',
    'const { describeError, formatMessage } = createDescriber(messages);',
    `// or on demand, so a bundler splits it off: createDescriber((await import('${name}/messages/${model.sourceLocale}')).messages)`,
    '```',
    '',
    'Importing only `ErrorCode` or `isErrorCode`, from the root or the core, bundles no text: every module is free of side effects.',
    '',
    '### Sending the errors from a server',
    '',
    '```ts',
    `import { apiError, toResponse } from '${name}/server';`,
    '',
    `throw apiError(ErrorCode.${example}, { /* causeId, params: the ones its texts need, typed */ });`,
    '// in the error handler:',
    'const { status, headers, body } = toResponse(error, { acceptLanguage: request.headers[\'accept-language\'] });',
    '```',
    '',
    'A thrown value that is not an `ApiError` becomes a generic 500 (or the catalog\'s fallback code), sending nothing of its message or stack.',
    '',
    '### Typed i18next keys',
    '',
    '```ts',
    `import type { ErrorResources } from '${name}/i18next';`,
    '',
    "declare module 'i18next' {",
    '  interface CustomTypeOptions { resources: { translation: ErrorResources } }',
    '}',
    '```',
    '',
    '### CommonJS and TypeScript settings',
    '',
    'The package is ESM only. From CommonJS, `require()` it on Node 20.19 or later (the `engines` field says so; older Nodes ' +
      'fail with `ERR_REQUIRE_ESM`), or use `await import()`. TypeScript resolves its `exports` map with `"moduleResolution": ' +
      '"nodenext"` (or `"node16"`) and with `"bundler"`; the legacy `"node"` (`node10`) resolution ignores `exports` and finds only the root.',
  );
  return lines;
}

export const generatePackage: Generator<PackageOptions> = (model, options) => {
  const layout = layoutOf(model, options);
  const files: GeneratedFile[] = [
    { path: 'README.md', contents: readme(model, options, layout) },
    { path: 'package.json', contents: packageJson(model, options, layout) },
  ];
  return files;
};
