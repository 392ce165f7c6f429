// `--locales en,de`: the source locale first, then the targets.
import { ToolError } from '../diagnostics/tool-error.js';
import { LOCALE } from '../validate/rules/locales.js';

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
