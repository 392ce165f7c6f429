// Validation with a real OpenAPI validator, @redocly/openapi-core (see lint.ts).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundle, createConfig, lint, lintFromString } from '@redocly/openapi-core';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { generateOpenApi } from '../../../generators/emit/openapi/index.js';
import type { ErrorModel } from '../../../generators/model/types.js';
import { loadModel } from '../../support/generate.js';
import { sampleModel } from '../../support/sample-model.js';
import { sharedStatusModel, stringCodeModel } from './models.js';
import { describeProblems, lintText, specConfig, strictLibraryConfig } from './lint.js';
import { contentsOf, fromJson, objectAt, type JsonObject } from './parse.js';

const options = { command: 'npm run generate' } as const;

describe.each([
  ['sampleModel', sampleModel],
  ['stringCodeModel', stringCodeModel],
  ['sharedStatusModel', sharedStatusModel],
  ['the snake-no-scenes fixture', loadModel('test/fixtures/snake-no-scenes/spec.yaml')],
] as [string, ErrorModel][])('Redocly lint of %s', (_name, model) => {
  const files = generateOpenApi(model, options);

  it.each(['openapi/errors.yaml', 'openapi/errors.json'])('%s: no problem under the spec ruleset', async (path) => {
    expect(await lintText(contentsOf(files, path), path, await specConfig())).toEqual([]);
  });

  it.each(['openapi/errors.yaml', 'openapi/errors.json'])('%s: no problem under recommended-strict', async (path) => {
    expect(await lintText(contentsOf(files, path), path, await strictLibraryConfig())).toEqual([]);
  });
});

describe('Redocly lint is really checking', () => {
  it('catches an example that does not match its narrowed schema', async () => {
    const doc = fromJson(contentsOf(generateOpenApi(sampleModel, options), 'openapi/errors.json'));
    const examples = objectAt(doc, 'components', 'responses', 'Error400', 'content', 'application/json', 'examples');
    // -1002 is an ErrorCode, but not one the 400 response may carry.
    objectAt(examples, 'INVALID_PARAMETER__bad-store', 'value')['code'] = -1002;
    const problems = await lintText(JSON.stringify(doc), 'broken.json', await strictLibraryConfig());
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/no-invalid-media-type-examples .*INVALID_PARAMETER__bad-store/);
  });

  it('would flag the hostile text had it been spliced into a description raw', async () => {
    const doc = fromJson(contentsOf(generateOpenApi(sampleModel, options), 'openapi/errors.json'));
    const example = objectAt(doc, 'components', 'responses', 'Error400', 'content', 'application/json', 'examples');
    objectAt(example, 'INVALID_PARAMETER__parse-failed')['description'] = sampleModel.codes[0]?.causes[1]?.explanation['en'] ?? '';
    const problems = await lintText(JSON.stringify(doc), 'raw.json', await strictLibraryConfig());
    expect(problems.join('\n')).toMatch(/no-unsafe-markdown/);
  });
});

describe('an API document that references the generated components', () => {
  const dir = mkdtempSync(join(tmpdir(), 'errspec-openapi-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const files = generateOpenApi(sampleModel, options);
  mkdirSync(join(dir, 'openapi'));
  for (const file of files) writeFileSync(join(dir, file.path), file.contents);

  const errors = './openapi/errors.yaml#/components';
  const api = {
    openapi: '3.1.0',
    info: { title: 'Vouchers', version: '2.1.0', license: { name: 'MIT', identifier: 'MIT' } },
    servers: [{ url: 'https://vouchers.internal.test/v1' }],
    tags: [{ name: 'vouchers', description: 'Voucher checks.' }],
    security: [{ bearer: [] }],
    paths: {
      '/vouchers/{voucherId}': {
        get: {
          operationId: 'getVoucher',
          summary: 'Look a voucher up',
          description: 'Returns one voucher.',
          tags: ['vouchers'],
          parameters: [
            { name: 'voucherId', in: 'path', required: true, description: 'Voucher id.', schema: { type: 'string' } },
          ],
          responses: {
            '200': {
              description: 'The voucher.',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: { id: { type: 'string' }, lastError: { $ref: `${errors}/schemas/ErrorCode` } },
                  },
                },
              },
            },
            '400': { $ref: `${errors}/responses/Error400` },
            '503': { $ref: `${errors}/responses/Error503` },
          },
        },
      },
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
  const apiPath = join(dir, 'api.yaml');
  writeFileSync(apiPath, stringify(api));

  it('lints clean under recommended-strict, refs resolved from disk', async () => {
    const problems = await lint({ ref: apiPath, config: await strictLibraryConfig() });
    expect(describeProblems(problems)).toEqual([]);
  });

  it('bundles, and the bundle lints clean with every recommended-strict rule on', async () => {
    const config = await createConfig({ extends: ['recommended-strict'] });
    const result = await bundle({ ref: apiPath, config });
    expect(describeProblems(result.problems)).toEqual([]);
    const bundled = result.bundle.parsed as JsonObject;

    const components = objectAt(bundled, 'components');
    expect(Object.keys(objectAt(components, 'responses')).sort()).toEqual(['Error400', 'Error503']);
    expect(Object.keys(objectAt(components, 'schemas')).sort()).toEqual(['ErrorBody', 'ErrorCode']);
    expect(
      Object.keys(objectAt(components, 'responses', 'Error400', 'content', 'application/json', 'examples')),
    ).toEqual(['BAD_PARAMETER__bad-store', 'BAD_PARAMETER__parse-failed', 'INVALID_PARAMETER__bad-store', 'INVALID_PARAMETER__parse-failed']);

    const problems = await lintFromString({ source: JSON.stringify(bundled), absoluteRef: join(dir, 'bundled.json'), config });
    expect(describeProblems(problems)).toEqual([]);
  });
});
