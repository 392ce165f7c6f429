/** One fixed runtime module of the generated catalog, in its three forms. */
export interface RuntimeTexts {
  /** The module's name under `ts/runtime/`. */
  readonly name: string;
  readonly ts: string;
  readonly js: string;
  readonly dts: string;
}
