/**
 * When a `<metric-chart>` builds its Chart.js chart. Building one (its first layout and draw) is
 * the longest single piece of a dashboard's first load: three in one task make a long task, so a
 * chart is built at once only when no other chart was built in the same task, else in a task of
 * its own, one after another. A hidden page's charts are not built until it shows: nobody sees
 * them, and Chart.js would measure a canvas nobody looks at. Before the page's first chart, a
 * rehearsal (charts made off the page and dropped, chart-view.ts) runs Chart.js' code once, in
 * tasks of their own, so the first build costs what the later ones do (rehearsal.ts).
 */
import { nextTask } from '../shared/next-task.js';

const queue: (() => void)[] = [];
/** Who waits for the queue to be empty (`buildsDone`). */
let whenDone: (() => void)[] = [];
/** What the chart built in the current task is, until the task ends or the chart goes. */
let builtInThisTask: object | undefined;
let pumping = false;
let rehearsed = false;

const pageHidden = (): boolean => document.visibilityState === 'hidden';

/**
 * Runs `build` now or in a later task (see above). Call the returned function when the chart goes
 * (disconnected): a build not yet run is dropped, and one run in this task no longer counts, so
 * a chart moved in the page is rebuilt at once.
 */
export function scheduleChartBuild(build: () => void): () => void {
  const entry = (): void => build();
  const release = (): void => {
    const index = queue.indexOf(entry);
    if (index !== -1) queue.splice(index, 1);
    if (builtInThisTask === entry) builtInThisTask = undefined;
    if (queue.length === 0) done();
  };
  if (queue.length === 0 && !builtInThisTask && !pageHidden()) run(entry);
  else {
    queue.push(entry);
    void pump();
  }
  return release;
}

/** Runs the steps of `rehearsal()` one per task, from a later task on and ahead of every build waiting; once per page. */
export function scheduleRehearsal(rehearsal: () => (() => void)[]): void {
  if (rehearsed) return;
  rehearsed = true;
  queue.unshift(...rehearsal());
  void pump();
}

/**
 * While a build or a step of the rehearsal waits in the queue, a promise resolved once none does
 * (in the task of the last one), else undefined: what comes after the charts in a page's order
 * waits for them with this.
 */
export function buildsDone(): Promise<void> | undefined {
  if (queue.length === 0) return undefined;
  return new Promise((resolve) => whenDone.push(resolve));
}

function done(): void {
  const waiting = whenDone;
  whenDone = [];
  for (const resolve of waiting) resolve();
}

function run(entry: () => void): void {
  builtInThisTask = entry;
  void nextTask().then(() => {
    if (builtInThisTask === entry) builtInThisTask = undefined;
  });
  try {
    entry();
  } catch (error) {
    // One chart failing to build must not keep the others waiting behind it.
    reportError(error);
  }
}

async function pump(): Promise<void> {
  if (pumping) return;
  pumping = true;
  try {
    while (queue.length > 0) {
      if (pageHidden()) await pageShown();
      await nextTask();
      const build = pageHidden() ? undefined : queue.shift();
      if (build) run(build);
    }
  } finally {
    pumping = false;
    done();
  }
}

function pageShown(): Promise<void> {
  return new Promise((resolve) => {
    const listener = (): void => {
      if (pageHidden()) return;
      document.removeEventListener('visibilitychange', listener);
      resolve();
    };
    document.addEventListener('visibilitychange', listener);
  });
}
