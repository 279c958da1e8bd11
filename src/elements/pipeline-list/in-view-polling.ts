/**
 * When the list polls the rows in view: after the frame that draws them, and after scrolling has
 * settled, not during it. Browsers send one scroll event per frame while scrolling, so a few frames
 * without one mean the reader stopped: a fling through 10,000 rows asks for nothing on its way.
 *
 * The poll runs in a background task after the frame: the rows drawn by a sort or a search show
 * (with their loading marks) without waiting for the requests of those newly in view, and their
 * answers render in later tasks. Polling inside the frame made a sort of 10,000 a quarter slower.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { backgroundTask } from '../shared/background-task.js';

/** Frames without a scroll event before the rows in view are polled. */
const SETTLE_FRAMES = 6;

/** Calls `poll` when the rows in view are worth polling (see the module comment). */
export class InViewPolling implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #poll: () => void;
  /** Frames since the last scroll event; -1 when not scrolling. */
  #quiet = -1;
  #settleFrame = 0;
  #frame = 0;
  /** Set while a poll waits for its background task; a disconnect drops it. */
  #queued: object | undefined;

  constructor(host: ReactiveElement, poll: () => void) {
    this.#host = host;
    this.#poll = poll;
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.#frame === 0) this.#frame = requestAnimationFrame(() => ((this.#frame = 0), this.#queue()));
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    cancelAnimationFrame(this.#settleFrame);
    this.#frame = this.#settleFrame = 0;
    this.#quiet = -1;
    this.#queued = undefined;
  }

  /** To call on each scroll event of the box. */
  scrolled(): void {
    this.#quiet = 0;
    if (this.#settleFrame === 0) this.#settleFrame = requestAnimationFrame(this.#settling);
  }

  #settling = (): void => {
    if (++this.#quiet < SETTLE_FRAMES) {
      this.#settleFrame = requestAnimationFrame(this.#settling);
      return;
    }
    this.#settleFrame = 0;
    this.#quiet = -1;
    this.#queue();
  };

  /** Polls in a background task, once however often asked meanwhile. */
  #queue(): void {
    if (this.#queued) return;
    const queued = (this.#queued = {});
    void backgroundTask().then(() => {
      if (this.#queued !== queued) return;
      this.#queued = undefined;
      this.#maybePoll();
    });
  }

  /** A pending update will call again from its own `hostUpdated`. */
  #maybePoll(): void {
    if (this.#quiet < 0 && !this.#host.isUpdatePending) this.#poll();
  }
}
