/** Re-renders a host on a fixed period while it is connected, so relative times ("3 min. ago") move. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A timer tied to the host's connection: started on connect, cleared on disconnect. */
export class Clock implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #periodMs: number;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(host: ReactiveControllerHost, periodMs: number) {
    this.#host = host;
    this.#periodMs = periodMs;
    host.addController(this);
  }

  hostConnected(): void {
    this.#timer = setInterval(() => this.#host.requestUpdate(), this.#periodMs);
  }

  hostDisconnected(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }
}
