// The helpers that put user text into TypeScript: string literals, JSDoc, names,
// and code literals. Checked with the TS parser, no eval.
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { jsDocBlock, jsDocTextLines } from '../../../generators/emit/typescript/jsdoc.js';
import { codeLiteral, identifier, printedCodeLiteral, tsPrintedString, tsSingleQuoted, tsString } from '../../../generators/emit/typescript/literal.js';
import { sampleModel } from '../../support/sample-model.js';

const hostileStrings = [
  '',
  sampleModel.codes[0]!.causes[1]!.explanation.en!,
  'quote " single \' back ` dollar ${x} backslash \\ end\\',
  'line\nfeed\r\ncrlf\rcr\u2028ls\u2029ps',
  '*/ /* // <!-- --> </script>',
  'nul \u0000 bell \u0007 del \u007f',
  'lone \ud800 surrogate \udfff and 😀',
  '@deprecated injected\n @see {@link x}',
];

function parse(text: string): ts.SourceFile {
  return ts.createSourceFile('x.ts', text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
}

function syntaxErrors(text: string): string[] {
  const out = ts.transpileModule(text, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022 } });
  return (out.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

// A JSON row of hostile text: what the catalog's data lines hold.
const quotable = [...hostileStrings, JSON.stringify({ text: hostileStrings[1], more: hostileStrings.slice(2) })];

describe.each([
  ['tsString', tsString],
  ['tsSingleQuoted', tsSingleQuoted],
])('%s', (_, quote) => {
  it.each(quotable)('round-trips %j through the TS parser', (text) => {
    const literal = quote(text);
    const source = `const x = ${literal};\n`;
    expect(syntaxErrors(source)).toEqual([]);
    const statement = parse(source).statements[0];
    expect(statement && ts.isVariableStatement(statement)).toBe(true);
    const init = (statement as ts.VariableStatement).declarationList.declarations[0]!.initializer!;
    expect(ts.isStringLiteral(init)).toBe(true);
    expect((init as ts.StringLiteral).text).toBe(text);
    // One physical line, whatever the text holds.
    expect(literal).not.toMatch(/[\n\r\u2028\u2029]/);
  });
});

describe('quoting', () => {
  it('escapes exactly as specified', () => {
    expect(tsString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(tsString('x\u2028y\u2029z')).toBe('"x\\u2028y\\u2029z"');
    expect(tsString('${x} `t`')).toBe('"${x} `t`"');
    expect(tsSingleQuoted('{"a":"it\'s \\"x\\""}')).toBe('\'{"a":"it\\\'s \\\\"x\\\\""}\'');
    expect(tsSingleQuoted('x\u2028\n\ud800')).toBe("'x\\u2028\\u000a\\ud800'");
  });
});

/** A string literal the compiler made itself (not copied from source), as its printer writes it. */
function printedByCompiler(text: string): string {
  const file = ts.createSourceFile('x.ts', '', ts.ScriptTarget.ES2022);
  return ts.createPrinter().printNode(ts.EmitHint.Expression, ts.factory.createStringLiteral(text), file);
}

describe('tsPrintedString', () => {
  it.each([...quotable, '\u0000', '\u00001', '\u0000x', '\u0085 \u001b \u007f \u00e9 \ufeff', '\t\v\f\b\r\n'])(
    'writes %j as the compiler prints it',
    (text) => {
      expect(tsPrintedString(text)).toBe(printedByCompiler(text));
    },
  );

  it('escapes exactly as specified', () => {
    expect(tsPrintedString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(tsPrintedString('\u00001\u0000x')).toBe('"\\x001\\0x"');
    expect(tsPrintedString('é😀\u2028\u001b\u007f')).toBe('"\\u00E9\\uD83D\\uDE00\\u2028\\u001B\u007f"');
    expect(printedCodeLiteral('错', 'string')).toBe('"\\u9519"');
    expect(printedCodeLiteral(-1001, 'integer')).toBe('-1001');
    expect(() => printedCodeLiteral(1, 'string')).toThrow();
  });
});

describe('JSDoc text', () => {
  it('neutralizes comment ends and tags, one JSDoc line per text line', () => {
    expect(jsDocTextLines('a */ b **/ c')).toEqual(['a *\\/ b **\\/ c']);
    expect(jsDocTextLines('@deprecated x\nsee @param y {@link z} mail@example.com')).toEqual([
      '\\@deprecated x',
      'see \\@param y {\\@link z} mail@example.com',
    ]);
    expect(jsDocTextLines('one\r\ntwo\rthree\u2028four\u2029five\nsix  ')).toEqual(['one', 'two', 'three', 'four', 'five', 'six']);
    expect(jsDocBlock(['a', '', 'b'], '  ')).toEqual(['  /**', '   * a', '   *', '   * b', '   */']);
    // A list item whose text starts with a line break leaves no trailing space.
    expect(jsDocBlock(['- ', '  x'])).toEqual(['/**', ' * -', ' *   x', ' */']);
  });

  it.each(hostileStrings)('keeps %j inside one comment with no tags', (text) => {
    const source = `${jsDocBlock(jsDocTextLines(text)).join('\n')}\nexport const marker = 1;\n`;
    expect(syntaxErrors(source)).toEqual([]);
    const file = parse(source);
    // The comment did not end early: the only statement is the marker, carrying the doc.
    expect(file.statements).toHaveLength(1);
    const statement = file.statements[0]!;
    expect(ts.getJSDocTags(statement)).toEqual([]);
    expect(ts.getJSDocCommentsAndTags(statement)).toHaveLength(1);
    for (const line of source.split('\n')) expect(line).toBe(line.trimEnd());
  });
});

describe('names and code literals', () => {
  it('accepts identifiers and rejects anything else', () => {
    expect(identifier('INVALID_PARAMETER')).toBe('INVALID_PARAMETER');
    expect(identifier('$camelCase1')).toBe('$camelCase1');
    for (const bad of ['', '1A', 'A-B', 'A B', 'A\nB', '__proto__', 'Ä']) expect(() => identifier(bad)).toThrow(/identifier/);
  });

  it('writes codes of their declared type only', () => {
    expect(codeLiteral(-1001, 'integer')).toBe('-1001');
    expect(codeLiteral(0, 'integer')).toBe('0');
    expect(codeLiteral('00000', 'string')).toBe('"00000"');
    expect(codeLiteral('card_declined', 'string')).toBe('"card_declined"');
    expect(() => codeLiteral(1.5, 'integer')).toThrow();
    expect(() => codeLiteral(2 ** 60, 'integer')).toThrow();
    expect(() => codeLiteral('1', 'integer')).toThrow();
    expect(() => codeLiteral(1, 'string')).toThrow();
  });
});
