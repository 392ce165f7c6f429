// The document is plain data until a serializer sees it: this type keeps functions,
// class instances and undefined out of it.
export type Json = string | number | boolean | null | readonly Json[] | JsonObject;
export interface JsonObject {
  readonly [key: string]: Json;
}
