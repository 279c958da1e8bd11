/**
 * The simulated fleet: four named pipelines, and as many more as asked for, with their tables and
 * their past, drawn from a seed. Everything here is static description; behaviour over time lives
 * in signals.ts and error-log.ts.
 */
import { logBetween, sequence, uuid } from './random.js';
import { TRANSITION_MS, type Transition } from './timeline.js';

/** The change kinds counted per table (the `operation` label). */
export const OPERATIONS = ['insert', 'update', 'delete'] as const;
/** One change kind. */
export type Operation = (typeof OPERATIONS)[number];

/** The error types the simulator produces (the contract's `unknown` never comes from here). */
export const ERROR_TYPES = ['replication', 'schema', 'connection', 'write'] as const;
/** One simulated error type. */
export type ErrorType = (typeof ERROR_TYPES)[number];

/** A replicated source table and the constants of its behaviour. */
export interface TableDef {
  index: number;
  id: string;
  schema: string;
  table: string;
  enabled: boolean;
  createdAt: number;
  /** Share of the pipeline's events (0 when disabled; the enabled shares sum to 1). */
  weight: number;
  /** Shares of insert, update and delete, in OPERATIONS order. */
  operationShares: readonly [number, number, number];
  /** Lag in seconds when nothing is wrong. */
  baseLagSeconds: number;
  /** Chance per 15-minute window that the table falls behind. */
  lagEpisodeProbability: number;
  /** Seconds of running time between Iceberg commits. */
  commitEverySeconds: number;
  bytesPerEvent: number;
  /** Mean Iceberg commit duration, in seconds. */
  commitSecondsMean: number;
}

