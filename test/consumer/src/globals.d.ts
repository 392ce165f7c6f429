// The one global this code uses. A real project gets it from lib.dom or @types/node;
// declaring it keeps the strict check (skipLibCheck off) fast.
declare const console: { log(...data: unknown[]): void };
