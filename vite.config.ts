import { defineConfig, type Plugin } from 'vite';
import type { Server } from 'node:http';
import { MAX_FLEET_SIZE } from './sim/fleet.js';
import { createSimulator, guardRequestTargets, type Simulator } from './sim/server.js';

/** `/fleet/<size>/…`: the demo's `?pipelines=<size>` reads a simulator with a fleet of that size there. */
const FLEET_PREFIX = /^\/fleet\/(\d+)(\/.*)$/;

/**
 * Mounts the simulated philotes back end (REST API, /metrics, /__sim fault control) into the dev
 * server: the four-pipeline fleet at the root, and under `/fleet/<size>/` one simulator per fleet
 * size asked for, drawn when first asked (a 10,000-pipeline fleet takes about a second).
 */
function simulator(): Plugin {
  return {
    name: 'pipeline-monitor-simulator',
    configureServer(server) {
      const standard = createSimulator();
      const fleets = new Map<number, Simulator>();
      const fleet = (size: number): Simulator => {
        let sim = fleets.get(size);
        if (!sim) fleets.set(size, (sim = createSimulator({ pipelines: size })));
        return sim;
      };
      // Vite's router throws on some request targets (http://[) outside any handler: refuse them first.
      if (server.httpServer !== null) guardRequestTargets(server.httpServer as Server);
      server.middlewares.use((req, res, next) => {
        const match = FLEET_PREFIX.exec(req.url ?? '');
        const size = Number(match?.[1]);
        let sim = standard;
        if (match && size <= MAX_FLEET_SIZE) {
          req.url = match[2];
          sim = fleet(size);
        }
        sim.handle(req, res).then((handled) => handled || next(), next);
      });
    },
  };
}

export default defineConfig({
  root: 'demo',
  server: { host: '127.0.0.1', port: 5173, open: false },
  plugins: [simulator()],
});