/** A pipeline and the constants of its behaviour. */
export interface PipelineDef {
  index: number;
  id: string;
  name: string;
  sourceId: string;
  tenantId: string;
  /** The source database; the Prometheus `source` label is `postgres-<database>`. */
  database: string;
  createdAt: number;
  config: Record<string, unknown>;
  /** Mean events per second while running. */
  baseRate: number;
  tables: TableDef[];
  /** The history at construction time, which `reset` restores. */
  initialTimeline: Transition[];
  /** Every start ends in `error` (the permanently broken pipeline). */
  failsOnStart: boolean;
  /** Why the failing pipeline fails; also the message of each failure in its error log. */
  errorMessage: string | undefined;
  /** Mean number of error bursts per hour of running time. */
  errorBurstsPerHour: number;
  /** Relative frequency of each error type, in ERROR_TYPES order. */
  errorTypeWeights: readonly [number, number, number, number];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

interface Blueprint {
  name: string;
  database: string;
  tableCount: readonly [number, number];
  tables: readonly string[];
  baseRate: number;
  insertShare: readonly [number, number];
  errorBurstsPerHour: number;
  errorTypeWeights: readonly [number, number, number, number];
  disabledTables: number;
  /** The status history, from creation to `t0` (the simulator's start). */
  story(created: number, t0: number): Transition[];
  errorMessage?: string;
}

function run(at: number): Transition[] {
  return [
    { at, status: 'starting' },
    { at: at + TRANSITION_MS, status: 'running' },
  ];
}

function halt(at: number): Transition[] {
  return [
    { at, status: 'stopping' },
    { at: at + TRANSITION_MS, status: 'stopped' },
  ];
}

/** `schema.table` names from a space-separated list of tables. */
function inSchema(schema: string, tables: string): string[] {
  return tables.split(/\s+/).map((table) => `${schema}.${table}`);
}

const WAREHOUSE_TABLES = [
  ...inSchema('inventory', 'stock_levels stock_movements reservations adjustments cycle_counts lots serial_numbers bins transfers transfer_lines'),
  ...inSchema('catalog', 'products product_variants prices price_lists categories brands attributes attribute_values bundles bundle_items media'),
  ...inSchema(
    'logistics',
    'warehouses zones carriers shipments shipment_lines pick_lists pick_list_lines pack_slips routes dock_appointments returns return_lines',
  ),
  ...inSchema('purchasing', 'suppliers purchase_orders purchase_order_lines receipts receipt_lines supplier_prices lead_times payment_terms'),
];

const BLUEPRINTS: readonly Blueprint[] = [
  {
    name: 'orders-cdc',
    database: 'shop',
    tableCount: [8, 14],
    tables: inSchema(
      'public',
      'orders order_items customers payments shipments carts cart_items refunds coupons addresses invoices returns gift_cards reviews',
    ),
    baseRate: 420,
    insertShare: [0.45, 0.75],
    errorBurstsPerHour: 0.9,
    errorTypeWeights: [1, 1, 3, 3],
    disabledTables: 0,
    // A maintenance stop three days ago leaves a visible gap in a week of history.
    story: (created, t0) => [
      ...run(created + 4 * MINUTE),
      ...halt(t0 - 3 * DAY - 4 * HOUR),
      ...run(t0 - 3 * DAY - 3 * HOUR - 20 * MINUTE),
    ],
  },
  {
    name: 'inventory-sync',
    database: 'warehouse',
    tableCount: [38, 41],
    tables: WAREHOUSE_TABLES,
    baseRate: 1250,
    insertShare: [0.3, 0.6],
    errorBurstsPerHour: 1.3,
    errorTypeWeights: [1, 2, 2, 3],
    disabledTables: 1,
    story: (created) => run(created + 10 * MINUTE),
  },
  {
    name: 'billing-events',
    database: 'billing',
    tableCount: [3, 5],
    tables: inSchema('billing', 'subscriptions charges invoices ledger_entries tax_rates'),
    baseRate: 85,
    insertShare: [0.6, 0.9],
    errorBurstsPerHour: 2.5,
    errorTypeWeights: [4, 1, 2, 1],
    disabledTables: 0,
    story: (created, t0) => [...run(created + 3 * MINUTE), { at: t0 - 2 * HOUR - 47 * MINUTE, status: 'error' }],
    errorMessage:
      'replication slot "philotes_billing" was invalidated: requested WAL segment 00000001000000A7000000C4 has already been removed',
  },
  {
    name: 'analytics-replica',
    database: 'events',
    tableCount: [6, 12],
    tables: inSchema(
      'analytics',
      'page_views sessions clicks signups experiments feature_flags search_queries conversions ad_impressions email_events push_events funnels',
    ),
    baseRate: 260,
    insertShare: [0.9, 0.99],
    errorBurstsPerHour: 0.6,
    errorTypeWeights: [1, 2, 1, 2],
    disabledTables: 0,
    story: (created, t0) => [...run(created + 2 * MINUTE), ...halt(t0 - DAY - 6 * HOUR)],
  },
];

/** Which of `pool` to keep: `count` of them, in pool order, chosen by `draw`. */
function choose(pool: readonly string[], count: number, draw: () => number): string[] {
  const ranked = pool.map((name, i) => ({ name, i, key: draw() }));
  const kept = new Set(ranked.sort((a, b) => a.key - b.key).slice(0, count).map((r) => r.i));
  return pool.filter((_, i) => kept.has(i));
}

function buildTables(seed: number, p: number, blueprint: Blueprint, createdAt: number): TableDef[] {
  const draw = sequence(seed, p, 0x7ab1e);
  const [min, max] = blueprint.tableCount;
  const names = choose(blueprint.tables, min + Math.floor(draw() * (max - min + 1)), draw);
  // The last (and so least busy) tables are the disabled ones.
  const disabled = new Set(names.map((_, i) => i).filter((i) => i >= names.length - blueprint.disabledTables));
  const raw = names.map((_, i) => (disabled.has(i) ? 0 : (1 / (i + 1)) ** 0.85 * (0.6 + 0.8 * draw())));
  const total = raw.reduce((a, b) => a + b, 0);
  const enabledCount = names.length - disabled.size;
  return names.map((qualified, i) => {
    const [schema = 'public', table = qualified] = qualified.split('.');
    const insert = blueprint.insertShare[0] + draw() * (blueprint.insertShare[1] - blueprint.insertShare[0]);
    const remove = (1 - insert) * (0.05 + 0.25 * draw());
    const troubled = draw() < 0.15;
    return {
      index: i,
      id: uuid(seed, p, i, 0x7ab1e),
      schema,
      table,
      enabled: !disabled.has(i),
      createdAt,
      weight: (raw[i] ?? 0) / total,
      operationShares: [insert, 1 - insert - remove, remove],
      baseLagSeconds: logBetween(0.05, 0.9, draw()),
      lagEpisodeProbability: Math.min(0.6, (1.6 / enabledCount) * (troubled ? 3 : 1)),
      commitEverySeconds: 10 + Math.floor(50 * draw()),
      bytesPerEvent: 180 + Math.floor(900 * draw()),
      commitSecondsMean: 0.2 + 1.2 * draw(),
    } satisfies TableDef;
  });
}

/** The size of the default fleet: the four blueprints. */
export const DEFAULT_FLEET_SIZE = BLUEPRINTS.length;
/** The largest fleet the simulator draws; beyond it a list answer would be tens of megabytes. */
export const MAX_FLEET_SIZE = 100_000;

const DOMAINS = ['orders', 'billing', 'inventory', 'events', 'users', 'payments', 'catalog', 'shipping', 'ledger', 'audit', 'search', 'crm'];
const KINDS = ['cdc', 'sync', 'replica', 'stream', 'mirror'];

/**
 * The blueprint of pipeline `p` beyond the four named ones: the behaviour of one of them, a name of
 * its own (`payments-sync-0042`, unique by its number), a few tables, and a past that leaves it
 * running (four in five) or stopped: a large fleet is mostly healthy, its one broken pipeline is
 * `billing-events`.
 */
function generated(seed: number, p: number): Blueprint {
  const like = BLUEPRINTS[p % BLUEPRINTS.length]!;
  const draw = sequence(seed, p, 0xf1ee7 + 1);
  const name = `${DOMAINS[Math.floor(draw() * DOMAINS.length)]}-${KINDS[Math.floor(draw() * KINDS.length)]}-${String(p).padStart(4, '0')}`;
  const running = draw() < 0.8;
  const stoppedAgo = Math.floor(draw() * 48) * HOUR;
  return {
    ...like,
    name,
    database: `${like.database}_${p}`,
    tableCount: [1, Math.min(6, like.tables.length)],
    disabledTables: 0,
    baseRate: like.baseRate * (0.2 + draw()),
    errorMessage: undefined,
    story: (created, t0) => (running ? run(created + 2 * MINUTE) : [...run(created + 2 * MINUTE), ...halt(t0 - HOUR - stoppedAgo)]),
  };
}

/**
 * Draws the fleet for `seed`: the four named pipelines, then `size - 4` generated ones (`size`
 * below 4 keeps the first `size` named ones). Ids, names and tables depend on the seed and the
 * index only, so a fleet of 1,000 begins with the fleet of 10; the past (creation times,
 * start/stop history) is placed relative to `t0`, the simulator's start, in whole seconds.
 */
export function buildFleet(seed: number, t0: number, size: number = DEFAULT_FLEET_SIZE): PipelineDef[] {
  if (!Number.isInteger(size) || size < 0 || size > MAX_FLEET_SIZE) {
    throw new RangeError(`A fleet has 0 to ${MAX_FLEET_SIZE} pipelines, not ${size}`);
  }
  const tenantId = uuid(seed, 0x7e4a47);
  return Array.from({ length: size }, (_, p) => {
    const blueprint = BLUEPRINTS[p] ?? generated(seed, p);
    const draw = sequence(seed, p, 0xf1ee7);
    const start = Math.floor(t0 / 1000) * 1000;
    const ageDays = [23, 12, 9, 30][p] ?? 10 + (p % 50);
    const createdAt = start - ageDays * DAY - Math.floor(draw() * 6 * 3600) * 1000;
    const id = uuid(seed, p, 0x919e);
    return {
      index: p,
      id,
      name: blueprint.name,
      sourceId: uuid(seed, p, 0x5051ce),
      tenantId,
      database: blueprint.database,
      createdAt,
      config: {
        batch_size: blueprint.baseRate > 1000 ? 5000 : 1000,
        flush_interval: '5s',
        slot_name: `philotes_${blueprint.database}`,
        publication: `philotes_${blueprint.database}_pub`,
        iceberg: { catalog_uri: 'http://lakekeeper:8181/catalog', warehouse: 'lake', namespace: blueprint.database },
      },
      baseRate: blueprint.baseRate * (0.8 + 0.4 * draw()),
      tables: buildTables(seed, p, blueprint, createdAt),
      initialTimeline: [{ at: createdAt, status: 'stopped' }, ...blueprint.story(createdAt, start)],
      failsOnStart: blueprint.errorMessage !== undefined,
      errorMessage: blueprint.errorMessage,
      errorBurstsPerHour: blueprint.errorBurstsPerHour,
      errorTypeWeights: blueprint.errorTypeWeights,
    } satisfies PipelineDef;
  });
}
