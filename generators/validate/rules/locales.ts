// Every text in every declared locale, unless that locale may fall back; no text in an
// undeclared locale (a typo like `zh_CN` would otherwise silently never show).
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
    if (!all.has(from)) ctx.report('fallback-locale', ['locales', 'fallback', from], `Fallback for '${from}', which is not a declared locale`, 'key');
    else if (!all.has(to)) ctx.report('fallback-locale', ['locales', 'fallback', from], `'${from}' falls back to '${to}', which is not a declared locale`);
    else if (from === source) ctx.report('fallback-locale', ['locales', 'fallback', from], `The source locale '${from}' cannot fall back`, 'key');
    else fallback.set(from, to);
  }
  for (const start of fallback.keys()) {
    const chain = [start];
    for (let next = fallback.get(start); next !== undefined; next = fallback.get(next)) {
      if (chain.includes(next)) {
        ctx.report('fallback-locale', ['locales', 'fallback', start], `Fallbacks loop: ${[...chain, next].join(' -> ')}`);
        break;
      }
      chain.push(next);
    }
  }
  for (const { text, path } of texts(ctx.data)) {
    for (const locale of Object.keys(text)) {
      if (DANGEROUS_KEYS.has(locale)) {
        ctx.report('reserved-id', [...path, locale], `'${locale}' is a reserved property name, not a locale`, 'key');
      } else if (!all.has(locale) && LOCALE.test(locale)) {
        ctx.report('unknown-locale', [...path, locale], `Locale '${locale}' is not declared (declared: ${[...all].join(', ')})`, 'key');
      }
    }
    const missing = [...all].filter((l) => !Object.hasOwn(text, l) && (l === source || !fallback.has(l)));
    if (missing.length > 0) {
      const field = String(path[path.length - 1]);
      ctx.report('missing-translation', path, `${field} has no ${missing.map((l) => `'${l}'`).join(', ')} text`, 'key');
    }
  }
};
