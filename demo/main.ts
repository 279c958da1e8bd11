import '../src/elements/metric-card/metric-card.js';
import { RestSource } from '../src/sources/rest-source.js';
import { MetricsStore } from '../src/store/metrics-store.js';

const app = document.querySelector('#app')!;
const store = new MetricsStore(new RestSource({ endpoint: '/api/v1' }), { intervalMs: 5000 });

store.pipelines().subscribe(({ data, error }) => {
  if (error) app.textContent = error.message;
  if (!data) return;
  app.replaceChildren(
    ...data.pipelines.map((pipeline) => {
      const section = document.createElement('section');
      const title = document.createElement('h2');
      title.textContent = `${pipeline.name} (${pipeline.status})`;
      const card = document.createElement('metric-card');
      card.label = 'Events per second';
      card.unit = 'rate';
      store.metrics(pipeline.id).subscribe((state) => {
        card.previous = card.value;
        card.value = state.data?.events_per_second;
        card.staleSince = state.isStale && state.updatedAt !== undefined ? new Date(state.updatedAt) : undefined;
      });
      section.append(title, card);
      return section;
    }),
  );
});
