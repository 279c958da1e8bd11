import { build } from 'esbuild';
import { launch } from './harness.mjs';
import { TRACE_CATEGORIES } from './tables-trace.mjs';
const r = await build({ entryPoints: ['bench/list.bench.ts'], bundle: true, format: 'esm', target: 'es2022', write: false, minify: false, tsconfig: 'tsconfig.json', conditions: ['production'], define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'warning' });
const browser = await launch(['--js-flags=--expose-gc']);
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title></head><body></body></html>');
await page.addScriptTag({ type: 'module', content: r.outputFiles[0].text });
await page.waitForFunction(() => window.listBench !== undefined);
const cdp = await page.context().newCDPSession(page);
const name = process.argv[2] ?? 'list sort 10000';
for (let i = 0; i < 3; i++) { await page.evaluate((n) => window.listBench.setup(n), name); await page.evaluate((n) => window.listBench.run(n), name); await page.evaluate(() => window.listBench.teardown()); }
await page.evaluate((n) => window.listBench.setup(n), name);
const events = [];
cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
await cdp.send('Tracing.start', { traceConfig: { includedCategories: [...TRACE_CATEGORIES, 'disabled-by-default-v8.cpu_profiler'] }, transferMode: 'ReportEvents' });
await page.evaluate((n) => window.listBench.run(n), name);
const done = new Promise((res) => cdp.once('Tracing.tracingComplete', res));
await cdp.send('Tracing.end'); await done;
const start = events.find((e) => e.name === 'tables-bench:start'); const end = events.find((e) => e.name === 'tables-bench:end');
const sums = new Map();
for (const e of events) { if (e.pid !== start.pid || e.tid !== start.tid || e.ph !== 'X' || e.ts < start.ts || e.ts > end.ts) continue; sums.set(e.name, (sums.get(e.name) ?? 0) + (e.dur ?? 0)); }
console.log((end.ts - start.ts) / 1000, [...sums].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([k, v]) => `${(v / 1000).toFixed(1)} ${k}`).join('\n'));
const fc = events.filter(e => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && e.ts >= start.ts && e.ts <= end.ts && ['FunctionCall','TimerFire','FireAnimationFrame','RunMicrotasks','EventDispatch','v8.callFunction'].includes(e.name));
console.log(fc.map(e => `${((e.ts - start.ts)/1000).toFixed(1)}+${(e.dur/1000).toFixed(1)} ${e.name} ${JSON.stringify(e.args?.data?.functionName ?? e.args?.data?.type ?? '')}`).join('\n'));
await browser.close();
