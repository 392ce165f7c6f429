// Arbitrary JSON-like data for serializer properties: any UTF-16 text (controls,
// lone surrogates, U+2028, BOM, C1) mixed with fragments YAML and JSON readers
// treat specially, and keys that look like numbers, booleans or indicators.
import fc from 'fast-check';

const FRAGMENTS = [
  ' ', '  ', '\t', '\n', '\r', '\r\n', ':', ': ', '#', ' #', '- ', '? ', '-', '?', '|', '>', '"', "'", '\\', '\\/', '/',
  '&a', '*a', '!t', '%', '@', '`', '[', ']', '{', '}', ',', '~', '=', '<<', '---', '...', '0', '1', '.5', '+1', '-0',
  '1e3', 'E0', 'e-7', '0x1F', '0o7', '12:30', '2024-05-01', 'yes', 'No', 'ON', 'off', 'y', 'N', 'true', 'False',
  'null', 'NULL', '.inf', '.NaN', 'é', '中文', '🙂', '\u00a0', '\u0085', '\u2028', '\u2029', '\ufeff', '\u007f',
  '\u009f', '\ufffe', '\uffff', '\ud800', '\udc00', '\u0000', '\u001b', 'a', 'b', 'word',
];

export const KEYS = [
  '', ' ', '__proto__', 'constructor', 'toString', '0', '1', '9', '10', '01', '-1', '4294967294', '4294967295', '1e3',
  '0x1F', '+1', '-0', '.5', 'true', 'False', 'yes', 'no', 'on', 'OFF', 'y', 'n', 'null', '~', '=', '<<', '- x', '? x',
  ': x', '#', 'x #y', 'a: b', 'a:', '$ref', 'x-errspec-codes', 'application/json', 'a\nb', '\t', 'é', '🙂', '\u2028',
];

/** Any UTF-16 code unit, lone surrogates included. */
const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

export const textArb = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit, maxLength: 12 }),
  fc
    .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 3 })), { maxLength: 8 })
    .map((parts) => parts.join('')),
  fc
    .array(fc.string({ unit: 'grapheme', maxLength: 12 }), { minLength: 2, maxLength: 4 })
    .map((lines) => lines.join('\n')),
);

export const keyArb = fc.oneof(fc.constantFrom(...KEYS), textArb);

const numberArb = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1e21, 1.5e300, 5e-324, 1e-7, 2 ** 53 + 2, -1001),
);

/** Objects built key by key, so that `__proto__` is an own key as in parsed data. */
function objectOf(entries: ReadonlyArray<readonly [string, unknown]>, nullPrototype: boolean): Record<string, unknown> {
  const out = (nullPrototype ? Object.create(null) : {}) as Record<string, unknown>;
  for (const [key, value] of entries) {
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** JSON-like data; `extra` adds leaves only JSON.stringify copes with (undefined, NaN). */
export function jsonLikeArb(extra: fc.Arbitrary<unknown> = fc.constant(null)) {
  const leaf = fc.oneof(fc.constantFrom(null, true, false), numberArb, textArb, extra);
  return fc.letrec((tie) => ({
    tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('array'), tie('object')),
    array: fc.array(tie('tree'), { maxLength: 4 }),
    object: fc
      .tuple(fc.uniqueArray(fc.tuple(keyArb, tie('tree')), { maxLength: 6, selector: ([key]) => key }), fc.boolean())
      .map(([entries, nullPrototype]) => objectOf(entries, nullPrototype)),
  })).tree;
}
