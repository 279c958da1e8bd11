/**
 * Prometheus HTTP API answers exactly as servers send them. The Prometheus ones were captured from
 * Debian's prometheus 2.42 (status line, content type and body); VictoriaMetrics' `isPartial`
 * and the `warnings` member follow their documented shapes; the 502 page is nginx's own.
 */

/** A raw HTTP answer. */
export interface RawAnswer {
  status: number;
  statusText: string;
  contentType: string;
  body: string;
  headers?: Record<string, string>;
}

const json = (status: number, statusText: string, body: string, headers?: Record<string, string>): RawAnswer => ({
  status,
  statusText,
  contentType: 'application/json',
  body,
  ...(headers === undefined ? {} : { headers }),
});

/** `vector(0/0) or …vector(1/0) or …vector(-1/0)`: the three gap spellings in one vector. */
export const VECTOR_GAPS = json(
  200,
  'OK',
  '{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1795953141,"NaN"]},{"metric":{"a":"b"},"value":[1795953141,"+Inf"]},{"metric":{"a":"c"},"value":[1795953141,"-Inf"]}]}}',
);

/** `count(philotes_cdc_events_total)`. */
export const VECTOR_ONE = json(200, 'OK', '{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1795952584.919,"192"]}]}}');

/** `sum by (source) (rate(philotes_cdc_events_total[1m]))`. */
export const VECTOR_BY_SOURCE = json(
  200,
  'OK',
  '{"status":"success","data":{"resultType":"vector","result":[{"metric":{"source":"postgres-billing"},"value":[1795952584.925,"0"]},{"metric":{"source":"postgres-shop"},"value":[1795952584.925,"610.7271358045352"]}]}}',
);

/** `0/0`. */
export const SCALAR_NAN = json(200, 'OK', '{"status":"success","data":{"resultType":"scalar","result":[1795953141,"NaN"]}}');

/** `"hello"`. */
export const STRING = json(200, 'OK', '{"status":"success","data":{"resultType":"string","result":[1795953141,"hello"]}}');

/** `max by (source) (philotes_cdc_pipeline_state)` over 4 s at a 2 s step. */
export const MATRIX = json(
  200,
  'OK',
  '{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"source":"postgres-billing"},"values":[[1795953137,"5"],[1795953139,"5"],[1795953141,"5"]]},{"metric":{"source":"postgres-shop"},"values":[[1795953137,"1"],[1795953139,"NaN"],[1795953141,"1"]]}]}}',
);

/** A success with `warnings` (Prometheus, Thanos with partial responses). */
export const WARNINGS = json(
  200,
  'OK',
  '{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1795952584.919,"192"]}]},"warnings":["remote read: store 10.0.0.7:10901 is unavailable"]}',
);

/** VictoriaMetrics marks an answer missing some storage nodes with `isPartial`. */
export const VM_PARTIAL = json(
  200,
  'OK',
  '{"status":"success","isPartial":true,"data":{"resultType":"vector","result":[{"metric":{},"value":[1795952584.919,"192"]}]}}',
);

/** `sum(`. */
export const BAD_DATA = json(
  400,
  'Bad Request',
  '{"status":"error","errorType":"bad_data","error":"invalid parameter \\"query\\": 1:5: parse error: unclosed left parenthesis"}',
);

/** A range query over 11,000 points per series. */
export const TOO_MANY_POINTS = json(
  400,
  'Bad Request',
  '{"status":"error","errorType":"bad_data","error":"exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)"}',
);

/** `philotes_cdc_events_total / on(source) philotes_cdc_lag_seconds`. */
export const EXECUTION = json(
  422,
  'Unprocessable Entity',
  '{"status":"error","errorType":"execution","error":"found duplicate series for the match group {source=\\"postgres-billing\\"} on the right hand-side of the operation: [...];many-to-many matching not allowed: matching labels must be unique on one side"}',
);

/** A query past `--query.timeout`. */
export const TIMEOUT = json(
  503,
  'Service Unavailable',
  '{"status":"error","errorType":"timeout","error":"query timed out in expression evaluation"}',
  { 'Retry-After': '7' },
);

/** Prometheus' own answer to a path it does not serve (a URL with `/api/v1` twice). */
export const NOT_FOUND_TEXT: RawAnswer = {
  status: 404,
  statusText: 'Not Found',
  contentType: 'text/plain; charset=utf-8',
  body: '404 page not found\n',
};

/** nginx in front of a Prometheus that is down. */
export const NGINX_502: RawAnswer = {
  status: 502,
  statusText: 'Bad Gateway',
  contentType: 'text/html',
  body: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n',
};

/** A response cut off mid-body. */
export const TRUNCATED = json(200, 'OK', '{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"val');

/** The body as a fetch Response. */
export function toResponse(answer: RawAnswer): Response {
  return new Response(answer.body, {
    status: answer.status,
    statusText: answer.statusText,
    headers: { 'content-type': answer.contentType, ...answer.headers },
  });
}
