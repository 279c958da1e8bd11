/**
 * Main-thread time of one benchmark operation from a Chromium trace: script (V8 execution, minus
 * the style and layout it forced), rendering (style, layout, paint) and whole tasks, each as the
 * union of its intervals so nested events count once. The operation is the span between the
 * page's `tables-bench:start` and `tables-bench:end` performance marks.
 */

/** Trace categories the analysis needs. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'toplevel'];

const SCRIPT = new Set(['FunctionCall', 'EvaluateScript', 'RunMicrotasks', 'V8.Execute', 'v8.callFunction', 'v8.evaluateModule', 'v8.run', 'TimerFire', 'FireAnimationFrame', 'EventDispatch']);
const RENDERING = new Set(['UpdateLayoutTree', 'RecalculateStyles', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'UpdateLayerTree', 'Commit', 'HitTest']);
const TASK = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** Intervals [start, end] in µs, merged. */
function union(intervals) {
  const sorted = intervals.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const [s, e] of sorted) {
    const last = out.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

const length = (intervals) => intervals.reduce((sum, [s, e]) => sum + (e - s), 0);

/** `a` minus `b`, both merged. */
function subtract(a, b) {
  const out = [];
  for (const [s0, e0] of a) {
    let s = s0;
    for (const [bs, be] of b) {
      if (be <= s || bs >= e0) continue;
      if (bs > s) out.push([s, bs]);
      s = Math.max(s, be);
    }
    if (s < e0) out.push([s, e0]);
  }
  return out;
}

/** Clips merged intervals to [from, to]. */
const clip = (intervals, from, to) => intervals.map(([s, e]) => [Math.max(s, from), Math.min(e, to)]).filter(([s, e]) => e > s);

/** `{scriptMs, renderMs, taskMs}` of the marked operation in `events` (Chromium trace events). */
export function analyseTrace(events) {
  const start = events.find((e) => e.name === 'tables-bench:start');
  const end = events.find((e) => e.name === 'tables-bench:end');
  if (!start || !end) throw new Error('benchmark marks missing from the trace');
  const { pid, tid } = start;
  const spans = { script: [], render: [], task: [] };
  const open = [];
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    const kind = SCRIPT.has(e.name) ? 'script' : RENDERING.has(e.name) ? 'render' : TASK.has(e.name) ? 'task' : undefined;
    if (!kind) continue;
    if (e.ph === 'X') spans[kind].push([e.ts, e.ts + (e.dur ?? 0)]);
    else if (e.ph === 'B') open.push({ kind, name: e.name, ts: e.ts });
    else if (e.ph === 'E') {
      const i = open.findLastIndex((o) => o.name === e.name);
      if (i !== -1) spans[kind].push([open.splice(i, 1)[0].ts, e.ts]);
    }
  }
  const [from, to] = [start.ts, end.ts];
  const render = clip(union(spans.render), from, to);
  const script = subtract(clip(union(spans.script), from, to), render);
  const task = clip(union(spans.task), from, to);
  return { scriptMs: length(script) / 1000, renderMs: length(render) / 1000, taskMs: length(task) / 1000 };
}
