// The generated TypeScript read back through ts-morph's AST, as a refactoring tool or a
// reviewer's script would read it: every code of the model is a member of `ErrorCode`
// with its value and its doc, in both forms; a renamed code's old names come just before
// it, and they and retired codes are marked deprecated.
import { Node, Project, SyntaxKind } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { generateTypeScript } from '../../../generators/emit/typescript/index.js';
import type { ErrorModel } from '../../../generators/model/types.js';
import { loadModel } from '../../support/generate.js';
import { sampleModel } from '../../support/sample-model.js';
import { stringModel } from './support.js';

/** Every member the model calls for, in order: a code's old names, then the code. */
function expectedMembers(m: ErrorModel): Array<{ name: string; code: string | number; http: number | undefined; alias: boolean; deprecated: boolean }> {
  return m.codes.flatMap((c) => [
    ...c.aliases.map((name) => ({ name, code: c.code, http: c.http, alias: true, deprecated: true })),
    { name: c.name, code: c.code, http: c.http, alias: false, deprecated: c.retired !== undefined },
  ]);
}

function sources(model: ErrorModel): Project {
  const project = new Project({ useInMemoryFileSystem: true });
  for (const f of generateTypeScript(model, { command: 'npm run generate' })) project.createSourceFile(f.path, f.contents);
  return project;
}

const cases: Array<[string, () => ErrorModel]> = [
  ['the sample model', () => sampleModel],
  ['string codes', () => stringModel],
  ['spec/errors.yaml', () => loadModel('spec/errors.yaml')],
];

describe.each(cases)('generated TypeScript of %s, read with ts-morph', (_name, model) => {
  it('declares one enum member per code, with the code as its value and the summary in its doc', () => {
    const m = model();
    const enumDecl = sources(m).getSourceFileOrThrow('ts/error-code.ts').getEnumOrThrow('ErrorCode');
    expect(enumDecl.isExported()).toBe(true);
    const members = enumDecl.getMembers();
    const expected = expectedMembers(m);
    expect(members.map((x) => x.getName())).toEqual(expected.map((e) => e.name));
    expect(members.map((x) => x.getValue())).toEqual(expected.map((e) => e.code));
    members.forEach((member, i) => {
      const want = expected[i]!;
      const deprecated = member.getJsDocs().some((d) => d.getTags().some((t) => t.getTagName() === 'deprecated'));
      expect(deprecated, want.name).toBe(want.deprecated);
      if (!want.alias) expect(member.getJsDocs().map((d) => d.getDescription()).join('\n'), want.name).toContain(`HTTP ${want.http}`);
    });
  });

  it('gives the erasable form the same names and values, as a readonly object', () => {
    const m = model();
    const file = sources(m).getSourceFileOrThrow('ts/error-code-const.ts');
    const init = file.getVariableDeclarationOrThrow('ErrorCode').getInitializerOrThrow();
    const object = Node.isAsExpression(init) ? init.getExpression() : init;
    expect(Node.isObjectLiteralExpression(object)).toBe(true);
    if (!Node.isObjectLiteralExpression(object)) return;
    const props = object.getProperties().filter(Node.isPropertyAssignment);
    expect(props.map((p) => p.getName())).toEqual(expectedMembers(m).map((e) => e.name));
    const values = props.map((p) => {
      const v = p.getInitializerOrThrow();
      if (Node.isStringLiteral(v)) return v.getLiteralValue();
      const n = v.asKind(SyntaxKind.PrefixUnaryExpression);
      return n ? -Number(n.getOperand().getText()) : Number(v.getText());
    });
    expect(values).toEqual(expectedMembers(m).map((e) => e.code));
  });

  it('lists every code once, in spec order, in the core data and its union type', () => {
    const m = model();
    const core = sources(m).getSourceFileOrThrow('ts/core.ts');
    const literal = (c: { code: string | number }): string => (typeof c.code === 'string' ? JSON.stringify(c.code) : String(c.code));
    const union = core.getTypeAliasOrThrow('ErrorCodeValue').getTypeNode();
    const members = Node.isUnionTypeNode(union) ? union.getTypeNodes().map((t) => t.getText()) : [union?.getText()];
    expect(members).toEqual(m.codes.map(literal));
    const array = core.getVariableDeclarationOrThrow('errorCodes').getInitializerIfKindOrThrow(SyntaxKind.ArrayLiteralExpression);
    expect(array.getElements().map((e) => e.getText())).toEqual(m.codes.map(literal));
  });
});
