/**
 * The words of synthesized documents: running prose from the public-domain corpus shipped in
 * `assets/corpus.txt` (sources listed in its header), and generated form text (titles, key-value fields,
 * table cells with quantities, prices, dates and codes). Everything is drawn from a SeededRandom.
 */
import { readFileSync } from 'node:fs';
import type { SeededRandom } from './seededRandom.js';

export interface Corpus {
  /** Paragraphs, each split into words (punctuation stays attached). */
  readonly paragraphs: readonly (readonly string[])[];
  /** Distinct alphabetic words of 3+ letters, in first-seen order. */
  readonly words: readonly string[];
}

const DEFAULT_CORPUS_URL = new URL('../assets/corpus.txt', import.meta.url);
let defaultCorpus: Corpus | undefined;

/** Parses corpus text: one paragraph per line; lines starting with `#` are comments. */
export function parseCorpus(text: string): Corpus {
  const paragraphs = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split(/\s+/));
  const seen = new Set<string>();
  for (const paragraph of paragraphs) {
    for (const raw of paragraph) {
      const word = raw.replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, '');
      if (/^[A-Za-z]{3,}$/.test(word)) seen.add(word);
    }
  }
  if (paragraphs.length === 0) throw new RangeError('the corpus has no paragraphs');
  return { paragraphs, words: [...seen] };
}

/** The corpus shipped with the package (read once). */
export function loadDefaultCorpus(): Corpus {
  defaultCorpus ??= parseCorpus(readFileSync(DEFAULT_CORPUS_URL, 'utf8'));
  return defaultCorpus;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const TITLE_FORMS = ['Invoice', 'Report', 'Statement', 'Notice', 'Minutes', 'Ledger', 'Memorandum', 'Order'];
const FIELD_NAMES = ['Date', 'Ref', 'Account', 'Invoice No', 'Order', 'Page', 'Customer', 'Due'];
export const TABLE_HEADERS: readonly (readonly string[])[] = [
  ['Item', 'Qty', 'Price', 'Total'],
  ['Code', 'Description', 'Units', 'Cost'],
  ['Name', 'Date', 'Amount'],
  ['Ref', 'Item', 'Qty'],
];

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Generators of the text pieces a layout asks for. */
export class DocumentText {
  readonly #rng: SeededRandom;
  readonly #corpus: Corpus;

  constructor(rng: SeededRandom, corpus: Corpus) {
    this.#rng = rng;
    this.#corpus = corpus;
  }

  /** An endless run of consecutive corpus words from a random sentence start (wraps to the next paragraph). */
  *prose(): Generator<string, never> {
    const paragraphs = this.#corpus.paragraphs;
    let p = this.#rng.int(0, paragraphs.length - 1);
    const words = paragraphs[p] ?? [];
    const starts = words.flatMap((_, i) => (i === 0 || /[.?!]"?$/.test(words[i - 1] ?? '') ? [i] : []));
    let w = this.#rng.pick(starts);
    for (;;) {
      const paragraph = paragraphs[p] ?? [];
      if (w >= paragraph.length) {
        p = (p + 1) % paragraphs.length;
        w = 0;
        continue;
      }
      yield paragraph[w] as string;
      w++;
    }
  }

  word(): string {
    return this.#rng.pick(this.#corpus.words);
  }

  title(): string {
    const rng = this.#rng;
    switch (rng.int(0, 2)) {
      case 0:
        return `${rng.pick(TITLE_FORMS)} No. ${rng.int(100, 99999)}`;
      case 1:
        return `${capitalize(this.word())} ${rng.pick(TITLE_FORMS)} ${rng.int(1800, 1899)}`;
      default:
        return Array.from({ length: rng.int(2, 4) }, () => capitalize(this.word())).join(' ');
    }
  }

  date(): string {
    const rng = this.#rng;
    const day = rng.int(1, 28);
    const year = rng.int(1800, 1899);
    if (rng.chance(0.5)) return `${day} ${rng.pick(MONTHS)} ${year}`;
    return `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }

  amount(): string {
    return `${this.#rng.int(1, 9999)}.${String(this.#rng.int(0, 99)).padStart(2, '0')}`;
  }

  code(): string {
    const rng = this.#rng;
    const letters = String.fromCharCode(65 + rng.int(0, 25), 65 + rng.int(0, 25));
    return `${letters}-${rng.int(100, 9999)}`;
  }

  /** A `Name: value` line of a form header. */
  field(): string {
    const name = this.#rng.pick(FIELD_NAMES);
    const value =
      name === 'Date' || name === 'Due'
        ? this.date()
        : name === 'Customer'
          ? `${capitalize(this.word())} ${capitalize(this.word())}`
          : this.code();
    return `${name}: ${value}`;
  }

  /** The text of one table cell under `header`. */
  cell(header: string): string {
    switch (header) {
      case 'Qty':
      case 'Units':
        return String(this.#rng.int(1, 500));
      case 'Price':
      case 'Total':
      case 'Cost':
      case 'Amount':
        return this.amount();
      case 'Date':
        return this.date();
      case 'Code':
      case 'Ref':
        return this.code();
      case 'Description':
        return `${capitalize(this.word())} ${this.word()}`;
      default:
        return capitalize(this.word());
    }
  }
}
