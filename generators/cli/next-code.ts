// `errspec next-code <range>`: the next value never used in an integer range, counted
// away from zero and never filling gaps; for a prefix range, a reminder that the value
// is chosen by hand, with the values taken. Exit 0, 1 invalid spec or full range, 2 usage.
import { nextCodeWith } from '../api/next-code.js';
import { ToolError } from '../diagnostics/tool-error.js';
import { extentText } from '../model/ranges.js';
import type { NextCode, TakenCode } from '../model/next-code.js';
import { specOptions } from './args.js';
import { defineCommand } from './command.js';
import type { Output } from './output.js';
import { printDiagnostics } from './report.js';
import { resolveSettings } from './settings.js';
import { USAGE } from './usage.js';

export const nextCodeCommand = defineCommand({
  name: 'next-code',
  options: { ...specOptions, format: { type: 'string' } },
  usage: USAGE['next-code']!,
  takesArguments: true,
  run: (flags, io, args) => {
    const format = flags.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new ToolError('usage', `--format must be text or json, not ${JSON.stringify(format)}`);
    if (args.length !== 1) throw new ToolError('usage', `next-code takes one range id${args.length > 1 ? `, not ${args.length} arguments` : ''}\n\n${USAGE['next-code']}`);
    const { spec, diagnostics, next } = nextCodeWith(resolveSettings(flags), args[0] as string);
    if (next === undefined) {
      printDiagnostics(io, diagnostics);
      return 1;
    }
    const full = next.kind === 'interval' && next.next === undefined;
    if (format === 'json') io.out(JSON.stringify({ spec, ...nextCodeJson(next) }, null, 2));
    else if (full) io.err(`errspec: ${fullMessage(next)}`);
    else for (const line of nextCodeText(next)) io.out(line);
    return full ? 1 : 0;
  },
});

const codeText = (c: TakenCode): string => `${typeof c.code === 'string' ? `'${c.code}'` : c.code} ${c.name}${c.retired ? ' (retired)' : ''}`;

const heading = (n: NextCode): string => `range ${n.range.id} (${extentText(n.range)}, owner ${n.range.owner})`;

function fullMessage(n: NextCode & { kind: 'interval' }): string {
  const gaps = n.gaps === 0 ? '' : ` ${n.gaps} value${n.gaps === 1 ? '' : 's'} in gaps stay unused, as gaps are never filled (they may be reserved by hand).`;
  return `${heading(n)} is full: its last value away from zero, ${n.last ? codeText(n.last) : '?'}, is used.${gaps} Declare a new range for new codes.`;
}

export function nextCodeText(n: NextCode): string[] {
  if (n.kind === 'prefix') {
    return [
      `${heading(n)}: a prefix range has no next value; choose the new code by hand: a value starting with '${n.range.prefix}' that is not taken below (retired values stay taken forever).`,
      n.taken.length === 0 ? 'No value of the range is taken yet.' : `Taken (${n.taken.length}):`,
      ...n.taken.map((c) => `  ${codeText(c)}`),
    ];
  }
  const how =
    n.last === undefined
      ? `No value of the range is used yet, so it is the bound nearest zero.`
      : `It is the value after ${codeText(n.last)}, the used value furthest from zero, counting away from zero.`;
  return [
    String(n.next),
    `Next code of ${heading(n)}: ${n.next}, ${n.remaining - 1} more left after it.`,
    how,
    'Gaps are never filled: a gap may be reserved by hand, and a value once used, retired ones included, is never reused.',
  ];
}

export function nextCodeJson(n: NextCode): Record<string, unknown> {
  const range = { id: n.range.id, owner: n.range.owner, ...(n.range.kind === 'interval' ? { from: n.range.from, to: n.range.to } : { prefix: n.range.prefix }) };
  if (n.kind === 'prefix') return { range, kind: 'prefix', next: null, chosenByHand: true, taken: n.taken };
  return {
    range,
    kind: 'interval',
    direction: n.direction === 1 ? 'up' : 'down',
    next: n.next ?? null,
    full: n.next === undefined,
    last: n.last ?? null,
    remaining: n.remaining,
    gaps: n.gaps,
    taken: n.taken,
  };
}
