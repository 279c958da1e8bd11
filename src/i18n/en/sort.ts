/** English words of a multi-level sort, shared by `<table-metrics>` and `<pipeline-list>`. */
import { messages } from '../localize.js';

const sort = {
  /** A lower sort level, spoken after the column's name. */
  level: (level: number, direction: 'ascending' | 'descending') => `, sort level ${level}, ${direction}`,
};

/** The sort words in `locale`. */
export const sortText = messages('sort', sort);
export default sort;
