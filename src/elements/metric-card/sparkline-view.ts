import { html, nothing, type TemplateResult } from 'lit';
import { formatValue, type Locale, type MetricUnit } from '../../format/index.js';
import { cardText } from '../../i18n/en/card.js';
import { sampleRange, SPARKLINE_HEIGHT, SPARKLINE_WIDTH, sparklinePath } from './sparkline.js';

/**
 * The sparkline of `history`, or nothing when fewer than two samples can be drawn. Screen readers
 * get the range in words, since the line itself tells them nothing.
 */
export function renderSparkline(
  history: readonly number[],
  unit: MetricUnit,
  locale: Locale,
): TemplateResult | typeof nothing {
  const range = sampleRange(history);
  if (range === undefined || range.count < 2) return nothing;
  const label = cardText(locale).samples(range.count, formatValue(range.low, unit, locale), formatValue(range.high, unit, locale));
  return html`<svg
    part="sparkline"
    class="sparkline"
    viewBox="0 0 ${SPARKLINE_WIDTH} ${SPARKLINE_HEIGHT}"
    preserveAspectRatio="none"
    role="img"
    aria-label=${label}
  >
    <path d=${sparklinePath(history)} vector-effect="non-scaling-stroke"></path>
  </svg>`;
}
