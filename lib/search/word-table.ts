import { entriesOf, withEntry, type Posting } from './posting';

/**
 * Every entry's words as numbers into one dictionary of distinct words, in a single flat list.
 *
 * Why not an array of strings per entry: at 10,000 entries those 20,000 long-lived arrays made
 * the garbage collector the largest cost of building the index on first use. Numbers in one
 * list cost nothing to keep, and comparing them is as cheap as comparing interned strings.
 */
export class WordTable {
  /** Each distinct word once, message words and identifier words alike: the vocabulary. */
  readonly words: string[] = [];
  private ids = new Map<string, number>();
  /** How many entries' messages hold each word (by word number). */
  private inMessages: number[] = [];
  private lastEntry: number[] = [];
  /** By word number: the entries whose identifiers hold it. */
  private inCodes: Posting[] = [];
  private flat: number[] = [];
  /** Entry n's message words are flat[start[n] .. codeStart[n]), its identifier words run to start[n + 1]. */
  private start: number[] = [0];
  private codeStart: number[] = [];

  get size(): number {
    return this.codeStart.length;
  }

  /** The word's number, or -1 for a word no entry has. */
  id(word: string): number {
    return this.ids.get(word) ?? -1;
  }

  has(word: string): boolean {
    return this.ids.has(word);
  }

  private intern(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      this.ids.set(word, (id = this.words.length));
      this.words.push(word);
      this.inMessages.push(0);
      this.lastEntry.push(-1);
      this.inCodes.push(undefined);
    }
    return id;
  }

  /** Files the next entry (numbered in the order added); returns its number. */
  add(message: readonly string[], codes: readonly string[]): number {
    const entry = this.size;
    for (const w of message) {
      const id = this.intern(w);
      this.flat.push(id);
      if (this.lastEntry[id] !== entry) {
        this.lastEntry[id] = entry;
        this.inMessages[id] = (this.inMessages[id] as number) + 1;
      }
    }
    this.codeStart.push(this.flat.length);
    for (const w of codes) {
      const id = this.intern(w);
      this.flat.push(id);
      this.inCodes[id] = withEntry(this.inCodes[id], entry);
    }
    this.start.push(this.flat.length);
    return entry;
  }

  /** Entries whose identifiers (code, aliases, statuses) include the word. */
  codeEntries(word: string): readonly number[] {
    const id = this.id(word);
    return entriesOf(id < 0 ? undefined : this.inCodes[id]);
  }

  /** Entries holding the word, in their message or their identifiers. */
  frequency(word: string): number {
    const id = this.id(word);
    if (id < 0) return 0;
    return (this.inMessages[id] as number) + entriesOf(this.inCodes[id]).length;
  }

  inAnyMessage(word: string): boolean {
    const id = this.id(word);
    return id >= 0 && (this.inMessages[id] as number) > 0;
  }

  /** The number of words in the entry's message. */
  messageSize(entry: number): number {
    return (this.codeStart[entry] as number) - (this.start[entry] as number);
  }

  /** True when any word of the entry (message or identifiers) passes the test. */
  some(entry: number, test: (id: number) => boolean): boolean {
    const end = this.start[entry + 1] as number;
    for (let i = this.start[entry] as number; i < end; i += 1)
      if (test(this.flat[i] as number)) return true;
    return false;
  }

  /** Position of the first message word passing the test, or -1. */
  messageIndexOf(entry: number, test: (id: number) => boolean): number {
    const from = this.start[entry] as number;
    const to = this.codeStart[entry] as number;
    for (let i = from; i < to; i += 1) if (test(this.flat[i] as number)) return i - from;
    return -1;
  }

  /** Whether the message word at a position passes the test (false past the end). */
  messageWordFits(entry: number, position: number, test: (id: number) => boolean): boolean {
    const i = (this.start[entry] as number) + position;
    return i < (this.codeStart[entry] as number) && test(this.flat[i] as number);
  }

  /**
   * The entry's message words are `wordAt(i)` for i from `messageStart` to `messageEnd`: the
   * relevance stage reads thousands of messages per query, so no callback or copy per entry.
   */
  messageStart(entry: number): number {
    return this.start[entry] as number;
  }

  messageEnd(entry: number): number {
    return this.codeStart[entry] as number;
  }

  wordAt(i: number): number {
    return this.flat[i] as number;
  }

  /** How many entries' messages hold the word (by word number). */
  messageFrequency(id: number): number {
    return this.inMessages[id] ?? 0;
  }

  /** True when the word numbers occur as consecutive words of the entry's message. */
  messageHasRun(entry: number, run: readonly number[]): boolean {
    const from = this.start[entry] as number;
    const to = (this.codeStart[entry] as number) - run.length;
    outer: for (let i = from; i <= to; i += 1) {
      for (let k = 0; k < run.length; k += 1) if (this.flat[i + k] !== run[k]) continue outer;
      return true;
    }
    return false;
  }
}
