// `{{name}}` placeholders: only declared params, the same set in every locale. i18next
// interpolates every `{{...}}`, so an undeclared one would render as an empty string.
// Other brace forms (`{{- x}}`, `{{ x }}`, `{x}`) are i18n-syntax's (rules/text-safety.ts).
import { own, texts, type Rule, type RuleContext } from '../context.js';
import type { PathSegment } from '../../load/positions.js';
import { scanBraces } from './text-safety.js';

export function placeholdersOf(text: string): string[] {
  return scanBraces(text).placeholders.map((p) => p.name);
}

export const placeholderRules: Rule = (ctx) => {
  const used = new Map<string, { path: PathSegment[]; params: Set<string>; seen: Set<string> }>();
  const sourceLocale = own(own(ctx.data, 'locales'), 'source');
  for (const { text, path, params } of texts(ctx.data)) {
    // Most texts hold no placeholder and their owner declares none: nothing to compare.
    if (params.length === 0 && !Object.values(text).some((v) => typeof v === 'string' && v.includes('{{'))) continue;
    const declared = new Set(params);
    const ownerKey = JSON.stringify(path.slice(0, -1));
    const owner = used.get(ownerKey) ?? { path: path.slice(0, -1), params: declared, seen: new Set<string>() };
    used.set(ownerKey, owner);
    const source = Object.keys(text)[0];
    const sets = new Map<string, string[]>();
    for (const [locale, value] of Object.entries(text)) {
      if (typeof value !== 'string') continue;
      const names = placeholdersOf(value);
      sets.set(locale, names);
      for (const name of new Set(names)) {
        owner.seen.add(name);
        if (!declared.has(name)) reportInText(ctx, [...path, locale], `{{${name}}}`, `Placeholder {{${name}}} is not declared in params${declared.size ? ` (declared: ${[...declared].join(', ')})` : ''}; declare it, or reword the text`);
      }
    }
    const reference = typeof sourceLocale === 'string' && sets.has(sourceLocale) ? sourceLocale : source;
    const expected = reference === undefined ? undefined : new Set(sets.get(reference));
    if (!expected) continue;
    for (const [locale, names] of sets) {
      if (locale === reference) continue;
      const got = new Set(names);
      const differs = got.size !== expected.size || [...got].some((n) => !expected.has(n));
      if (differs) {
        const show = (s: Set<string>) => (s.size ? [...s].map((n) => `{{${n}}}`).join(', ') : 'none');
        ctx.report('placeholder-mismatch', [...path, locale], `'${locale}' uses ${show(got)} but '${reference}' uses ${show(expected)}`);
      }
    }
  }
  for (const owner of used.values()) {
    for (const param of owner.params) {
      if (!owner.seen.has(param)) ctx.report('unused-param', [...owner.path, 'params'], `Param '${param}' is declared but no text uses {{${param}}}`);
    }
  }
};

/** Points at the placeholder itself when it can be found in the source text. */
function reportInText(ctx: RuleContext, path: PathSegment[], needle: string, message: string): void {
  const span = ctx.positions.locate(ctx.data, path);
  if (span) {
    const at = ctx.file.text.indexOf(needle, span.start);
    if (at !== -1 && at < span.end) {
      ctx.reportAt('undeclared-placeholder', at, at + needle.length, message);
      return;
    }
  }
  ctx.report('undeclared-placeholder', path, message);
}
