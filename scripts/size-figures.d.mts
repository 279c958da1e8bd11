/** Types of scripts/size-figures.mjs for the TypeScript callers (the budget test). */

/** Where size-budget.json is. */
export const BUDGET_FILE: string;

/** One measured page of the autoloader. */
export interface PageFigure {
  /** `<metric-card>`… */
  name: string;
  path: string;
  body: string;
  tags: string[];
  /** How many files the server sent from dist/cdn/. */
  files: number;
  /** Their gzip bytes. */
  gzip: number;
  /** The waterfall's depth, the page being 0. */
  roundTrips: number;
}

/** size-budget.json. */
export interface Budget {
  about: string;
  /** How much a figure may exceed its budget, as a fraction (0.02). */
  tolerance: number;
  budgets: Record<string, { gzip: number; reason: string }>;
}

export const names: {
  singleFile: string;
  page(name: string): string;
  app(tag: string): string;
};

export function budgetFigures(tags: string[]): Promise<{ figures: Record<string, number>; pages: PageFigure[] }>;

export function readBudget(): Budget;
