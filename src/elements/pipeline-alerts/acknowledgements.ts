/**
 * The acknowledgements an element has started: which alert's form is open, which request is
 * pending and how each ended, and the name last used (the next form starts with it).
 */
import type { ReactiveControllerHost } from 'lit';
import type { MonitorError } from '../../errors.js';
import type { MetricsStore } from '../../store/metrics-store.js';
import { acknowledgeAlert } from '../../store/alert-queries.js';
import type { AckState } from './acknowledge-view.js';

/** Detail of `pm-alert-acknowledged`. */
export interface AlertAcknowledgedDetail {
  alertId: string;
  acknowledgedBy: string;
  comment: string;
}

/** The acknowledgements of one element, by alert id. */
export class Acknowledgements {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #store: () => MetricsStore | undefined;
  readonly #states = new Map<string, AckState>();
  /** The name last sent, if any. */
  who = '';

  constructor(host: ReactiveControllerHost & HTMLElement, store: () => MetricsStore | undefined) {
    this.#host = host;
    this.#store = store;
  }

  /** The acknowledgement of `id` in this element, if one was started. */
  get(id: string): AckState | undefined {
    return this.#states.get(id);
  }

  /** Opens the form of `id`; `focus` is called once it is rendered. */
  open = (id: string, focus: () => void): void => {
    this.#states.set(id, { status: 'editing' });
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(focus);
  };

  /** Closes the form of `id`. */
  cancel = (id: string): void => {
    this.#states.delete(id);
    this.#host.requestUpdate();
  };

  /** Sends one acknowledgement of `id` (none while one is pending) and fires `pm-alert-acknowledged` on success. */
  submit = async (id: string, who: string, comment: string): Promise<void> => {
    const store = this.#store();
    if (!store || who === '' || this.#states.get(id)?.status === 'pending') return;
    this.who = who;
    this.#states.set(id, { status: 'pending' });
    this.#host.requestUpdate();
    try {
      await acknowledgeAlert(store, id, { acknowledgedBy: who, comment });
      this.#states.set(id, { status: 'done', by: who });
      const detail: AlertAcknowledgedDetail = { alertId: id, acknowledgedBy: who, comment };
      this.#host.dispatchEvent(new CustomEvent('pm-alert-acknowledged', { detail, bubbles: true, composed: true }));
    } catch (error) {
      this.#states.set(id, { status: 'error', error: error as MonitorError });
    }
    this.#host.requestUpdate();
  };
}
