/// <reference types="node" />
/**
 * The gateway's pipelines file: which pipelines it serves and the label selector that ties each
 * to its Prometheus series (the worker labels them `source="postgres-<db>"`, not by pipeline).
 *
 * ```json
 * { "pipelines": [
 *   { "id": "af9a45a4-3486-4579-8b6e-94ae871ceef8", "name": "orders-cdc", "selector": "source=\"postgres-shop\"" }
 * ] }
 * ```
 */
import { readFile } from 'node:fs/promises';
import { z } from '../schemas/zod.js';
import { MonitorError } from '../errors.js';
import { parseResource } from '../schemas/parse.js';
import { parseSelector } from '../sources/prometheus-selector.js';

/** One pipeline the gateway serves. */
export interface GatewayPipeline {
  /** The id in REST paths (the contract uses UUIDs). */
  id: string;
  name: string;
  /** Label matchers of its series, e.g. `source="postgres-shop"`. */
  selector: string;
}

const SELECTOR = 'a label selector such as source="postgres-shop"';

const Pipeline = z.object({
  id: z
    .string()
    .check(
      z.minLength(1, { error: 'a non-empty string' }),
      z.regex(/^[^/?#]+$/, { error: 'an id without "/", "?" or "#"' }),
    ),
  name: z.string({ error: 'a string' }),
  selector: z.string({ error: SELECTOR }).check(
    z.refine((text) => {
      try {
        parseSelector(text);
        return true;
      } catch {
        return false;
      }
    }, { error: SELECTOR }),
  ),
});

const Config = z.object({ pipelines: z.array(Pipeline, { error: 'a list of {id, name, selector}' }) }).check(
  z.refine((config) => new Set(config.pipelines.map((p) => p.id)).size === config.pipelines.length, {
    error: 'pipelines with distinct ids',
  }),
);

/** Validates a parsed pipelines file; throws a MonitorError naming the offending field. */
export function parseGatewayConfig(json: unknown, origin = 'pipelines file'): GatewayPipeline[] {
  return parseResource(Config, json, origin).pipelines;
}

/** Reads and validates the pipelines file at `path`; throws a MonitorError saying what is wrong. */
export async function loadGatewayConfig(path: string): Promise<GatewayPipeline[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new MonitorError({
      kind: 'network',
      resource: 'pipelines file',
      cause: error,
      message: `Cannot read the pipelines file ${path}: ${error instanceof Error ? error.message : String(error)}. Pass --config <file>.`,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new MonitorError({
      kind: 'invalid-json',
      resource: 'pipelines file',
      cause: error,
      message: `The pipelines file ${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
  return parseGatewayConfig(json, `pipelines file ${path}`);
}
