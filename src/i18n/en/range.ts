/** English words of `<time-range-selector>` and of ranges wherever they are named (chart descriptions). */
import { messages } from '../localize.js';

const range = {
  label: 'Time range',
  custom: 'Custom',
  showing: (range: string) => `Showing ${range}`,
  /** A preset's accessible completion: "1h (last 1 hour)". */
  presetLong: (span: string) => ` (last ${span})`,
  last: (span: string) => `last ${span}`,
  between: (start: string, end: string) => `${start} to ${end}`,
  from: 'From',
  to: 'To',
  apply: 'Apply',
  noStart: 'Enter a start date and time.',
  noEnd: 'Enter an end date and time.',
  order: 'The end must be after the start.',
  tooLong: 'The range can be at most 7 days long.',
};

/** The range words in `locale`. */
export const rangeText = messages('range', range);
export default range;
