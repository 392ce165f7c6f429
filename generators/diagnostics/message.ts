// Message templates, after TypeSpec's `paramMessage`: the wording lives in the catalog,
// call sites pass only the values, and the compiler checks they pass every one.

export type MessageParams<K extends string> = { readonly [P in K]: string | number };

export interface CallableMessage<K extends string = string> {
  /** The names of the values the wording needs, in order. */
  readonly keys: readonly K[];
  (params: MessageParams<K>): string;
}

/** paramMessage`Scene '${'id'}' is not declared`: a template that takes `{ id }`. */
export function paramMessage<const K extends string = never>(strings: TemplateStringsArray, ...keys: K[]): CallableMessage<NoInfer<K>> {
  const message = (params: MessageParams<K>): string => {
    let out = strings[0] ?? '';
    keys.forEach((key, i) => {
      out += String(params[key]) + (strings[i + 1] ?? '');
    });
    return out;
  };
  return Object.assign(message, { keys });
}

/** The value names a template takes. */
export type KeysOf<M> = M extends CallableMessage<infer K> ? K : never;
