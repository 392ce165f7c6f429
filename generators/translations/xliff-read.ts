// Reading an XLIFF 1.2 file back, with @xmldom/xmldom (well-formedness errors are
// fatal, every element has its line and column). Units come out as plain text:
// a <ph> gives its content, an <x/> its equiv-text, <g> and <mrk> their content.
// Problems are diagnostics at the file's line:column.
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { render, report, type AnyReport, type Diagnostic, type Span } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/source-file.js';
import { XLIFF_NS } from './xliff-export.js';

export interface XliffUnit {
  readonly id: string;
  /** The `<trans-unit>` start tag. */
  readonly at: Span;
  /** The `<target>` start tag, or the unit's when there is none. */
  readonly targetAt: Span;
  readonly source: string;
  /** `undefined` when there is no target element. */
  readonly target?: string;
  readonly state?: string;
}

export interface XliffFile {
  readonly sourceLanguage: string;
  readonly targetLanguage: string;
  readonly at: Span;
  readonly units: readonly XliffUnit[];
}

export interface XliffRead {
  readonly files: readonly XliffFile[];
  readonly diagnostics: readonly Diagnostic[];
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

function offsetOf(file: SourceFile, line: number, column: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const next = file.text.indexOf('\n', at);
    if (next === -1) return file.text.length;
    at = next + 1;
  }
  return Math.min(at + Math.max(column - 1, 0), file.text.length);
}

function startTag(file: SourceFile, node: Node): Span | undefined {
  if (!node.lineNumber || !node.columnNumber) return undefined;
  const start = offsetOf(file, node.lineNumber, node.columnNumber);
  const end = file.text.indexOf('>', start);
  return { start, end: end === -1 ? start + 1 : end + 1 };
}

const children = (node: Node): Element[] => {
  const out: Element[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === ELEMENT) out.push(c as Element);
  return out;
};

/** Every descendant element called `name`, in document order (any namespace prefix). */
function descendants(node: Node, name: string, out: Element[] = []): Element[] {
  for (const c of children(node)) {
    if (c.localName === name) out.push(c);
    else descendants(c, name, out);
  }
  return out;
}

/** An inline element a unit's text cannot be read back from. */
class Refusal extends Error {
  constructor(readonly node: Element) {
    super(`<${node.tagName}> cannot be turned back into text`);
  }
}

/** The text of a <source> or <target>, placeholders written back as `{{name}}`. */
function plainText(node: Node): string {
  let out = '';
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT || c.nodeType === CDATA) out += (c as unknown as { data: string }).data;
    else if (c.nodeType === ELEMENT) {
      const e = c as Element;
      if (e.localName === 'ph') out += e.textContent ?? '';
      else if (e.localName === 'x' && e.hasAttribute('equiv-text')) out += e.getAttribute('equiv-text') ?? '';
      else if (e.localName === 'g' || e.localName === 'mrk') out += plainText(e);
      else throw new Refusal(e);
    }
  }
  return out;
}

function parse(file: SourceFile): { root?: Element; diagnostics: Diagnostic[] } {
  let first: string | undefined;
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level === 'warning') return;
        first ??= message;
        throw new Error(message);
      },
    }).parseFromString(file.text, 'text/xml');
    return { ...(doc.documentElement ? { root: doc.documentElement } : {}), diagnostics: [] };
  } catch (error) {
    const locator = (error as { locator?: { lineNumber?: number; columnNumber?: number } }).locator;
    const line = locator?.lineNumber ?? 0;
    const start = line > 0 ? offsetOf(file, line, locator?.columnNumber ?? 1) : undefined;
    const span = start === undefined ? undefined : { start, end: Math.min(start + 1, file.text.length) };
    const format = { error: (first ?? (error as Error).message).trim() };
    return { diagnostics: [render(file, span, report({ rule: 'xliff-syntax', format }))] };
  }
}

export function readXliff(file: SourceFile): XliffRead {
  const parsed = parse(file);
  const { root } = parsed;
  if (!root) return { files: [], diagnostics: parsed.diagnostics };
  const diagnostics: Diagnostic[] = [];
  const reportAt = (node: Node, r: AnyReport) => diagnostics.push(render(file, startTag(file, node), r));
  if (root.localName !== 'xliff' || (root.namespaceURI !== null && root.namespaceURI !== XLIFF_NS) || root.getAttribute('version') !== '1.2') {
    const version = root.getAttribute('version');
    reportAt(root, report({ rule: 'xliff-format', format: { ns: XLIFF_NS, tag: root.tagName, version: version ? ` version ${version}` : '' } }));
    return { files: [], diagnostics };
  }
  const files: XliffFile[] = [];
  for (const f of children(root).filter((e) => e.localName === 'file')) {
    const sourceLanguage = f.getAttribute('source-language') ?? '';
    const targetLanguage = f.getAttribute('target-language') ?? '';
    if (!sourceLanguage || !targetLanguage) {
      reportAt(f, report({ rule: 'xliff-format', messageId: 'languages' }));
      continue;
    }
    const units: XliffUnit[] = [];
    for (const u of descendants(f, 'trans-unit')) {
      const id = u.getAttribute('id');
      if (!id) {
        reportAt(u, report({ rule: 'xliff-format', messageId: 'noId' }));
        continue;
      }
      const at = startTag(file, u) ?? { start: 0, end: 0 };
      const source = children(u).find((e) => e.localName === 'source');
      const target = children(u).find((e) => e.localName === 'target');
      if (!source) {
        reportAt(u, report({ rule: 'xliff-format', messageId: 'noSource', format: { id } }));
        continue;
      }
      try {
        const state = target?.getAttribute('state');
        units.push({
          id,
          at,
          targetAt: (target && startTag(file, target)) ?? at,
          source: plainText(source),
          ...(target ? { target: plainText(target) } : {}),
          ...(state ? { state } : {}),
        });
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        reportAt(error.node, report({ rule: 'xliff-inline-element', format: { id, tag: error.node.tagName } }));
      }
    }
    files.push({ sourceLanguage, targetLanguage, at: startTag(file, f) ?? { start: 0, end: 0 }, units });
  }
  if (files.length === 0 && diagnostics.length === 0) reportAt(root, report({ rule: 'xliff-format', messageId: 'noFile' }));
  return { files, diagnostics };
}
