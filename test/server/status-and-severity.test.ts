// The server end where the spec says more than one status per code, or none: a cause's
// own status is what `toResponse` answers (and what the OpenAPI response of that status
// describes); a catalog without HTTP mapping answers 500 unless told; codes that are not
// errors are sent like errors, carrying their severity.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedPackage, type Package } from './support.js';

interface Severe {
  readonly status: number;
  readonly severity: string;
  readonly retry: string;
}

describe('a cause with its own status (test/fixtures/ranges)', () => {
  let pkg: Package;
  beforeAll(async () => {
    pkg = await generatedPackage('test/fixtures/ranges/spec.yaml');
  });
  afterAll(() => pkg.remove());

  it('answers the cause\'s status, else the code\'s', () => {
    const gone = pkg.server.apiError(-3000102, { causeId: 'paid-with-expired' });
    const stale = pkg.server.apiError(-3000102, { causeId: 'screenshot' });
    expect([gone.status, pkg.server.toResponse(gone).status]).toEqual([410, 410]);
    // `defaults.http` gives the code its 400.
    expect([stale.status, pkg.server.toResponse(stale).status]).toEqual([400, 400]);
    expect(pkg.server.toResponse(pkg.server.apiError(1000, { causeId: 'card-expired' })).status).toBe(422);
  });

  it('has the body validate against the response of that status, and lists the example there', () => {
    const response = pkg.server.toResponse(pkg.server.apiError(-3000102, { causeId: 'paid-with-expired' }));
    const validate = pkg.schemaOf('Error410');
    expect(validate(response.body), JSON.stringify(validate.errors)).toBe(true);
    expect(pkg.schemaOf('Error400')(response.body)).toBe(true);
    const responses = (pkg.openapi['components'] as { responses: Record<string, { content: Record<string, { examples: Record<string, unknown> }> }> }).responses;
    expect(Object.keys(responses['Error410']?.content['application/json']?.examples ?? {})).toEqual(['QR_CODE_EXPIRED__paid-with-expired']);
    expect(Object.keys(responses['Error400']?.content['application/json']?.examples ?? {})).toContain('QR_CODE_EXPIRED__screenshot');
  });
});

describe('a status catalog without HTTP mapping (test/fixtures/status-catalog)', () => {
  let pkg: Package;
  beforeAll(async () => {
    pkg = await generatedPackage('test/fixtures/status-catalog/spec.yaml');
  });
  afterAll(() => pkg.remove());

  it('answers 500 unless given a status, and the OpenAPI document has no responses', () => {
    const error = pkg.server.apiError('22012');
    expect(error.status).toBe(500);
    expect(pkg.server.toResponse(error).status).toBe(500);
    expect(pkg.server.toResponse(error, { status: 422 }).status).toBe(422);
    expect(pkg.openapi['components']).not.toHaveProperty('responses');
    expect((pkg.openapi['components'] as Record<string, unknown>)['x-errspec-codes']).toHaveLength(5);
  });

  it('carries the severity; whatever is not an error reads retry not-an-error', () => {
    const of = (code: string, causeId?: string): Severe => pkg.server.apiError(code, causeId === undefined ? undefined : { causeId }) as unknown as Severe;
    expect([of('00000'), of('01000'), of('22012'), of('40001', 'concurrent-update'), of('40001', 'read-only-replica')].map((e) => [e.severity, e.retry])).toEqual([
      ['info', 'not-an-error'],
      ['warning', 'not-an-error'],
      ['error', 'never'],
      ['error', 'may'],
      ['warning', 'not-an-error'],
    ]);
  });
});
