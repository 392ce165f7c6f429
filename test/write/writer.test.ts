// The writer owns the output folder: atomic, touches only changed files, deletes only
// files it wrote before, and --check reports without writing.
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync, existsSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkOutputs } from '../../generators/write/check.js';
import { MANIFEST } from '../../generators/write/manifest.js';
import { WriteSession, writeOutputs } from '../../generators/write/writer.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'errspec-writer-'));
});

const files = (n: number, tag = 'v1') => Array.from({ length: n }, (_, i) => ({ path: `sub/f${i}.txt`, contents: `${tag} ${i}\n` }));

function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const name of readdirSync(join(root, rel))) {
      const p = rel ? `${rel}/${name}` : name;
      if (statSync(join(root, p)).isDirectory()) walk(p);
      else out[p] = readFileSync(join(root, p), 'utf8');
    }
  };
  walk('');
  return out;
}

describe('writeOutputs', () => {
  it('writes every file and a manifest of them', () => {
    const r = writeOutputs(dir, files(3));
    expect([...r.written].sort()).toEqual([MANIFEST, 'sub/f0.txt', 'sub/f1.txt', 'sub/f2.txt']);
    expect(readFileSync(join(dir, 'sub/f1.txt'), 'utf8')).toBe('v1 1\n');
    expect(JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')).files).toEqual(['sub/f0.txt', 'sub/f1.txt', 'sub/f2.txt']);
  });

  it('leaves unchanged files alone: same bytes, same mtime', () => {
    writeOutputs(dir, files(2));
    const before = statSync(join(dir, 'sub/f0.txt')).mtimeMs;
    const r = writeOutputs(dir, [{ path: 'sub/f0.txt', contents: 'v1 0\n' }, { path: 'sub/f1.txt', contents: 'changed\n' }]);
    expect(r.written).toEqual(['sub/f1.txt']);
    expect(statSync(join(dir, 'sub/f0.txt')).mtimeMs).toBe(before);
  });

  it('deletes files it wrote before that nothing produces now, and never a file of the user', () => {
    writeOutputs(dir, files(3));
    writeFileSync(join(dir, 'sub/users-own.txt'), 'mine\n');
    writeFileSync(join(dir, 'README.md'), 'mine too\n');
    const r = writeOutputs(dir, files(1));
    expect(r.deleted).toEqual(['sub/f1.txt', 'sub/f2.txt']);
    expect(Object.keys(snapshot(dir)).sort()).toEqual([MANIFEST, 'README.md', 'sub/f0.txt', 'sub/users-own.txt']);
  });

  it('removes folders its deletions left empty', () => {
    writeOutputs(dir, [{ path: 'a/b/c.txt', contents: 'x\n' }, { path: 'keep.txt', contents: 'k\n' }]);
    writeOutputs(dir, [{ path: 'keep.txt', contents: 'k\n' }]);
    expect(existsSync(join(dir, 'a'))).toBe(false);
  });

  it('refuses paths that leave the output folder, before writing anything', () => {
    for (const path of ['../escape.txt', '/abs.txt', 'a/../../x', 'a\\b', '']) {
      expect(() => writeOutputs(dir, [{ path: 'ok.txt', contents: 'x' }, { path, contents: 'x' }])).toThrow(/unsafe path/);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('on a failed write leaves the folder exactly as it was', () => {
    writeOutputs(dir, files(2));
    const before = snapshot(dir);
    // A file where a folder must go makes the second write fail after the first succeeded.
    writeFileSync(join(dir, 'blocker'), 'user file\n');
    const again = { ...before, blocker: 'user file\n' };
    expect(() => writeOutputs(dir, [{ path: 'sub/f0.txt', contents: 'new\n' }, { path: 'blocker/inner.txt', contents: 'x\n' }])).toThrow(/nothing was changed/);
    expect(snapshot(dir)).toEqual(again);
  });

  it('reports a read-only folder as a clean error', () => {
    if (process.getuid?.() === 0) return; // root writes anywhere; the case above covers failure
    mkdirSync(join(dir, 'ro'));
    chmodSync(join(dir, 'ro'), 0o500);
    expect(() => writeOutputs(join(dir, 'ro'), files(1))).toThrow(/cannot write/);
  });
});

describe('WriteSession', () => {
  it('puts nothing in place before commit, and an abort removes its temporary files and new folders', () => {
    writeOutputs(dir, files(1));
    const before = snapshot(dir);
    const session = new WriteSession(dir);
    session.add({ path: 'sub/f0.txt', contents: 'v2 0\n' });
    session.add({ path: 'deep/er/new.txt', contents: 'n\n' });
    expect(readFileSync(join(dir, 'sub/f0.txt'), 'utf8')).toBe('v1 0\n');
    expect(existsSync(join(dir, 'deep/er/new.txt'))).toBe(false);
    session.abort();
    expect(snapshot(dir)).toEqual(before);
    expect(existsSync(join(dir, 'deep'))).toBe(false);
  });

  it('keeps a folder that existed before, even when the abort leaves it empty', () => {
    mkdirSync(join(dir, 'docs'));
    const session = new WriteSession(dir);
    session.add({ path: 'docs/a.md', contents: 'a\n' });
    session.abort();
    expect(readdirSync(dir)).toEqual(['docs']);
  });

  it('commits files added one at a time, as the pipeline hands them over', () => {
    const session = new WriteSession(dir);
    for (const f of files(3)) session.add(f);
    const r = session.commit();
    expect(r.written).toEqual([MANIFEST, 'sub/f0.txt', 'sub/f1.txt', 'sub/f2.txt']);
    expect(snapshot(dir)['sub/f2.txt']).toBe('v1 2\n');
  });

  it('refuses the same path twice', () => {
    const session = new WriteSession(dir);
    session.add({ path: 'a.txt', contents: 'x' });
    expect(() => session.add({ path: 'a.txt', contents: 'y' })).toThrow(/two generators produced a.txt/);
    session.abort();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('checkOutputs', () => {
  it('is clean when the folder matches, and writes nothing', () => {
    writeOutputs(dir, files(2));
    const before = snapshot(dir);
    expect(checkOutputs(dir, files(2)).report).toBe('');
    expect(snapshot(dir)).toEqual(before);
  });

  it('names stale, missing and orphaned files, with a short diff', () => {
    writeOutputs(dir, files(3));
    const next = [{ path: 'sub/f0.txt', contents: 'v2 0\n' }, { path: 'sub/f1.txt', contents: 'v1 1\n' }, { path: 'new.txt', contents: 'n\n' }];
    const r = checkOutputs(dir, next);
    expect(r.stale).toEqual(expect.arrayContaining(['sub/f0.txt', MANIFEST]));
    expect(r.missing).toEqual(['new.txt']);
    expect(r.orphaned).toEqual(['sub/f2.txt']);
    expect(r.report).toContain(`stale:   ${dir}/sub/f0.txt`);
    expect(r.report).toContain('1 - v1 0');
    expect(r.report).toContain('1 + v2 0');
    expect(r.report).toContain(`missing: ${dir}/new.txt`);
    expect(r.report).toContain(`orphaned: ${dir}/sub/f2.txt`);
  });
});
