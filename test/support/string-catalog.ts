// A small string-code catalog (en only, scene `pay`, classification `fatal`) for tests
// of prefix ranges: the `ranges:` block and the entries of `errors` are the test's.

/** One entry of `errors` with one cause in scene `pay`, as flow YAML lines. */
export function stringEntry(code: string, name: string, extra = ''): string {
  return `  - code: ${code}
    name: ${name}
    http: 402
    summary: { en: ${name}. }${extra}
    causes: [{ id: only, scene: pay, classification: fatal, explanation: { en: ${name}. } }]
`;
}

export function stringCatalog(ranges: string, entries: readonly string[]): string {
  return `errspec: 1
id: cards
title: { en: Cards }
codes: { type: string }
locales: { source: en }
${ranges}
scenes:
  pay: { title: { en: Pay } }
classifications:
  fatal: { retry: never, advice: { en: Do not retry. } }
errors:
${entries.join('')}`;
}
