/**
 * The context through which a parent element (such as `<pipeline-dashboard>`) hands its
 * store to every descendant, so nested widgets share one poller without attributes.
 */
import { createContext } from '@lit/context';
import type { MetricsStore } from '../store/metrics-store.js';

/** Context key for the {@link MetricsStore} a parent provides; undefined until one is set. */
export const storeContext = createContext<MetricsStore | undefined>(Symbol('pipeline-monitor.store'));
