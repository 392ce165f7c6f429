// Synthetic specs for the benchmark: N integer codes, 3 causes each, every text in en
// and zh-CN (60–120 characters), 5 scenes, 4 classifications. Deterministic (seeded
// PRNG), valid per spec/schema.json and the semantic rules: names, values and cause ids
// are unique, every scene and classification is used, no `{{placeholder}}` anywhere.
// Written as YAML text directly (not through the `yaml` package) so that making a 50k
// spec costs seconds, not a second copy of the parser under test.
//   node dist/bench/synthetic.js <codes> <out.yaml>   (for profiling one size by hand)
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** mulberry32: tiny, seeded, good enough to vary text lengths and picks. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EN_WORDS = (
  'voucher code request merchant store order payment verification parameter failed ' +
  'invalid expired service timeout network retry account permission quota limit signature ' +
  'token session record status channel device customer balance refund settlement batch ' +
  'the a of for with from when while after before not already still please contact support'
).split(' ');
// Plain CJK characters only: no punctuation that YAML or markdown would read as syntax.
const ZH_CHARS = '券码请求商家门店订单支付校验参数失败无效过期服务超时网络重试账户权限配额限制签名会话记录状态渠道设备客户余额退款结算批次已经仍然请联系技术支持当前操作不允许'.split('');

const SCENES = ['scan-or-enter', 'input-code', 'scan-qr', 'write-off', 'refund'] as const;
const CLASSIFICATIONS = [
  { id: 'retry-never', retry: 'never' },
  { id: 'retry-may', retry: 'may' },
  { id: 'write-off-retry-never', retry: 'never' },
  { id: 'informational', retry: 'not-an-error' },
] as const;
const NAME_WORDS = ['VOUCHER', 'CODE', 'ORDER', 'PAYMENT', 'MERCHANT', 'STORE', 'TOKEN', 'QUOTA', 'SIGNATURE', 'SESSION', 'REFUND', 'BATCH'];
const NAME_TAILS = ['FAILED', 'INVALID', 'EXPIRED', 'NOT_FOUND', 'LOCKED', 'TIMEOUT', 'REJECTED', 'EXCEEDED'];
const HTTP = [400, 401, 403, 404, 409, 422, 429, 500, 502, 503];

export interface SyntheticOptions {
  readonly seed?: number;
}

/** The YAML text of a synthetic spec with `codes` codes. */
export function syntheticSpec(codes: number, options: SyntheticOptions = {}): string {
  const rand = prng(options.seed ?? 20240607);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const length = () => 60 + Math.floor(rand() * 61);

  // Sentences of words; the final period keeps a plain scalar from ending in a blank.
  const en = (): string => {
    const target = length();
    let s = pick(EN_WORDS);
    s = s.charAt(0).toUpperCase() + s.slice(1);
    while (s.length < target - 1) s += ` ${pick(EN_WORDS)}`;
    return `${s}.`;
  };
  const zh = (): string => {
    const target = length();
    let s = '';
    while (s.length < target - 1) s += pick(ZH_CHARS);
    return `${s}。`;
  };
  const text = (indent: string): string => `${indent}  en: ${en()}\n${indent}  zh-CN: ${zh()}\n`;

  const out: string[] = [];
  out.push(
    '# Synthetic errspec catalog for the benchmark (bench/synthetic.ts); not a real API.\n',
    'errspec: 1\n',
    'id: bench-catalog\n',
    'title:\n  en: Benchmark catalog error codes\n  zh-CN: 基准测试错误码\n',
    'codes:\n  type: integer\n  naming: SCREAMING_SNAKE_CASE\n',
    'locales:\n  source: en\n  targets:\n    - zh-CN\n',
    'scenes:\n',
  );
  for (const id of SCENES) out.push(`  ${id}:\n    title:\n${text('    ')}`);
  out.push('classifications:\n');
  for (const c of CLASSIFICATIONS) out.push(`  ${c.id}:\n    retry: ${c.retry}\n    advice:\n${text('    ')}`);
  out.push('errors:\n');
  for (let i = 0; i < codes; i++) {
    // The index makes names and values unique; the words make them look like names.
    const name = `${pick(NAME_WORDS)}_${pick(NAME_WORDS)}_${pick(NAME_TAILS)}_${i.toString(36).toUpperCase()}`;
    let entry = `  - code: ${-9_000_000 - i}\n    name: ${name}\n    http: ${pick(HTTP)}\n    summary:\n${text('    ')}    causes:\n`;
    for (let j = 0; j < 3; j++) {
      // Rotating through scenes and classifications guarantees each one is used.
      const scene = SCENES[(i * 3 + j) % SCENES.length] as string;
      const cls = CLASSIFICATIONS[(i + j) % CLASSIFICATIONS.length]!;
      entry += `      - id: ${scene}-cause-${j + 1}\n        scene: ${scene}\n        classification: ${cls.id}\n`;
      if (cls.retry === 'not-an-error') entry += '        informational: true\n';
      entry += `        explanation:\n${text('        ')}`;
    }
    out.push(entry);
  }
  return out.join('');
}

/** Writes a synthetic spec and returns its size in bytes. */
export function writeSyntheticSpec(path: string, codes: number, options: SyntheticOptions = {}): number {
  const text = syntheticSpec(codes, options);
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [codes, out] = process.argv.slice(2);
  if (!codes || !/^[1-9][0-9]*$/.test(codes) || !out) {
    process.stderr.write('usage: node dist/bench/synthetic.js <codes> <out.yaml>\n');
    process.exit(2);
  }
  process.stdout.write(`${out}: ${writeSyntheticSpec(out, Number(codes))} bytes\n`);
}
