import type { ComplexAttributeConverter } from 'lit';

/** Attribute text to a number; an absent or blank attribute means "no value", not 0 or NaN. */
export const optionalNumber: ComplexAttributeConverter<number | undefined> = {
  fromAttribute: (text) => (text === null || text.trim() === '' ? undefined : Number(text)),
};

/** Attribute text (RFC 3339 / ISO 8601) to a Date; absent or unparsable text means no date. */
export const optionalDate: ComplexAttributeConverter<Date | undefined> = {
  fromAttribute: (text) => {
    if (text === null || text.trim() === '') return undefined;
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? undefined : date;
  },
};
