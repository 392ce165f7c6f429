// Models derived from sampleModel for cases it lacks: string codes, several codes
// under one status, a code without causes, a retired-since date.
import type { ErrorCode, ErrorModel } from '../../../generators/model/types.js';
import { sampleModel } from '../../support/sample-model.js';

function codeNamed(model: ErrorModel, name: string): ErrorCode {
  const found = model.codes.find((c) => c.name === name);
  if (!found) throw new Error(`no code ${name}`);
  return found;
}

/** `codeType: string`, with values a YAML reader could take for a number, a boolean or a date. */
export const stringCodeModel: ErrorModel = {
  ...sampleModel,
  codeType: 'string',
  codes: sampleModel.codes.map((code, i) => ({
    ...code,
    code: ['card_declined', '00000', 'off'][i] ?? `code_${i}`,
    ...(code.retired ? { retired: { ...code.retired, since: '2024-05-01' } } : {}),
  })),
};

/** LEGACY_TIMEOUT moved to 500, next to NOT_FOUND_INFO, plus a code with no causes there too. */
export const sharedStatusModel: ErrorModel = {
  ...sampleModel,
  codes: [
    ...sampleModel.codes.map((code) =>
      code.name === 'LEGACY_TIMEOUT' ? { ...code, http: 500, statuses: [500], causes: code.causes.map((c) => ({ ...c, http: 500 })) } : code,
    ),
    {
      ...codeNamed(sampleModel, 'NOT_FOUND_INFO'),
      code: -1004,
      name: 'NO_CAUSES',
      summary: { en: 'A code the spec gives no cause for.', 'zh-CN': '没有原因的错误码。' },
      note: { en: 'Kept for old clients.', 'zh-CN': '为旧客户端保留。' },
      causes: [],
      severity: 'error',
      scenes: [],
      retry: 'never',
    },
  ],
};
