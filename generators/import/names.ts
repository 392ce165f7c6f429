// Names and ids a table does not give, made from its texts: short, readable, valid for
// the schema, unique. They are inventions, and the import lists them for review.

// Words that carry no meaning in an id; `no` and `not` stay, they reverse it.
const STOP_WORDS = new Set(
  'a an the of to for is are was were be been has have had will would can could should in on at with by and or this that these those from as it its into when which there'.split(' '),
);

/** The ASCII words of a text, parenthesized asides dropped, lowercased, stop words out. */
export function wordsOf(text: string): string[] {
  const plain = text.replace(/\([^()]*\)/g, ' ').normalize('NFKD').replace(/\p{M}/gu, '');
  const all = (plain.match(/[A-Za-z0-9]+/g) ?? []).map((w) => w.toLowerCase());
  const meaningful = all.filter((w) => !STOP_WORDS.has(w));
  return meaningful.length > 0 ? meaningful : all;
}

/** A slug (`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`) of the first `maxWords` words, or '' when the text has none. */
export function slugOf(text: string, maxWords: number): string {
  const words = wordsOf(text).slice(0, maxWords);
  if (words.length === 0) return '';
  const slug = words.join('-');
  return /^[a-z]/.test(slug) ? slug : `n${slug}`;
}

/** SCREAMING_SNAKE_CASE of the first `maxWords` words, or '' when the text has none. */
export function screamingNameOf(text: string, maxWords: number): string {
  const name = wordsOf(text).slice(0, maxWords).join('_').toUpperCase();
  return name === '' ? '' : /^[A-Z]/.test(name) ? name : `E_${name}`;
}

/** `base`, or `base<sep>2`, `base<sep>3`… : the first not yet in `taken` (compared case-insensitively). */
export function unique(base: string, taken: Set<string>, sep: '-' | '_'): string {
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base}${sep}${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** An id for each distinct text (a scene title, an advice), in first-appearance order. */
export class SlugIds {
  /** Text -> id, in the order the texts came. */
  readonly byText = new Map<string, string>();
  private readonly taken = new Set<string>();

  constructor(
    private readonly maxWords: number,
    private readonly fallback: string,
    private readonly onNew: (text: string, id: string) => void = () => {},
  ) {}

  idOf(text: string): string {
    let id = this.byText.get(text);
    if (id === undefined) {
      id = unique(slugOf(text, this.maxWords) || this.fallback, this.taken, '-');
      this.byText.set(text, id);
      this.onNew(text, id);
    }
    return id;
  }
}
