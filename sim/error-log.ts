/**
 * The errors a pipeline would raise if it ran all the time: bursts of typed errors drawn per hour
 * from the seed, generated lazily and indexed with prefix counts, so "how many errors (of each
 * type) up to t" is a binary search. Which of them really happened depends on when the pipeline
 * was running; the caller filters with its timeline.
 */
import { ERROR_TYPES, type ErrorType, type PipelineDef } from './fleet.js';
import { pickWeighted, sequence, uuid } from './random.js';

/** One error occurrence. `table` is `schema.table` when it concerns one table. */
export interface ErrorRecord {
  id: string;
  at: number;
  type: ErrorType;
  message: string;
  table?: string;
  /** How many retries it caused (the `philotes_cdc_retries_total` counter). */
  retries: number;
}

/** Counts of records up to an instant. */
export interface ErrorCounts {
  total: number;
  /** In ERROR_TYPES order. */
  byType: number[];
  retries: number;
}

const HOUR = 3_600_000;
const COLUMNS = ['discount_code', 'loyalty_tier', 'metadata', 'updated_by', 'region'];

type Template = (c: { db: string; table: string; attempt: number; draw: () => number }) => string;

const TEMPLATES: Record<ErrorType, Template[]> = {
  replication: [
    (c) =>
      `replication slot "philotes_${c.db}" is active for PID ${40_000 + Math.floor(c.draw() * 20_000)}: could not start streaming`,
    () => 'logical decoding stalled: no keepalive from walsender for 30s',
    () => "unexpected message type 'K' in logical replication stream at LSN 2A/C41F3B8",
    () => 'terminating walreceiver due to timeout',
  ],
  schema: [
    (c) =>
      `column "${COLUMNS[Math.floor(c.draw() * COLUMNS.length)]}" of relation "${c.table}" does not exist ` +
      'in the Iceberg schema; event sent to the dead-letter queue',
    (c) => `cannot convert ${c.table}.amount from numeric(12,2) to integer without loss; event sent to the dead-letter queue`,
    // Markup in server text: widgets must show it as text, never render it.
    (c) => `invalid input syntax for type json in ${c.table}.payload: "<b>unterminated"; event sent to the dead-letter queue`,
  ],
  connection: [
    (c) => `dial tcp 10.0.3.17:5432: connect: connection refused (attempt ${c.attempt}/5)`,
    (c) => `pq: SSL connection has been closed unexpectedly (attempt ${c.attempt}/5)`,
    (c) => `context deadline exceeded while connecting to postgres://philotes@db-${c.db}:5432/${c.db} (attempt ${c.attempt}/5)`,
    () => 'FATAL: remaining connection slots are reserved for non-replication superuser connections (SQLSTATE 53300)',
  ],
  write: [
    (c) => `iceberg commit to lake.${c.table} failed: CommitFailedException: branch main was updated concurrently (attempt ${c.attempt}/5)`,
    (c) => `s3: PutObject lake/${c.table.replace('.', '/')}/data/part-00000.parquet: SlowDown: Please reduce your request rate`,
    (c) => `writing parquet for ${c.table}: context deadline exceeded after 30s (attempt ${c.attempt}/5)`,
  ],
};

const RETRIES: Record<ErrorType, number> = { replication: 2, schema: 0, connection: 3, write: 2 };
/** Types that concern one table. */
const PER_TABLE: ReadonlySet<ErrorType> = new Set(['schema', 'write']);

/** Number of bursts in an hour, drawn from a Poisson law with mean `lambda`. */
function poisson(lambda: number, u: number): number {
  let k = 0;
  let p = Math.exp(-lambda);
  let cumulative = p;
  while (u > cumulative && k < 20) {
    k++;
    p *= lambda / k;
    cumulative += p;
  }
  return k;
}

/** The lazily generated, indexed error stream of one pipeline. */
export class ErrorLog {
  readonly #records: ErrorRecord[] = [];
  /** byType[i][k]: records of ERROR_TYPES[i] among the first k. */
  readonly #byType: number[][] = ERROR_TYPES.map(() => [0]);
  readonly #retries: number[] = [0];
  readonly #seed: number;
  readonly #def: PipelineDef;
  #nextWindow: number;

  constructor(seed: number, def: PipelineDef) {
    this.#seed = seed;
    this.#def = def;
    this.#nextWindow = Math.floor(def.createdAt / HOUR);
  }

  /** Records with `after < at ≤ until`, oldest first. */
  between(after: number, until: number): ErrorRecord[] {
    return this.#records.slice(this.#indexAfter(after), this.#indexAfter(until));
  }

  /** How many records (in total, by type, and retries caused) have `at ≤ t`. */
  countsUntil(t: number): ErrorCounts {
    const k = this.#indexAfter(t);
    return { total: k, byType: this.#byType.map((prefix) => prefix[k] ?? 0), retries: this.#retries[k] ?? 0 };
  }

  /** Number of records with `at ≤ t`. */
  #indexAfter(t: number): number {
    this.#generateUntil(t);
    let lo = 0;
    let hi = this.#records.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.#records[mid]?.at ?? Infinity) <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  #generateUntil(t: number): void {
    const last = Math.floor(t / HOUR);
    for (; this.#nextWindow <= last; this.#nextWindow++) {
      for (const record of this.#window(this.#nextWindow)) {
        this.#records.push(record);
        ERROR_TYPES.forEach((type, i) => {
          const prefix = this.#byType[i] ?? [];
          prefix.push((prefix[prefix.length - 1] ?? 0) + (record.type === type ? 1 : 0));
        });
        this.#retries.push((this.#retries[this.#retries.length - 1] ?? 0) + record.retries);
      }
    }
  }

  /** The errors of hour `w`: a few bursts, each in its own slice of the hour so they never interleave. */
  #window(w: number): ErrorRecord[] {
    const seed = this.#seed;
    const def = this.#def;
    const draw = sequence(seed, def.index, w, 0xe770);
    const bursts = poisson(def.errorBurstsPerHour, draw());
    const enabled = def.tables.filter((t) => t.enabled);
    const records: ErrorRecord[] = [];
    for (let b = 0; b < bursts; b++) {
      const slot = HOUR / bursts;
      let at = w * HOUR + Math.floor(b * slot + draw() * 0.6 * slot);
      const type = pickWeighted(ERROR_TYPES, def.errorTypeWeights, draw());
      const mapping = enabled[Math.floor(draw() * enabled.length)];
      const table = mapping === undefined ? def.database : `${mapping.schema}.${mapping.table}`;
      const templates = TEMPLATES[type];
      const template = templates[Math.floor(draw() * templates.length)] ?? templates[0];
      const count = 1 + Math.floor(draw() ** 2 * 10);
      for (let n = 0; n < count && template !== undefined; n++) {
        records.push({
          id: uuid(seed, def.index, w, b, n, 0xe770),
          at,
          type,
          message: template({ db: def.database, table, attempt: (n % 5) + 1, draw }),
          ...(PER_TABLE.has(type) && mapping !== undefined ? { table } : {}),
          retries: type === 'schema' ? 0 : 1 + Math.floor(draw() * RETRIES[type]),
        });
        at += 400 + Math.floor(draw() * 5000);
      }
    }
    return records;
  }
}
