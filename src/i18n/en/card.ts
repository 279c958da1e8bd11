/** English words of `<metric-card>`, and of the loading, stale and "no data" marks its neighbours share. */
import { messages } from '../localize.js';

const card = {
  warning: 'Warning',
  critical: 'Critical',
  threshold: (limit: string) => ` (threshold ${limit})`,
  loading: 'Loading',
  noData: 'No data',
  staleUpdated: (age: string) => `Stale · updated ${age}`,
  samples: (count: number, low: string, high: string) => `Last ${count} samples: low ${low}, high ${high}`,
  versus: (detail: string, meaning: 'better' | 'worse' | 'neutral') =>
    ` vs previous${detail}, ${meaning === 'neutral' ? 'unchanged' : meaning}`,
};

/** The card's words in `locale`. */
export const cardText = messages('card', card);
export default card;
