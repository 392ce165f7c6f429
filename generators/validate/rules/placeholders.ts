// `{{name}}` placeholders: only declared params, the same set in every locale. i18next
// interpolates every `{{...}}`, so an undeclared one would render as an empty string.
// Other brace forms (`{{- x}}`, `{{ x }}`, `{x, plural, …}`) are i18n-syntax's
// (rules/text-safety.ts). A plain `{x}` naming a param of its text was surely meant as
// `{{x}}`: a warning, or the hint of the placeholder mismatch it causes (one report per
// mistake), and the param is not also reported unused. A blank text is a missing one
// (rules/locales.ts): it is not compared.
import { own, texts, type Rule, type RuleContext } from '../context.js';
import type { PathSegment } from '../../load/locate.js';
import { report, type AnyReport } from '../../diagnostics/diagnostic.js';
import { isBlank } from '../../util/blank.js';
import { scanBraces, spanInValue } from './text-safety.js';

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
    const sets = new Map<string, string[]>();
    const singles = new Map<string, Array<{ name: string; index: number; value: string }>>();
    for (const [locale, value] of Object.entries(text)) {
      if (typeof value !== 'string' || isBlank(value)) continue;
      const scan = scanBraces(value);
      const names = scan.placeholders.map((p) => p.name);
      sets.set(locale, names);
      const meant = scan.singles.filter((s) => declared.has(s.name)).map((s) => ({ ...s, value }));
      if (meant.length > 0) singles.set(locale, meant);
      for (const s of meant) owner.seen.add(s.name);
      for (const name of new Set(names)) {
        owner.seen.add(name);
        if (declared.has(name)) continue;
        const r = declared.size
          ? report({ rule: 'undeclared-placeholder', messageId: 'declared', format: { name, declared: [...declared].join(', ') } })
          : report({ rule: 'undeclared-placeholder', format: { name } });
        reportInText(ctx, [...path, locale], `{{${name}}}`, r);
      }
    }
    const reference = typeof sourceLocale === 'string' && sets.has(sourceLocale) ? sourceLocale : [...sets.keys()][0];
    const expected = reference === undefined ? undefined : new Set(sets.get(reference));
    if (!expected) continue;
    /** Names a mismatch is reported for: their single-brace uses are its hint, not a warning. */
    const mismatched = new Set<string>();
    const singleIn = (locale: string, names: readonly string[]) => singles.get(locale)?.find((s) => names.includes(s.name))?.name;
    for (const [locale, names] of sets) {
      if (locale === reference) continue;
      const got = new Set(names);
      const diff = [...new Set([...got, ...expected])].filter((n) => got.has(n) !== expected.has(n));
      if (diff.length === 0) continue;
      for (const n of diff) mismatched.add(n);
      const show = (s: Set<string>) => (s.size ? [...s].map((n) => `{{${n}}}`).join(', ') : 'none');
      const format = { locale, got: show(got), reference: reference ?? '', expected: show(expected) };
      const single = singleIn(locale, diff) ?? singleIn(reference ?? '', diff);
      if (single !== undefined) ctx.report([...path, locale], { rule: 'placeholder-mismatch', hint: 'singleBrace', format: { ...format, name: single } });
      else ctx.report([...path, locale], { rule: 'placeholder-mismatch', format });
    }
    for (const [locale, list] of singles) {
      for (const s of list) {
        if (mismatched.has(s.name)) continue;
        const at = [...path, locale];
        ctx.add(at, report({ rule: 'single-brace-placeholder', format: { name: s.name } }), 'value', spanInValue(ctx, at, 'value', s.value, s.index, s.name.length + 2));
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
