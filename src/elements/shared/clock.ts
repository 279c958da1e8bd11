/** Re-renders a host on a fixed period while it is connected, so relative times ("3 min. ago") move. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A timer tied to the host's connection: it runs while the host is connected and `needed()`
 * holds, which is asked again after every update, so an idle element keeps no timer.
 */
export class Clock implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #periodMs: number;
  readonly #needed: () => boolean;
  #connected = false;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(host: ReactiveControllerHost, periodMs: number, needed: () => boolean = () => true) {
    this.#host = host;
    this.#periodMs = periodMs;
    this.#needed = needed;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#sync();
  }

  hostUpdated(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#sync();
  }

  #sync(): void {
    const wanted = this.#connected && this.#needed();
    if (wanted && this.#timer === undefined) {
      this.#timer = setInterval(() => this.#host.requestUpdate(), this.#periodMs);
    } else if (!wanted && this.#timer !== undefined) {
      clearInterval(this.#timer);
      this.#timer = undefined;
    }
  }
}
