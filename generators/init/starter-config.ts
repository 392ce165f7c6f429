// The errspec.config.yaml `errspec init` writes: where the spec and the output are, and
// the npm package the output folder becomes.
import { yamlWithComments } from '../scaffold/yaml-document.js';

export interface ConfigOptions {
  /** Paths as written in the config: relative to its folder, `/` separators. */
  readonly spec: string;
  readonly out: string;
  readonly packageName: string;
  readonly schemaLine: string;
}

export function starterConfig(o: ConfigOptions): string {
  const data = {
    spec: o.spec,
    out: o.out,
    command: 'npm run generate',
    package: { name: o.packageName, version: '0.1.0' },
  };
  const header = [
    o.schemaLine.replace(/^#/, ''),
    '',
    ' How `npm run generate` (errspec generate) runs here. Flags override it;',
    ' relative paths resolve against this file\'s folder. Every key is optional: the',
    ' schema above lists them all (outputs and their options, templates).',
  ];
  return yamlWithComments(data, header, [
    {
      path: ['package'],
      text: [
        ` ${o.out}/ becomes this npm package. Bump its version as`,
        ' `npx errspec diff --base <last release> --format json` says in `semver`.',
      ].join('\n'),
    },
  ]);
}
