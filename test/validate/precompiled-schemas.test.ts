// The precompiled ajv validators must be made from the schemas as they are now: a stale
// entry is still correct (schemaValidator compiles afresh) but costs every run 0.1–0.3 s.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRECOMPILED_FILE, precompiledSource } from '../../generators/validate/precompile-schemas.js';
import { schemaValidator } from '../../generators/validate/schema.js';
import { PRECOMPILED } from '../../generators/validate/precompiled.js';
import { packageRoot } from '../../generators/util/package-root.js';

describe('precompiled schema validators', () => {
  it('are up to date (regenerate: npm run build && node dist/generators/validate/precompile-schemas.js)', () => {
    expect(readFileSync(join(packageRoot(), PRECOMPILED_FILE), 'utf8')).toBe(precompiledSource());
  });

  it('are what schemaValidator uses, with verbose errors like a fresh compile', () => {
    const validate = schemaValidator('spec/schema.json');
    expect(validate).toBe((PRECOMPILED as Record<string, { validate: unknown }>)['spec/schema.json']?.validate);
    expect(validate({ errspec: 2 })).toBe(false);
    const error = validate.errors?.find((e) => e.keyword === 'const');
    expect(error?.instancePath).toBe('/errspec');
    expect((error?.parentSchema as { description?: string } | undefined)?.description).toMatch(/Version/);
  });
});
