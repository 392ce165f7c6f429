// Help texts, one per command.
export const USAGE: Record<string, string> = {
  main: `errspec: one YAML file as the single source of truth for an API's error codes.

Usage: errspec <command> [options]

Commands:
  generate   validate the spec and write every output (TypeScript, OpenAPI, markdown, i18n)
  validate   only validate the spec
  diff       compare two versions of the spec and classify the changes
  translations  export texts to XLIFF for translators, import them back, show stale ones
  init       start: a config, a starter spec, CI workflows and npm scripts
  import     turn a docs table (HTML, markdown, CSV) into a spec
  next-code  the next free code of a range (ranges: in the spec)

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
  --format FORMAT    text (default) or github (workflow commands annotating the files)
  --templates DIR    use DIR/markdown/{page.md.hbs,labels.json} for the markdown pages
  --max-bytes N      refuse specs larger than N bytes (default 33554432)
  --timings          print the time of each stage
  --watch            generate again after each change to the spec, the config or the
                     templates; an invalid spec is reported and the watch goes on;
                     Ctrl-C stops it (exit 0)
  --debug            print stack traces of internal errors`,
  validate: `Usage: errspec validate [options]

Checks the spec against its JSON Schema and every semantic rule; prints every problem
as file:line:column  severity  message  (rule).

Options:
  --spec FILE        the spec (default: spec/errors.yaml, or the config's)
  --config FILE      config file (default: errspec.config.yaml if it exists)
  --format FORMAT    text (default), json or github (workflow commands annotating the spec)
  --max-warnings N   exit 1 when there are more than N warnings (0: fail on any)
  --max-bytes N      refuse specs larger than N bytes
  --debug            print stack traces of internal errors`,
  diff: `Usage: errspec diff --base <git-ref | file> [--head <git-ref | file>] [options]

Compares two versions of the spec and classifies every change as breaking, dangerous
or safe (rules: docs/diff-rules.md), and lists translations that may be stale. A value
that is an existing file is read as a file; otherwise it is a git ref, read with
git show REF:<spec path from the repository root>. The head defaults to the working
tree file. Both sides are validated like generate; an invalid side is not compared.
A base commit without the spec (the pull request that adds it) is an empty catalog.

Options:
  --base REF|FILE    the old version, e.g. origin/main, HEAD~1 or a file (required)
  --head REF|FILE    the new version (default: the spec in the working tree)
  --spec FILE        the spec (default: spec/errors.yaml, or the config's)
  --config FILE      config file (default: errspec.config.yaml if it exists)
  --out DIR          the output folder the markdown links point into (default: generated)
  --format FORMAT    text (default), markdown (a PR comment), json or github
                     (workflow commands: breaking error, dangerous warning, safe notice)
  --link-base URL    markdown: link docs under URL, e.g. https://github.com/O/R/blob/SHA/
  --allow-breaking   exit 0 even when a change is breaking
  --max-bytes N      refuse specs larger than N bytes
  --debug            print stack traces of internal errors

Exit codes: 0 nothing breaking, 1 breaking changes, 2 invalid spec, bad ref or usage.`,
  translations: `Usage: errspec translations <export | import | status | lock> [options]

  export --locale L [--out FILE] [--untranslated]
      XLIFF 1.2 for translation tools: one unit per text (id: its i18n key), the
      source, the target with its state (translated, needs-review-translation when
      stale, none when missing), a note with the code, name, scene, cause and each
      placeholder's meaning; placeholders as <ph> tags. --untranslated: only stale
      and missing texts. Without --out, to standard output.
  import FILE
      Writes the XLIFF file's targets into the spec, keeping its comments and
      layout, and records them in the lock file. Refuses the whole file (writes
      nothing) if a unit's id is unknown or its placeholders differ from the source.
      A target left as it was, in state translated, confirms a stale translation.
  status [--format text|json]
      Per target locale: how many texts are translated, stale and missing.
  lock
      Records in the lock file beside the spec (errors.yaml ->
      errors.translations.lock.json) which source text each translation translates;
      stale translations stay stale. validate then warns about each stale one.

Options:
  --locale L         export: the target locale to export
  --untranslated     export: only the stale and missing texts
  --out FILE         export: write there instead of standard output
  --format FMT       status: text (default) or json
  --spec FILE        the spec (default: spec/errors.yaml, or the config's)
  --config FILE      config file (default: errspec.config.yaml if it exists)
  --debug            print stack traces of internal errors

Exit codes: 0 ok, 1 invalid spec, lock or XLIFF file (nothing written), 2 usage or I/O error.`,
  init: `Usage: errspec init [options]

Writes what a repository needs to start: errspec.config.yaml, a starter spec (one code
with one cause, its opening comment explaining the format), the CI workflows
.github/workflows/spec.yml and spec-comment.yml (generate --check and diff on every
pull request, the result as one PR comment, safe for PRs from forks), and the npm
scripts generate and validate. Refuses (exit 2, writing nothing) when any of these
files or scripts exists. Then: npm run generate.

Options:
  --codes TYPE       integer (default) or string code values
  --locales LIST     the source locale first, e.g. en,de (default: en); the texts of
                     the others fall back to the source until translated
  --spec FILE        where the spec goes (default: spec/errors.yaml)
  --out DIR          the output folder the config names (default: generated)
  --config FILE      where the config goes (default: errspec.config.yaml)
  --debug            print stack traces of internal errors`,
  import: `Usage: errspec import <table> [options]

Turns a docs table into a spec: HTML (the first <table>; rowspan and colspan merged
cells expanded), GFM markdown or CSV/TSV, by extension. Columns are found by their
headers (error code, explanation, scene, classification or advice, HTTP status, name)
or named with --columns. Rows with the same code become one entry with a cause per
row; identical advice texts one classification; rows without a code go to uncoded.
What the table does not give (names, ids, summaries, retry stances, other locales'
texts) is made up, marked with a note and listed on stderr for review. The spec goes
to stdout, or to --out FILE (never over an existing file).

Options:
  --out FILE         write the spec there instead of stdout
  --columns MAP      field="Header",… for fields code, explanation, scene, advice,
                     http, name, e.g. --columns code="Fehlercode",scene="Szene"
  --retry TEXT=WHAT  advice texts containing TEXT get retry WHAT (never, may or
                     not-an-error); repeatable. Without it, a classification gets
                     retry: never, marked for review
  --fill-down LIST   fields whose empty cells repeat the cell above (merged cells a
                     CSV or markdown export flattened), e.g. advice,http
  --codes TYPE       integer or string (default: integer when every code is a whole
                     number without leading zeros)
  --locales LIST     the source locale (the table's language) first, e.g. en,de
  --debug            print stack traces of internal errors

Exit codes: 0 written, 1 the table has errors (file:line:column), 2 usage or I/O.`,
  'next-code': `Usage: errspec next-code <range> [options]

Prints the next code of a range the spec declares under ranges:, for whoever adds
a code there. An integer range counts away from zero: the next value is the one
after the used value furthest from zero (retired values count as used), or the
range's bound nearest zero when none is used; -3000199..-3000100 with -3000101 to
-3000111 used gives -3000112, 1000..1999 with 1000 to 1004 used gives 1005. It
never fills gaps: a gap may be a value reserved by hand, and a value once used is
never reused. A range that spans zero counts upward from 0. A prefix range (string codes)
has no next value: the name is chosen by hand, and the values taken are listed,
retired ones marked.

Options:
  --spec FILE        the spec (default: spec/errors.yaml, or the config's)
  --config FILE      config file (default: errspec.config.yaml if it exists)
  --format FORMAT    text (default; the value alone on the first line) or json
  --max-bytes N      refuse specs larger than N bytes
  --debug            print stack traces of internal errors

Exit codes: 0 ok, 1 invalid spec or a full range (every value up to its far bound
used), 2 usage error (no such range: the ids it has, and a near miss named).`,
};
