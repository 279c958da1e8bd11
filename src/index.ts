/**
 * The whole library: importing this module registers every element under its tag and exposes the
 * public API. Bundler users who want one element import `pipeline-monitor/<tag>` instead, and
 * `pipeline-monitor/<tag>/class` for the class without registering it.
 */

// Elements: one line each; the import registers the tag and re-exports the class.
export * from './elements/auto-refresh/auto-refresh.js';
export * from './elements/error-log/error-log.js';
export * from './elements/metric-card/metric-card.js';
export * from './elements/metric-chart/metric-chart.js';
export * from './elements/pipeline-alerts/pipeline-alerts.js';
export * from './elements/pipeline-dashboard/pipeline-dashboard.js';
export * from './elements/pipeline-list/pipeline-list.js';
export * from './elements/pipeline-metrics-grid/pipeline-metrics-grid.js';
export * from './elements/pipeline-status/pipeline-status.js';
export * from './elements/table-metrics/table-metrics.js';
export * from './elements/time-range-selector/time-range-selector.js';

export { configureEndpoint, type EndpointConfig } from './config.js';
export { defineElement } from './define.js';
export { MonitorError, type MonitorErrorInit, type MonitorErrorKind, type ProblemInfo } from './errors.js';
export * from './format/index.js';
export { defineLanguage, loadLanguage } from './i18n/localize.js';
export type { Catalogue } from './i18n/en/index.js';
export type { AlertInstance, AlertRule, AlertSeverity, AlertStatus, AlertSummary } from './schemas/alerts.js';
export type {
  HistoryPoint,
  MetricsHistory,
  Pipeline,
  PipelineError,
  PipelineErrorPage,
  PipelineErrorType,
  PipelineList,
  PipelineMetrics,
  PipelineStatus,
  TableMapping,
  TableMetrics,
} from './schemas/index.js';
export type { HeadersOption, HttpOptions } from './sources/http.js';
export { RestSource, type RestSourceOptions } from './sources/rest-source.js';
export type { AcknowledgeInput, AlertQuery, DataSource, ErrorCountsByType, ErrorQuery, HistoryRange, RequestOptions, SourceCapabilities } from './sources/source.js';
export { PrometheusSource, type ErrorCounts, type PrometheusSourceOptions } from './sources/prometheus-source.js';
export { createPrometheusSource } from './sources/prometheus-attributes.js';
export { storeContext } from './controllers/store-context.js';
export { MetricsStore, type MetricsStoreOptions, type QueryHandle } from './store/metrics-store.js';
export { QueryStatus, type QueryState } from './store/query.js';
export type { AlertFeed, AlertRuleFeed } from './store/alert-feed.js';
