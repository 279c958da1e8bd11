import { defineConfig, type Plugin } from 'vite';
import type { Server } from 'node:http';
import { createSimulator, guardRequestTargets } from './sim/server.js';

/** Mounts the simulated philotes back end (REST API, /metrics, /__sim fault control) into the dev server. */
function simulator(): Plugin {
  return {
    name: 'pipeline-monitor-simulator',
    configureServer(server) {
      const sim = createSimulator();
      // Vite's router throws on some request targets (http://[) outside any handler: refuse them first.
      if (server.httpServer !== null) guardRequestTargets(server.httpServer as Server);
      server.middlewares.use((req, res, next) => {
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
