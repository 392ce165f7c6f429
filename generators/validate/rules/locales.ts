// Every text in every declared locale, unless that locale may fall back; no text in an
// undeclared locale (a typo like `zh-TW` for `zh-CN` would otherwise silently never show).
// A blank text (only whitespace) is a missing one, reported where it is written.
import { isBlank } from '../../util/blank.js';
import { suggest } from '../../util/suggest.js';
import { asArray, DANGEROUS_KEYS, entriesOf, own, str, texts, type Rule } from '../context.js';

// The schema's locale pattern. A tag it refuses (`en_US`) gets that one schema error,
// not another "missing text" for every text of the file.
export const LOCALE = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$/;

export const localeRules: Rule = (ctx) => {
  const locales = own(ctx.data, 'locales');
  const source = str(own(locales, 'source'));
  if (source === undefined || !LOCALE.test(source)) return;
  const targets = asArray(own(locales, 'targets')).filter((t): t is string => typeof t === 'string' && LOCALE.test(t));
  const all = new Set([source, ...targets]);
  const fallback = new Map<string, string>();
  for (const [from, to] of entriesOf(own(locales, 'fallback'))) {
    if (typeof to !== 'string') continue;
    const path = ['locales', 'fallback', from];
    if (!all.has(from)) ctx.report(path, { rule: 'fallback-locale', messageId: 'from', format: { from } }, 'key');
    else if (!all.has(to)) {
      const suggestion = suggest(to, all);
      if (suggestion !== undefined) ctx.report(path, { rule: 'fallback-locale', hint: 'suggest', format: { from, to, suggestion } });
      else ctx.report(path, { rule: 'fallback-locale', format: { from, to } });
    } else if (from === source) ctx.report(path, { rule: 'fallback-locale', messageId: 'source', format: { from } }, 'key');
    else fallback.set(from, to);
  }
  for (const start of fallback.keys()) {
    const chain = [start];
    for (let next = fallback.get(start); next !== undefined; next = fallback.get(next)) {
      if (chain.includes(next)) {
        ctx.report(['locales', 'fallback', start], { rule: 'fallback-locale', messageId: 'loop', format: { chain: [...chain, next].join(' -> ') } });
        break;
      }
      chain.push(next);
    }
  }
  const declared = [...all].join(', ');
  for (const { text, path } of texts(ctx.data)) {
    // A misspelled locale is one mistake: its text is not also reported missing.
    const meant = new Set<string>();
    for (const locale of Object.keys(text)) {
      if (DANGEROUS_KEYS.has(locale)) {
        ctx.report([...path, locale], { rule: 'reserved-id', messageId: 'locale', format: { id: locale } }, 'key');
        continue;
      }
      if (all.has(locale)) continue;
      // The schema reports (and suggests for) a key that is no locale tag at all.
      const suggestion = suggest(locale, all);
      if (suggestion !== undefined) meant.add(suggestion);
      if (!LOCALE.test(locale)) continue;
      if (suggestion !== undefined) ctx.report([...path, locale], { rule: 'unknown-locale', hint: 'suggest', format: { locale, declared, suggestion } }, 'key');
      else ctx.report([...path, locale], { rule: 'unknown-locale', format: { locale, declared } }, 'key');
    }
    const needed = (l: string) => l === source || !fallback.has(l);
    for (const l of all) {
      const value = Object.hasOwn(text, l) ? text[l] : undefined;
      if (typeof value !== 'string' || !isBlank(value) || !needed(l)) continue;
      const r = { rule: 'missing-translation', messageId: 'blank', format: { where: ctx.where([...path, l]), locale: l } } as const;
      ctx.report([...path, l], l === source ? { ...r, hint: 'blankSource' } : r);
    }
    const missing = [...all].filter((l) => !Object.hasOwn(text, l) && !meant.has(l) && needed(l));
    if (missing.length > 0) {
      ctx.report(path, { rule: 'missing-translation', format: { where: ctx.where(path), missing: missing.map((l) => `'${l}'`).join(', ') } }, 'key');
    }
  }
};
