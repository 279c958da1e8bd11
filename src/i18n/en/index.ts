/**
 * The English catalogue, the source every other language translates: one part per element family,
 * each in its own module so a page bundles only the parts its elements use. Its type is the
 * contract a translation fulfils (see `de.ts`); the compiler names any key a translation misses.
 */
import alerts from './alerts.js';
import card from './card.js';
import chart from './chart.js';
import common from './common.js';
import dashboard from './dashboard.js';
import errorLog from './error-log.js';
import grid from './grid.js';
import list from './list.js';
import outcome from './outcome.js';
import range from './range.js';
import refresh from './refresh.js';
import sort from './sort.js';
import status from './status.js';
import table from './table.js';

/** Every word the elements show, in English. */
export const en = { alerts, card, chart, common, dashboard, errorLog, grid, list, outcome, range, refresh, sort, status, table };

/** The shape of a catalogue: what a language module's default export provides. */
export type Catalogue = typeof en;
