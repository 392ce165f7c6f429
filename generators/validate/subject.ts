// A place in the spec as people name it: `code -3000109 QR_CODE_EXPIRED, cause
// screenshot-expired` rather than `errors.7.causes.0`.
import type { PathSegment } from '../load/locate.js';
import { escapeNonAscii } from './ascii.js';
import { asArray, own } from './context.js';

const nameOf = (entry: unknown): string | undefined => {
  const name = own(entry, 'name');
  return typeof name === 'string' ? escapeNonAscii(name) : undefined;
};

/** `code 1002 STORE_CLOSED`; without the name when it is the name that is described. */
const codeOf = (entry: unknown, index: number, withName: boolean): string => {
  const code = own(entry, 'code');
  const shown = Number.isSafeInteger(code) ? String(code) : typeof code === 'string' ? `'${escapeNonAscii(code)}'` : undefined;
  const parts = [shown, withName ? nameOf(entry) : undefined].filter((p) => p !== undefined);
  return parts.length > 0 ? `code ${parts.join(' ')}` : `entry ${index + 1} of errors`;
};

/** `cause closed-today`, or `cause 1` when it is the id that is described. */
const causeOf = (cause: unknown, index: number, withId: boolean): string => {
  const id = own(cause, 'id');
  return `cause ${withId && typeof id === 'string' ? escapeNonAscii(id) : index + 1}`;
};

/** What holds the value at `path` (a code, a cause, a scene…), and the field path within it. */
function ownerOf(data: unknown, path: readonly PathSegment[]): { owner?: string; rest: readonly PathSegment[] } {
  const [section, index] = path;
  if (section === 'errors' && typeof index === 'number') {
    const entry = asArray(own(data, 'errors'))[index];
    const j = path[3];
    if (path[2] === 'causes' && typeof j === 'number') {
      const cause = causeOf(asArray(own(entry, 'causes'))[j], j, !(path[4] === 'id' && path.length === 5));
      return { owner: `${codeOf(entry, index, true)}, ${cause}`, rest: path.slice(4) };
    }
    const code = codeOf(entry, index, !(path[2] === 'name' && path.length === 3));
    // The code value itself is named by the entry's name alone.
    if (path[2] === 'code' && path.length === 3) return { rest: [`the code of ${nameOf(entry) ?? `entry ${index + 1} of errors`}`] };
    return { owner: code, rest: path.slice(2) };
  }
  if (section === 'uncoded' && typeof index === 'number') {
    const cause = causeOf(asArray(own(data, 'uncoded'))[index], index, !(path[2] === 'id' && path.length === 3));
    return { owner: `uncoded ${cause}`, rest: path.slice(2) };
  }
  if ((section === 'scenes' || section === 'classifications') && typeof index === 'string') {
    return { owner: `${section === 'scenes' ? 'scene' : 'classification'} ${escapeNonAscii(index)}`, rest: path.slice(2) };
  }
  if (section === 'ranges' && typeof index === 'string') return { owner: `range ${escapeNonAscii(index)}`, rest: path.slice(2) };
  return { rest: path };
}

/** `http of code 1002 STORE_CLOSED`, `code 1002 STORE_CLOSED`, `locales.targets.1` or `the file`. */
export function subject(data: unknown, path: readonly PathSegment[]): string {
  const { owner, rest } = ownerOf(data, path);
  const field = rest.map((s) => (typeof s === 'string' ? escapeNonAscii(s) : s)).join('.');
  if (owner !== undefined) return field ? `${field} of ${owner}` : owner;
  return field || 'the file';
}
