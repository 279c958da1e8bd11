import { html, nothing, type TemplateResult } from 'lit';
import {
  computeChange,
  formatDelta,
  formatPercentChange,
  type Locale,
  type MetricUnit,
} from '../../format/index.js';
import { cardText } from '../../i18n/en/card.js';
import { renderIcon } from '../../theme/index.js';
import { trendMeaning } from './state.js';

const ICON = { up: 'trendUp', down: 'trendDown', flat: 'trendFlat' } as const;

/** Everything the trend needs from the card. */
export interface TrendInput {
  value: number | undefined;
  previous: number | undefined;
  unit: MetricUnit;
  lowerIsBetter: boolean;
  locale: Locale;
}

/**
 * The change since the previous sample: an arrow and the signed percentage (or the signed
 * difference when the previous sample was zero), coloured by whether it is good news. The
 * colour's meaning is also spoken ("vs previous (+125/s), better"), never left to colour alone.
 */
export function renderTrend({ value, previous, unit, lowerIsBetter, locale }: TrendInput): TemplateResult | typeof nothing {
  const change = computeChange(value, previous);
  if (change === undefined) return nothing;
  const meaning = trendMeaning(change.direction, lowerIsBetter);
  const delta = formatDelta(change.absolute, unit, locale);
  const shown = change.relative === undefined ? delta : formatPercentChange(change.relative, locale);
  const detail = change.relative === undefined || change.absolute === 0 ? '' : ` (${delta})`;
  return html`<span part="trend" class="trend trend--${meaning}"
    >${renderIcon(ICON[change.direction], 'trend-icon')}<span>${shown}</span
    ><span class="visually-hidden">${cardText(locale).versus(detail, meaning)}</span></span
  >`;
}
