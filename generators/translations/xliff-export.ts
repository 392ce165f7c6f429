// XLIFF 1.2 for translation tools: one trans-unit per text, its i18n key as id, the
// source, the target with its state (none when the locale has no text of its own),
// and a note with what a translator needs. Placeholders are <ph> elements holding
// `{{name}}`, which tools show as protected tags. Pure: same statuses, same bytes.
import type { Locale } from '../model/types.js';
import { scanBraces } from '../validate/rules/text-safety.js';
import { describePlaceholder } from './params.js';
import type { TranslationStatus } from './status.js';
import { NotXmlText, xmlAttr, xmlText } from './xml-escape.js';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:1.2';

export interface XliffExport {
  /** Spec path as shown, for `<file original>`. */
  readonly original: string;
  readonly catalogId: string;
  readonly sourceLocale: Locale;
  readonly locale: Locale;
  /** The units to write, in order, all of `locale`. */
  readonly statuses: readonly TranslationStatus[];
}

const STATE = { translated: 'translated', stale: 'needs-review-translation' } as const;

/** `text` as XML content, each `{{name}}` a <ph> whose id is the n-th placeholder of the source. */
function inline(text: string, ids: Map<string, string[]>, next: { n: number }): string {
  let out = '';
  let at = 0;
  const used = new Map<string, number>();
  for (const p of scanBraces(text).placeholders) {
    const k = used.get(p.name) ?? 0;
    used.set(p.name, k + 1);
    let id = ids.get(p.name)?.[k];
    if (id === undefined) {
      id = String(++next.n);
      ids.set(p.name, [...(ids.get(p.name) ?? []), id]);
    }
    out += `${xmlText(text.slice(at, p.index))}<ph id="${id}">${xmlText(`{{${p.name}}}`)}</ph>`;
    at = p.index + p.name.length + 4;
  }
  return out + xmlText(text.slice(at));
}

function unitXml(s: TranslationStatus, sourceLocale: Locale, locales: readonly Locale[]): string[] {
  const source = s.unit.text[sourceLocale] ?? '';
  const ids = new Map<string, string[]>();
  const next = { n: 0 };
  const sourceXml = inline(source, ids, next);
  const names = [...new Set(scanBraces(source).placeholders.map((p) => p.name))];
  const note = [...s.unit.context, ...names.map((n) => describePlaceholder(n, s.unit.params, locales))].join('\n');
  const lines = [`      <trans-unit id="${xmlAttr(s.unit.key)}" xml:space="preserve">`, `        <source>${sourceXml}</source>`];
  if (s.state !== 'missing') lines.push(`        <target state="${STATE[s.state]}">${inline(s.unit.text[s.locale] ?? '', ids, next)}</target>`);
  lines.push(`        <note from="errspec">${xmlText(note)}</note>`);
  if (s.state === 'stale') {
    const was = `Stale: the ${sourceLocale} text changed since this was translated. The translation was made for: ${s.entry?.source ?? ''}`;
    lines.push(`        <note from="errspec" annotates="target">${xmlText(was)}</note>`);
  }
  lines.push('      </trans-unit>');
  return lines;
}

export function exportXliff(x: XliffExport): string {
  const about =
    `Error messages of ${x.catalogId}. Each unit's id is its i18n key. Placeholders are tags holding {{name}}: ` +
    'keep each one, in the place the sentence needs. Give the finished file back to the developers, who import it with: ' +
    'errspec translations import FILE';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff version="1.2" xmlns="${XLIFF_NS}">`,
    `  <file original="${xmlAttr(x.original)}" source-language="${xmlAttr(x.sourceLocale)}" target-language="${xmlAttr(x.locale)}" datatype="plaintext" product-name="${xmlAttr(x.catalogId)}">`,
    '    <header>',
    '      <tool tool-id="errspec" tool-name="errspec"/>',
    `      <note from="errspec">${xmlText(about)}</note>`,
    '    </header>',
    '    <body>',
    ...x.statuses.flatMap((s) => {
      try {
        return unitXml(s, x.sourceLocale, [x.locale, x.sourceLocale]);
      } catch (error) {
        throw error instanceof NotXmlText ? new NotXmlText(`${s.unit.key}: ${error.message}`) : error;
      }
    }),
    '    </body>',
    '  </file>',
    '</xliff>',
    '',
  ].join('\n');
}
