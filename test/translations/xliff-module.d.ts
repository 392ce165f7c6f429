// The part of the `xliff` package (no types of its own) the tests read XLIFF with.
declare module 'xliff' {
  export type XliffText = string | { readonly Span?: { readonly id: string; readonly contents: string } } | ReadonlyArray<unknown>;
  export interface XliffUnit {
    readonly source: XliffText;
    readonly target?: XliffText;
    readonly note?: string | readonly string[];
    readonly additionalAttributes?: Record<string, string>;
  }
  export interface XliffJs {
    readonly sourceLanguage: string;
    readonly targetLanguage: string;
    readonly resources: Record<string, Record<string, XliffUnit>>;
  }
  export function xliff12ToJs(xml: string, options?: { captureSpacesBetweenElements?: boolean }): Promise<XliffJs>;
}
