/**
 * One crosshair per pipeline and store: every chart of a pipeline shows the instant the pointer
 * is at over any of them, each with its own value there. Kept beside the store (like the shared
 * range), so charts need no parent to meet and an embedder's own charts of a pipeline join in.
 */

/** Told the new instant (ms) under the pointer, or undefined when the pointer left. */
export type CrosshairListener = (time: number | undefined) => void;

/** The instant under the pointer over any chart of one pipeline. */
export class Crosshair {
  #time: number | undefined;
  readonly #listeners = new Set<CrosshairListener>();

  /** The instant shown, undefined while no pointer is over a chart. */
  get time(): number | undefined {
    return this.#time;
  }

  /** Moves the crosshair (synchronously, so every chart draws within the same pointer event). */
  set(time: number | undefined): void {
    if (time === this.#time) return;
    this.#time = time;
    for (const listener of this.#listeners) listener(time);
  }

  /** Calls `listener` on every move until the returned function is called. */
  subscribe(listener: CrosshairListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

const shared = new WeakMap<object, Map<string, Crosshair>>();

/** The crosshair of `pipelineId` among the elements reading `owner` (their store). */
export function crosshairFor(owner: object, pipelineId: string): Crosshair {
  let byPipeline = shared.get(owner);
  if (!byPipeline) shared.set(owner, (byPipeline = new Map()));
  let crosshair = byPipeline.get(pipelineId);
  if (!crosshair) byPipeline.set(pipelineId, (crosshair = new Crosshair()));
  return crosshair;
}
