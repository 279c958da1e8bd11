/**
 * Starting and stopping pipelines from an element: Stop asks first in a dialog, one request per
 * action goes through the store's single-flight mutation, the outcome (or the server's refusal)
 * is announced and `pm-action` fires. `<pipeline-status>` drives one pipeline with it,
 * `<pipeline-list>` one per row.
 */
import type { ReactiveController, ReactiveElement, TemplateResult } from 'lit';
import { isAbort, MonitorError } from '../../errors.js';
import { errorText } from '../../i18n/en/common.js';
import { statusText } from '../../i18n/en/status.js';
import type { PipelineStatus } from '../../schemas/index.js';
import type { MetricsStore } from '../../store/metrics-store.js';
import type { ControlAction } from '../../store/mutation.js';
import { renderAnnouncement, renderStopDialog, type Announcement } from './control-views.js';
import { canRun } from './pipeline-lifecycle.js';

/** Detail of `pm-action`. */
export interface PipelineActionDetail {
  /** The pipeline acted on. */
  pipelineId: string;
  /** What was asked for. */
  action: ControlAction;
  /**
   * `pending` when the request is sent, then `success` (accepted) or `error` (refused); after a
   * success, `settled` once the pipeline reached the state the action ends in, or gave up there.
   */
  status: 'pending' | 'success' | 'error' | 'settled';
  /** The server's confirmation, the failure's message (a 409's detail), or what the action ended in. */
  message: string | undefined;
  /** With `settled`: the pipeline's status at the end; `timedOut` when it never got there. */
  outcome?: { pipelineStatus: PipelineStatus | undefined; timedOut: boolean; ok: boolean };
}

/** A pipeline the user acts on. */
export interface ControlTarget {
  id: string;
  /** Shown in the dialog and the announcement. */
  name: string;
}

/** What the controller asks its host. */
export interface PipelineControlOptions {
  /** The store the actions go through. */
  store(): MetricsStore | undefined;
  /** Whether controls are offered at all (not `readonly`, and the source can control pipelines). */
  enabled(): boolean;
  /** Pipelines whose pending actions the host shows; each one's mutation is watched. */
  watched(): readonly string[];
  /** The latest known status of `id`, read when a click or a confirmation arrives. */
  status(id: string): PipelineStatus | undefined;
}

/** The start/stop flow of a host element; render {@link renderDialog} and {@link renderAnnouncement} once each. */
export class PipelineControl implements ReactiveController {
  /** The outcome of the last action, or undefined before any (or while one is pending). */
  announcement: Announcement | undefined = undefined;
  readonly #host: ReactiveElement & { locale: string | undefined };
  readonly #options: PipelineControlOptions;
  #confirming: ControlTarget | undefined;
  #watching = new Map<string, () => void>();
  #watchedStore: MetricsStore | undefined;

  constructor(host: ReactiveElement & { locale: string | undefined }, options: PipelineControlOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#follow();
  }

  hostUpdate(): void {
    this.#follow();
  }

  hostDisconnected(): void {
    for (const off of this.#watching.values()) off();
    this.#watching.clear();
    this.#watchedStore = undefined;
  }

  /** The action of `id` whose request is in flight, if any. */
  pending(id: string): ControlAction | undefined {
    const state = this.#options.store()?.mutation(id).state;
    return state?.status === 'pending' ? state.action : undefined;
  }

  /** A click on Start or Stop: Stop opens the confirmation, Start is sent; ignored when it makes no sense now. */
  request(target: ControlTarget, action: ControlAction): void {
    if (!this.#allowed(target.id, action)) return;
    if (action === 'start') {
      void this.#run(target, 'start');
      return;
    }
    this.#confirming = target;
    this.#host.requestUpdate();
    // Opened now, not after the re-render that puts the name in: focus moves with the click.
    this.#dialog()?.showModal();
  }

  /** The Stop confirmation dialog, naming the pipeline asked about (else `fallbackName`). */
  renderDialog(fallbackName = ''): TemplateResult {
    return renderStopDialog(
      this.#confirming?.name ?? fallbackName,
      () => this.#dialog()?.close(),
      () => this.#confirm(),
      this.#host.locale,
    );
  }

  /** The live region announcing the last outcome. */
  renderAnnouncement(): TemplateResult {
    return renderAnnouncement(this.announcement);
  }

  #dialog(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector<HTMLDialogElement>('dialog[part~="dialog"]');
  }

  /** Whether `action` may be sent now, read live so a second click before re-render is refused too. */
  #allowed(id: string, action: ControlAction): boolean {
    const store = this.#options.store();
    if (!store || !this.#options.enabled()) return false;
    return store.mutation(id).state.status !== 'pending' && canRun(action, this.#options.status(id));
  }

  #confirm(): void {
    this.#dialog()?.close();
    const target = this.#confirming;
    if (target && this.#allowed(target.id, 'stop')) void this.#run(target, 'stop');
  }

  async #run({ id, name }: ControlTarget, action: ControlAction): Promise<void> {
    const store = this.#options.store();
    if (!store) return;
    this.#announce(undefined);
    this.#emit({ pipelineId: id, action, status: 'pending', message: undefined });
    let message: string;
    try {
      message = await (action === 'start' ? store.start(id) : store.stop(id));
    } catch (error) {
      if (isAbort(error)) return;
      const text = error instanceof Error ? error.message : String(error);
      const reason = error instanceof MonitorError ? errorText(this.#host.locale)(error) : text;
      this.#announce({ text: statusText(this.#host.locale).failed(action, name, reason), ok: false });
      this.#emit({ pipelineId: id, action, status: 'error', message: text });
      return;
    }
    // Accepted is not done: say so, then what the pipeline ended in.
    this.#announce({ text: statusText(this.#host.locale).accepted(action, name), ok: true });
    this.#emit({ pipelineId: id, action, status: 'success', message });
    const settled = await store.settle(id, action);
    const { describeOutcome } = await import('./action-outcome.js');
    const outcome = describeOutcome(settled, this.#host.locale);
    this.#announce({ text: `${name}: ${outcome.text}`, ok: outcome.ok });
    this.#emit({
      pipelineId: id,
      action,
      status: 'settled',
      message: outcome.text,
      outcome: { pipelineStatus: settled.pipeline?.status, timedOut: settled.timedOut, ok: outcome.ok },
    });
  }

  #announce(announcement: Announcement | undefined): void {
    this.announcement = announcement;
    this.#host.requestUpdate();
  }

  #emit(detail: PipelineActionDetail): void {
    this.#host.dispatchEvent(new CustomEvent<PipelineActionDetail>('pm-action', { detail, bubbles: true, composed: true }));
  }

  /** Watches the mutations of the pipelines shown, so a pending action re-renders its buttons. */
  #follow(): void {
    const store = this.#options.store();
    if (store !== this.#watchedStore) this.hostDisconnected();
    this.#watchedStore = store;
    if (!store) return;
    const wanted = new Set(this.#options.watched());
    for (const [id, off] of this.#watching) {
      if (wanted.has(id)) continue;
      off();
      this.#watching.delete(id);
    }
    for (const id of wanted) {
      if (!this.#watching.has(id)) this.#watching.set(id, store.mutation(id).subscribe(() => this.#host.requestUpdate()));
    }
  }
}

declare global {
  interface HTMLElementEventMap {
    'pm-action': CustomEvent<PipelineActionDetail>;
  }
}
