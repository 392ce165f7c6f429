// The short hash a translation records of the source text it translates: enough to
// tell two versions of one text apart, short enough to read in a lock file diff.
import { createHash } from 'node:crypto';

export const shortHash = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8);
