// Every output errspec can emit, loaded lazily, so a run pays only for the modules
// of the outputs it emits. (None loads the TypeScript compiler: see emit/typescript.)
import type { CommonOptions, ErrorModel, GeneratedFile } from '../model/types.js';
import type { MarkdownTemplates } from './markdown/index.js';
import type { PackageSettings } from './package/index.js';

export const OUTPUTS = ['typescript', 'openapi', 'markdown', 'i18n', 'catalog', 'package'] as const;
export type OutputName = (typeof OUTPUTS)[number];

export interface OutputSettings {
  readonly typescript?: { readonly forms?: readonly ('enum' | 'const')[]; readonly js?: boolean } | false;
  readonly openapi?: { readonly version?: '3.1.0'; readonly fileName?: string; readonly formats?: readonly ('yaml' | 'json')[] } | false;
  readonly markdown?: { readonly locales?: readonly string[] } | false;
  readonly i18n?: { readonly locales?: readonly string[] } | false;
  readonly catalog?: Record<string, never> | false;
  /** package.json + README.md making the output folder an npm package; see emit/package. */
  readonly package?: PackageSettings | false;
}

type Run = (model: ErrorModel, common: CommonOptions, settings: object, templates: () => MarkdownTemplates) => GeneratedFile[];

const loaders: Record<OutputName, () => Promise<Run>> = {
  typescript: async () => {
    const { generateTypeScript } = await import('./typescript/index.js');
    return (model, common, settings) => generateTypeScript(model, { ...common, ...settings });
  },
  openapi: async () => {
    const { generateOpenApi } = await import('./openapi/index.js');
    return (model, common, settings) => generateOpenApi(model, { ...common, ...settings });
  },
  markdown: async () => {
    const { generateMarkdown } = await import('./markdown/index.js');
    return (model, common, settings, templates) => generateMarkdown(model, { ...common, ...settings, templates: templates() });
  },
  i18n: async () => {
    const { generateI18n } = await import('./i18n/index.js');
    return (model, common, settings) => generateI18n(model, { ...common, ...settings });
  },
  catalog: async () => {
    const { generateCatalog } = await import('./catalog/index.js');
    return (model, common) => generateCatalog(model, common);
  },
  package: async () => {
    const { generatePackage } = await import('./package/index.js');
    return (model, common, settings) => generatePackage(model, { ...common, ...settings });
  },
};

export async function loadGenerator(name: OutputName): Promise<Run> {
  return loaders[name]();
}
