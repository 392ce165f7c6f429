// `retired.since`: a semver version or a real ISO date, nothing else.
import { describe, expect, it } from 'vitest';
import { isRetiredSince } from '../../generators/validate/rules/lifecycle.js';

describe('retired.since', () => {
  it.each(['2.0.0', '0.1.0', '3.0.0-rc.1', '1.2.3+build.5', '2024-01-31', '2024-02-29'])('accepts %s', (v) => expect(isRetiredSince(v)).toBe(true));
  it.each(['banana', 'v3', '2.0', '02.0.0', '2024-02-30', '2023-02-29', '2024-1-31', '31.01.2024', ''])('refuses %s', (v) => expect(isRetiredSince(v)).toBe(false));
});
