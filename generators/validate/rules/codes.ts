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
      const span = ctx.positions.locate(ctx.data, path);
      const raw = span ? ctx.file.text.slice(span.start, span.end).trim() : String(code);
      if (type === 'string') {
        ctx.report('code-type', path, `Code ${raw} is a number but codes.type is string; quote it: '${raw}'`);
      } else if (!CANONICAL_INT.test(raw) || raw === '-0' || !Number.isSafeInteger(code)) {
        ctx.report('code-format', path, `Code ${raw} must be a plain decimal integer between -(2^53-1) and 2^53-1 (no floats, exponents, hex or -0)`);
      }
    } else if (typeof code === 'string') {
      if (type === 'integer') ctx.report('code-type', path, `Code '${code}' is a string but codes.type is integer`);
      if (DANGEROUS_KEYS.has(code)) ctx.report('reserved-id', path, `Code '${code}' is a reserved property name`);
    } else {
      continue; // Wrong kinds are the schema's to report.
    }
    const key = `${typeof code}:${code}`;
    const first = seen.get(key);
    const name = str(own(entry, 'name')) ?? '?';
    if (first) {
      const where = ctx.positions.locate(ctx.data, ['errors', first.index, 'code']);
      const line = where ? ` (line ${lineColumn(ctx.file, where.start).line})` : '';
      const retired = first.retired ? ', which is retired: retired values are never reused' : '';
      ctx.report('duplicate-code', path, `Code ${String(code)} is already used by ${first.name}${line}${retired}`);
    } else {
      seen.set(key, { name, index: i, retired: own(entry, 'retired') !== undefined });
    }
  }
};

