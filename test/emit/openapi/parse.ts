// Reading generated files back, the way consumers will.
import { parseYaml } from '@redocly/openapi-core';
import { parse } from 'yaml';
import type { GeneratedFile } from '../../../generators/model/types.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function contentsOf(files: readonly GeneratedFile[], path: string): string {
  const found = files.find((f) => f.path === path);
  if (!found) throw new Error(`no ${path} among ${files.map((f) => f.path).join(', ')}`);
  return found.contents;
}

export const fromJson = (text: string) => JSON.parse(text) as JsonObject;
/** YAML 1.2, as the `yaml` package reads it. */
export const fromYaml = (text: string) => parse(text) as JsonObject;
/** YAML 1.1 (yes/no booleans, sexagesimals, timestamps), as older readers see it. */
export const fromYaml11 = (text: string) => parse(text, { version: '1.1' }) as JsonObject;
/** js-yaml's core schema with merge keys, as Redocly reads it. */
export const fromRedoclyYaml = (text: string) => parseYaml(text) as JsonObject;

/** Walks a path of keys and indexes, failing loudly on a wrong turn. */
export function at(value: Json | undefined, ...path: (string | number)[]): Json {
  let current: Json | undefined = value;
  for (const step of path) {
    if (typeof step === 'number') {
      if (!Array.isArray(current)) throw new Error(`not an array before [${step}]`);
      current = current[step];
    } else {
      if (current === null || typeof current !== 'object' || Array.isArray(current)) {
        throw new Error(`not an object before .${step}`);
      }
      current = current[step];
    }
    if (current === undefined) throw new Error(`nothing at ${path.join('.')}`);
  }
  return current as Json;
}

export function objectAt(value: Json | undefined, ...path: (string | number)[]): JsonObject {
  const found = at(value, ...path);
  if (found === null || typeof found !== 'object' || Array.isArray(found)) throw new Error(`not an object at ${path.join('.')}`);
  return found;
}

export function arrayAt(value: Json | undefined, ...path: (string | number)[]): Json[] {
  const found = at(value, ...path);
  if (!Array.isArray(found)) throw new Error(`not an array at ${path.join('.')}`);
  return found;
}
