// A failure that ends a command with a clean message and no stack trace: a usage or
// I/O problem (exit 2) or a whole-file problem of the spec (exit 1).
export class ToolError extends Error {
  constructor(
    readonly rule: string,
    message: string,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
    this.name = 'ToolError';
  }
}
