/**
 * The lifecycle shared by controllers that follow what their host selects (a query, the store,
 * the rows on screen): follow on connect and before each update, let go on disconnect, so a
 * detached element keeps no subscription.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Base of the following controllers. A subclass calls `host.addController(this)` at the end of its
 * own constructor: Lit connects a controller at once when the host is already connected, and
 * `follow` must then find the subclass's fields set.
 */
export abstract class FollowingController implements ReactiveController {
  protected readonly host: ReactiveControllerHost;
  #connected = false;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
  }

  hostConnected(): void {
    this.#connected = true;
    this.follow();
  }

  hostUpdate(): void {
    if (this.#connected) this.follow();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.release();
  }

  /** Moves to what the host selects now; cheap when nothing changed. */
  protected abstract follow(): void;

  /** Lets go of everything followed. */
  protected abstract release(): void;
}
