// `{{name}}` placeholders: only declared params, the same set in every locale. i18next
// interpolates every `{{...}}`, so an undeclared one would render as an empty string.
// Other brace forms (`{{- x}}`, `{{ x }}`, `{x}`) are i18n-syntax's (rules/text-safety.ts).
import { own, texts, type Rule, type RuleContext } from '../context.js';
import type { PathSegment } from '../../load/locate.js';
import { report, type AnyReport } from '../../diagnostics/diagnostic.js';
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
        if (declared.has(name)) continue;
        const r = declared.size
          ? report({ rule: 'undeclared-placeholder', messageId: 'declared', format: { name, declared: [...declared].join(', ') } })
          : report({ rule: 'undeclared-placeholder', format: { name } });
        reportInText(ctx, [...path, locale], `{{${name}}}`, r);
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
        ctx.report([...path, locale], { rule: 'placeholder-mismatch', format: { locale, got: show(got), reference: reference ?? '', expected: show(expected) } });
      }
    }
  }
  for (const owner of used.values()) {
    for (const param of owner.params) {
      if (!owner.seen.has(param)) ctx.report([...owner.path, 'params'], { rule: 'unused-param', format: { param } });
    }
  }
};

/** Points at the placeholder itself when it can be found in the source text. */
function reportInText(ctx: RuleContext, path: PathSegment[], needle: string, r: AnyReport): void {
  const span = ctx.locate(path);
  const at = span ? ctx.file.text.indexOf(needle, span.start) : -1;
  ctx.add(path, r, 'value', span && at !== -1 && at < span.end ? { start: at, end: at + needle.length } : undefined);
}
