// A small hand-built model for generator unit tests, covering what the real spec
// has (mixed classifications, informational causes, uncoded causes, notes) and what
// it lacks (retired codes, aliases, params, fallback-filled texts, hostile text).
import type { ErrorModel } from '../../generators/model/types.js';
import { deepFreeze } from '../../generators/model/build.js';

const hostile = 'Pipe | back`tick` <script>alert(1)</script> */ }); process.exit(1); /* "quote" \'single\' \\ {{notParam}} ${x}\nnext line';

export const sampleModel: ErrorModel = deepFreeze({
  specPath: 'test/fixtures/sample/spec.yaml',
  id: 'sample-api',
  title: { en: 'Sample API', 'zh-CN': '示例接口' },
  codeType: 'integer',
  naming: 'SCREAMING_SNAKE_CASE',
  envelope: { kind: 'simple' },
  locales: ['en', 'zh-CN'],
  sourceLocale: 'en',
  fallbacks: { 'zh-CN': 'en' },
  scenes: [
    { id: 'checkout', title: { en: 'Checkout', 'zh-CN': '结账' } },
    { id: 'scan', title: { en: 'Scan | the code', 'zh-CN': '扫码' } },
  ],
  classifications: [
    { id: 'info', retry: 'not-an-error', advice: { en: 'Nothing to do.', 'zh-CN': '无需处理。' } },
    { id: 'permanent', retry: 'never', advice: { en: 'Do not retry; contact support with the log ID.', 'zh-CN': '请勿重试；请携带日志 ID 联系支持。' } },
    {
      id: 'transient',
      retry: 'may',
      advice: { en: 'Retry in place. If it still fails, recheck the process for', 'zh-CN': '原地重试。' },
      note: { en: 'The source cuts this advice off mid-sentence.', 'zh-CN': '来源中此建议被截断。' },
    },
  ],
  codes: [
    {
      code: -1001,
      name: 'INVALID_PARAMETER',
      aliases: ['BAD_PARAMETER'],
      synonyms: [],
      summaryFromCause: false,
      http: 400,
      summary: { en: 'A parameter is invalid.', 'zh-CN': '参数无效。' },
      params: [],
      causes: [
        {
          id: 'bad-store',
          scene: 'scan',
          classification: 'permanent',
          explanation: { en: 'Store {{storeId}} is unknown.', 'zh-CN': '门店 {{storeId}} 不存在。' },
          informational: false,
          params: [{ name: 'storeId' }],
        },
        {
          id: 'parse-failed',
          scene: 'checkout',
          classification: 'transient',
          explanation: { en: hostile, 'zh-CN': hostile },
          informational: false,
          note: { en: 'Odd row kept as the source has it.', 'zh-CN': '按来源保留的异常行。' },
          params: [],
        },
      ],
      informational: false,
      scenes: ['scan', 'checkout'],
      retry: 'mixed',
    },
    {
      code: -1002,
      name: 'NOT_FOUND_INFO',
      aliases: [],
      synonyms: [],
      summaryFromCause: false,
      http: 500,
      summary: { en: 'Nothing was found (not an error).', 'zh-CN': 'Nothing was found (not an error).' },
      params: [],
      causes: [
        {
          id: 'no-voucher',
          scene: 'scan',
          classification: 'permanent',
          explanation: { en: 'No voucher was found (not an error).', 'zh-CN': '未找到券信息（非错误）。' },
          informational: true,
          params: [],
        },
      ],
      informational: true,
      scenes: ['scan'],
      retry: 'not-an-error',
    },
    {
      code: -1003,
      name: 'LEGACY_TIMEOUT',
      aliases: [],
      synonyms: [],
      summaryFromCause: false,
      http: 503,
      summary: { en: 'Upstream timed out.', 'zh-CN': '上游超时。' },
      params: [],
      retired: { since: '2.0.0', reason: { en: 'Replaced by INVALID_PARAMETER.', 'zh-CN': '已由 INVALID_PARAMETER 取代。' } },
      causes: [
        {
          id: 'upstream-timeout',
          scene: 'checkout',
          classification: 'transient',
          explanation: { en: 'The upstream call timed out.', 'zh-CN': '上游调用超时。' },
          informational: false,
          params: [],
        },
      ],
      informational: false,
      scenes: ['checkout'],
      retry: 'may',
    },
  ],
  uncoded: [
    {
      id: 'core-logic-failed',
      scene: 'checkout',
      classification: 'transient',
      explanation: { en: 'Core logic failed.', 'zh-CN': '核心逻辑失败。' },
      informational: false,
      note: { en: 'The source gives no code for this row.', 'zh-CN': '来源未给出此行的错误码。' },
      params: [],
    },
  ],
  coverage: [{ locale: 'zh-CN', key: 'errors.NOT_FOUND_INFO.summary', from: 'en' }],
});
