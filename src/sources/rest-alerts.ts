/**
 * The REST alerting API (`/alerts…`): its reads and acknowledge, with the schemas they validate
 * against. RestSource loads this module on the first alerting request, so a page without
 * alerts downloads neither.
 */
import { AcknowledgeResponse, AlertList, AlertRuleList } from '../schemas/alerts.js';
import { requestJson, type HttpOptions } from './http.js';
import { provideRestAlerts, query } from './rest-source.js';
import type { AcknowledgeInput, AlertQuery, RequestOptions } from './source.js';

/** The alerting calls of one philotes API. */
export class RestAlerts {
  readonly #base: string;
  readonly #http: HttpOptions;

  /** `base` is the API's normalised endpoint URL. */
  constructor(base: string, http: HttpOptions) {
    this.#base = base;
    this.#http = http;
  }

  /** `GET /alerts?status=…&severity=…&limit=…&offset=…`. */
  listAlerts(filter: AlertQuery, { signal }: RequestOptions): Promise<AlertList> {
    const url = this.#url([], {
      status: filter.status,
      severity: filter.severity,
      limit: filter.limit === undefined ? undefined : String(filter.limit),
      offset: filter.offset === undefined ? undefined : String(filter.offset),
    });
    return requestJson({ url, resource: 'alerts', schema: AlertList, signal }, this.#http);
  }

  /** `GET /alerts/rules`. */
  listAlertRules({ signal }: RequestOptions): Promise<AlertRuleList> {
    return requestJson({ url: this.#url(['rules']), resource: 'alert rules', schema: AlertRuleList, signal }, this.#http);
  }

  /** `POST /alerts/:id/acknowledge` with `{acknowledged_by, comment}`. */
  acknowledgeAlert(id: string, input: AcknowledgeInput, { signal }: RequestOptions): Promise<AcknowledgeResponse> {
    const body = { acknowledged_by: input.acknowledgedBy, ...(input.comment ? { comment: input.comment } : {}) };
    const url = this.#url([id, 'acknowledge']);
    return requestJson({ url, method: 'POST', resource: 'acknowledgement', schema: AcknowledgeResponse, signal, body }, this.#http);
  }

  /** `<endpoint>/alerts/<segments…>`, each segment encoded. */
  #url(segments: string[], params: Record<string, string | undefined> = {}): string {
    const path = ['alerts', ...segments].map(encodeURIComponent).join('/');
    return `${this.#base}/${path}${query(params)}`;
  }
}

provideRestAlerts(RestAlerts);
