// Code values: of the declared kind, written canonically, never used twice (a retired
// value stays taken forever).
import { DANGEROUS_KEYS, errorEntries, own, str, type Rule } from '../context.js';
import { lineColumn } from '../../load/source-file.js';

const CANONICAL_INT = /^-?(0|[1-9][0-9]*)$/;

export const codeRules: Rule = (ctx) => {
  const type = str(own(own(ctx.data, 'codes'), 'type'));
  const seen = new Map<string, { name: string; index: number; retired: boolean }>();
  for (const [entry, i] of errorEntries(ctx.data)) {
    const code = own(entry, 'code');
    const path = ['errors', i, 'code'];
    if (typeof code === 'number' && Number.isInteger(code)) {
      const span = ctx.locate(path);
      const raw = span ? ctx.file.text.slice(span.start, span.end).trim() : String(code);
      if (type === 'string') {
        ctx.report(path, { rule: 'code-type', format: { raw } });
      } else if (!CANONICAL_INT.test(raw) || raw === '-0' || !Number.isSafeInteger(code)) {
        ctx.report(path, { rule: 'code-format', format: { raw } });
      }
    } else if (typeof code === 'string') {
      if (type === 'integer') ctx.report(path, { rule: 'code-type', messageId: 'string', format: { code } });
      if (DANGEROUS_KEYS.has(code)) ctx.report(path, { rule: 'reserved-id', format: { what: 'Code', id: code } });
    } else {
      continue; // Wrong kinds are the schema's to report.
    }
    const key = `${typeof code}:${code}`;
    const first = seen.get(key);
    const name = str(own(entry, 'name')) ?? '?';
    if (first) {
      const where = ctx.locate(['errors', first.index, 'code']);
      const line = where ? lineColumn(ctx.file, where.start).line : '?';
      ctx.report(path, { rule: 'duplicate-code', messageId: first.retired ? 'retired' : 'default', format: { code: String(code), name: first.name, line } });
    } else {
      seen.set(key, { name, index: i, retired: own(entry, 'retired') !== undefined });
    }
  }
};
