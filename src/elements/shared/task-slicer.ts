/**
 * Long work spread over short tasks, so a page stays responsive while 10,000 tables are ranked
 * or 100,000 errors indexed: the work is a generator whose every `yield` is a place it may pause;
 * it runs until a few milliseconds are spent, then goes on in a later task (`setTimeout`, which
 * test fake timers step; `scheduler.yield` they cannot). Anything running longer than 50 ms is a
 * long task: input waits for it and frames are dropped. Used by `<table-metrics>` and `<error-log>`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Work in steps: it may pause at each `yield`, and returns its result at the end. */
export type SlicedWork<T> = Generator<unknown, T, void>;

/** Main-thread time one task may spend on the work, in ms: room for the render in the same task. */
export const TASK_BUDGET_MS = 8;

/**
 * Yielded by work whose next step is long enough to want a task of its own (budget or not):
 * `yield NEXT_TASK`.
 */
export const NEXT_TASK: unique symbol = Symbol('next task');

/** Options of {@link TaskSlicer}. */
export interface TaskSlicerOptions {
  /** Time per task, in ms. Default {@link TASK_BUDGET_MS}. */
  budgetMs?: number;
  /**
   * Steps per task at most, whatever the clock says: bounds a task where `performance.now()`
   * does not move (faked in a test). Default 64.
   */
  maxSteps?: number;
  /** Update the host at most once a frame while the work goes on (to show progress). Default false. */
  progress?: boolean;
}

/**
 * Runs sliced work and hands its result to `done`: at once ({@link runToEnd}), or over later
 * tasks (a {@link TaskSlicer}'s `start`), `done` being called in the task that finished it.
 */
export type WorkRunner = <T>(work: SlicedWork<T>, done: (result: T) => void) => void;

/** A {@link WorkRunner} that runs the work at once. */
export const atOnce: WorkRunner = (work, done) => done(runToEnd(work));

/** Runs `work` to its end at once and returns its result. */
export function runToEnd<T>(work: SlicedWork<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs one piece of sliced work at a time for its host: a new piece replaces the one still
 * running; a detached host does no work and goes on where it stopped when attached again.
 */
export class TaskSlicer implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #budget: number;
  readonly #maxSteps: number;
  readonly #progress: boolean;
  #work: SlicedWork<unknown> | undefined;
  #done: ((result: unknown) => void) | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #frame = 0;
  #connected = false;

  constructor(host: ReactiveControllerHost, options: TaskSlicerOptions = {}) {
    this.#host = host;
    this.#budget = options.budgetMs ?? TASK_BUDGET_MS;
    this.#maxSteps = options.maxSteps ?? 64;
    this.#progress = options.progress ?? false;
    host.addController(this);
  }

  /** Whether work is still going on. */
  get pending(): boolean {
    return this.#work !== undefined;
  }

  /**
   * Starts `work` in place of whatever was running: its first slice now, the rest in later
   * tasks. `done` gets the result in the task that finished it; the host is then updated.
   */
  start<T>(work: SlicedWork<T>, done: (result: T) => void): void {
    this.cancel();
    this.#work = work;
    this.#done = done as (result: unknown) => void;
    this.#slice();
  }

  /** Drops the running work; its `done` is never called. */
  cancel(): void {
    this.#stop();
    this.#work = undefined;
    this.#done = undefined;
  }

  hostConnected(): void {
    this.#connected = true;
    if (this.#work && this.#timer === undefined) this.#schedule();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#stop();
  }

  #stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  #schedule(): void {
    this.#timer = setTimeout(this.#next, 0);
  }

  #next = (): void => {
    this.#timer = undefined;
    this.#slice();
  };

  #slice(): void {
    const work = this.#work;
    if (!work) return;
    const deadline = performance.now() + this.#budget;
    for (let steps = 0; steps < this.#maxSteps; steps++) {
      const step = work.next();
      if (step.done) {
        const done = this.#done!;
        this.cancel();
        done(step.value);
        this.#host.requestUpdate();
        return;
      }
      if (step.value === NEXT_TASK || performance.now() >= deadline) break;
    }
    if (this.#progress && this.#frame === 0) {
      // One render a frame, just before it is drawn, however many slices ran since the last.
      this.#frame = requestAnimationFrame(() => {
        this.#frame = 0;
        this.#host.requestUpdate();
      });
    }
    // Started while detached: wait for the host to be attached (hostConnected schedules).
    if (this.#connected) this.#schedule();
  }
}
