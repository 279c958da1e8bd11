import { defineConfig, type Plugin } from 'vite';
import { createSimulator } from './sim/server.js';

/** Mounts the simulated philotes back end (REST API, /metrics, /__sim fault control) into the dev server. */
function simulator(): Plugin {
  return {
    name: 'pipeline-monitor-simulator',
    configureServer(server) {
      const sim = createSimulator();
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
