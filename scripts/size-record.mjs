// `npm run size:record`: measures every figure of size-budget.json from a fresh build (the npm
// script builds first) and rewrites the figures, keeping each entry's reason. A new entry gets an
// empty reason, which the budget test refuses until someone writes why the size is right.
// Raising a budget is a change of that file, reviewed like code: the diff shows the old and new
// figures and the reason beside them.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, elementsOf } from './elements.mjs';
import { BUDGET_FILE, budgetFigures, readBudget } from './size-figures.mjs';

const ROOT = join(import.meta.dirname, '..');
const ABOUT =
  'Gzip bytes (level 9) that npm test (test/package/size-budget.node.test.ts) holds the build to: a figure more than ' +
  '`tolerance` over its budget fails. To raise one, run `npm run size:record` and say in `reason` why the growth is ' +
  'worth it; the change of this file is reviewed like code. Entries are measured by scripts/size-figures.mjs.';

const tags = elementsOf(await analyze(ROOT)).map((element) => element.tag);
const { figures } = await budgetFigures(tags);
const old = existsSync(BUDGET_FILE) ? readBudget() : { tolerance: 0.02, budgets: {} };
const budgets = {};
for (const [name, gzip] of Object.entries(figures)) {
  const before = old.budgets[name];
  budgets[name] = { gzip, reason: before?.reason ?? '' };
  const change = before === undefined ? 'new: give it a reason' : `${before.gzip} → ${gzip} (${(((gzip - before.gzip) / before.gzip) * 100).toFixed(1)} %)`;
  console.log(`${name.padEnd(50)} ${change}`);
}
for (const name of Object.keys(old.budgets).filter((name) => !(name in figures))) console.log(`${name.padEnd(50)} removed: nothing measures it any more`);
writeFileSync(BUDGET_FILE, `${JSON.stringify({ about: ABOUT, tolerance: old.tolerance, budgets }, null, 2)}\n`);
console.log(`\nWrote ${BUDGET_FILE}.`);
