// The flags `init` and `import` share.
import { ToolError } from '../diagnostics/tool-error.js';
import type { CodeType } from '../model/types.js';
import { LOCALE } from '../validate/rules/locales.js';

/** `--codes integer|string`. */
export function codesFlag(value: string | undefined): CodeType | undefined {
  if (value === undefined || value === 'integer' || value === 'string') return value;
  throw new ToolError('usage', `--codes must be integer or string, not ${JSON.stringify(value)}`);
}

/** `--locales en,de`: the source locale first, then the targets. */
export function parseLocales(value: string | undefined): [string, ...string[]] {
  if (value === undefined) return ['en'];
  const locales = value.split(',').map((l) => l.trim()).filter((l) => l !== '');
  const bad = locales.find((l) => !LOCALE.test(l));
  if (bad !== undefined) throw new ToolError('usage', `--locales: ${JSON.stringify(bad)} is not a BCP 47 tag such as en, de or zh-CN`);
  if (new Set(locales).size !== locales.length) throw new ToolError('usage', `--locales names a locale twice: ${value}`);
  const [source, ...targets] = locales;
  if (source === undefined) throw new ToolError('usage', '--locales takes the source locale first, e.g. --locales en,de');
  return [source, ...targets];
}
