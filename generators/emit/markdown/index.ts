// Markdown docs: one page per locale, rendered by handlebars templates that hold only
// prose and layout. User text reaches a page only through the escaping helpers.
import Handlebars from 'handlebars';
import { htmlCommentHeader } from '../header.js';
import type { CommonOptions, GeneratedFile, Generator } from '../../model/types.js';
import { codeAnchor, codeSpan, escapeCell, escapeInline } from './escape.js';
import { normalizePage } from './normalize.js';
import { pageView } from './view.js';

export interface MarkdownTemplates {
  /** The page template source. */
  readonly page: string;
  /** UI labels per locale; a locale without labels uses the first one given. */
  readonly labels: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export interface MarkdownOptions extends CommonOptions {
  readonly templates: MarkdownTemplates;
  readonly locales?: readonly string[];
}

const toText = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

export function createRenderer(templates: MarkdownTemplates): (view: object) => string {
  const hbs = Handlebars.create();
  const safe = (s: string) => new hbs.SafeString(s);
  hbs.registerHelper('cell', (value: unknown) => safe(escapeCell(toText(value))));
  hbs.registerHelper('text', (value: unknown) => safe(escapeInline(toText(value))));
  hbs.registerHelper('code', (value: unknown) => safe(codeSpan(toText(value))));
  // knownHelpers: the compiled template calls them directly instead of looking them up per use.
  return hbs.compile(templates.page, { noEscape: false, strict: false, preventIndent: true, knownHelpers: { cell: true, text: true, code: true } });
}

export const generateMarkdown: Generator<MarkdownOptions> = (model, options) => {
  const render = createRenderer(options.templates);
  const fallbackLabels = Object.values(options.templates.labels)[0] ?? {};
  const files: GeneratedFile[] = [];
  for (const locale of options.locales ?? model.locales) {
    const labels = { ...fallbackLabels, ...(options.templates.labels[locale] ?? {}) };
    const view = pageView(model, locale, labels, htmlCommentHeader(model, options).trimEnd(), codeAnchor);
    files.push({ path: `docs/${locale}.md`, contents: normalizePage(render(view)) });
  }
  return files;
};
