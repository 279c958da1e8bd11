/**
 * The gateway's answer cache: identical requests in flight share one load, and a finished load
 * is reused while younger than the freshness window (tied to the scrape interval: Prometheus
 * cannot know anything newer before its next scrape). Bounded in entries and bytes, least
 * recently used first out, so memory stays flat whatever the clients ask.
 */

/** A value and the instant (epoch ms) its data was read at: the answer's age counts from there. */
export interface Aged<T> {
  value: T;
  at: number;
}

/** Bounds and clock of an {@link AnswerCache}. */
export interface CacheOptions<T> {
  /** Entries kept at most. */
  maxEntries: number;
  /** Sum of `sizeOf` over the entries kept, at most. */
  maxBytes: number;
  /** The size of a value in bytes (an estimate is enough). */
  sizeOf: (value: T) => number;
  /** Epoch ms; default Date.now. */
  now?: () => number;
}

interface Entry<T> extends Aged<T> {
  bytes: number;
}

/** Shares and reuses loads by key. */
export class AnswerCache<T> {
  readonly #entries = new Map<string, Entry<T>>();
  readonly #inFlight = new Map<string, Promise<Aged<T>>>();
  readonly #options: CacheOptions<T>;
  #bytes = 0;

  constructor(options: CacheOptions<T>) {
    this.#options = options;
  }

  /** Entries kept. */
  get size(): number {
    return this.#entries.size;
  }

  /** Bytes kept. */
  get bytes(): number {
    return this.#bytes;
  }

  /**
   * The value for `key`: a kept one younger than `freshMs`, else the load already in flight, else
   * a new `load()`, kept afterwards if `keep` says so (failures that say nothing about the data,
   * such as an overloaded gateway, are not).
   */
  read(key: string, freshMs: number, load: () => Promise<T>, keep: (value: T) => boolean = () => true): Promise<Aged<T>> {
    const now = this.#now();
    const entry = this.#entries.get(key);
    if (entry !== undefined && now - entry.at < freshMs) {
      // Least recently used goes first: a read moves the entry to the end.
      this.#entries.delete(key);
      this.#entries.set(key, entry);
      return Promise.resolve(entry);
    }
    const running = this.#inFlight.get(key);
    if (running !== undefined) return running;
    const loading = load()
      .then((value) => {
        if (keep(value)) this.#store(key, { value, at: now, bytes: this.#options.sizeOf(value) });
        return { value, at: now };
      })
      .finally(() => this.#inFlight.delete(key));
    this.#inFlight.set(key, loading);
    return loading;
  }

  #store(key: string, entry: Entry<T>): void {
    this.#drop(key);
    if (entry.bytes > this.#options.maxBytes) return;
    this.#entries.set(key, entry);
    this.#bytes += entry.bytes;
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.#options.maxEntries && this.#bytes <= this.#options.maxBytes) break;
      this.#drop(oldest);
    }
  }

  #drop(key: string): void {
    const entry = this.#entries.get(key);
    if (entry === undefined) return;
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
  }

  #now(): number {
    return (this.#options.now ?? Date.now)();
  }
}
