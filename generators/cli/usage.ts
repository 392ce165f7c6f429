// Help texts, one per command.
export const USAGE: Record<string, string> = {
  main: `errspec: one YAML file as the single source of truth for an API's error codes.

Usage: errspec <command> [options]

Commands:
  generate   validate the spec and write every output (TypeScript, OpenAPI, markdown, i18n)
  validate   only validate the spec
  diff       compare two versions of the spec and classify the changes

Options:
  -h, --help     show help (also: errspec <command> --help)
  -v, --version  print the version

Each command takes its own options (errspec <command> --help); --debug, --help and
--version go with any.

Config: errspec.config.yaml in the working directory (or --config FILE) names the spec,
the output folder, the outputs and their options, and the package the output folder
becomes; flags override it. Its JSON Schema is spec/config.schema.json in this package.

Exit codes: 0 ok, 1 invalid spec or config, stale output or breaking change, 2 usage or I/O error.`,
  generate: `Usage: errspec generate [options]

Validates the spec, builds every output in memory, then writes them into the output
folder: only changed files are rewritten, files a previous run wrote and no generator
produces any more are deleted, and nothing is written if anything fails.

Options:
  --spec FILE        the spec (default: spec/errors.yaml, or the config's)
  --out DIR          the output folder (default: generated, or the config's)
  --config FILE      config file (default: errspec.config.yaml if it exists)
  --check            write nothing; exit 1 and name each stale, missing or orphaned file
  --templates DIR    use DIR/markdown/{page.md.hbs,labels.json} for the markdown pages
  --max-bytes N      refuse specs larger than N bytes (default 33554432)
  --timings          print the time of each stage
  --debug            print stack traces of internal errors`,
  validate: `Usage: errspec validate [options]

Checks the spec against its JSON Schema and every semantic rule; prints every problem
as file:line:column  severity  message  (rule).

Options:
  --spec FILE        the spec (default: spec/errors.yaml, or the config's)
  --config FILE      config file (default: errspec.config.yaml if it exists)
  --format FORMAT    text (default) or json
  --max-bytes N      refuse specs larger than N bytes
  --debug            print stack traces of internal errors`,
  diff: `Usage: errspec diff --base <git-ref | file> [--head <git-ref | file>] [options]

Compares two versions of the spec and classifies every change as breaking, dangerous
or safe (rules: docs/diff-rules.md), and lists translations that may be stale. A value
that is an existing file is read as a file; otherwise it is a git ref, read with
git show REF:<spec path from the repository root>. The head defaults to the working
tree file. Both sides are validated like generate; an invalid side is not compared.

Options:
  --base REF|FILE    the old version, e.g. origin/main, HEAD~1 or a file (required)
  --head REF|FILE    the new version (default: the spec in the working tree)
  --spec FILE        the spec (default: spec/errors.yaml, or the config's)
  --config FILE      config file (default: errspec.config.yaml if it exists)
  --out DIR          the output folder the markdown links point into (default: generated)
  --format FORMAT    text (default), markdown (a PR comment) or json
  --allow-breaking   exit 0 even when a change is breaking
  --max-bytes N      refuse specs larger than N bytes
  --debug            print stack traces of internal errors

Exit codes: 0 nothing breaking, 1 breaking changes, 2 invalid spec, bad ref or usage.`,
};
