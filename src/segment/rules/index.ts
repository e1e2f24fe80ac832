/**
 * The forms of an agenda item heading, each a rule unit with its examples (the same shape as the
 * extract stage's rules): its number, the type codes and the presenters at its end, the arrow
 * that marks a point of minutes sent as an e-mail and the hashes of notes typed as Markdown. parseHeading
 * (../headings.ts) reads a heading line with them.
 */
import { itemNumber } from './item-number.js';
import { pointMarker } from './point-marker.js';
import { presenters } from './presenters.js';
import { typeCodes } from './type-codes.js';
import { timeSlot } from './time-slot.js';
import { typedHeading } from './typed-heading.js';

export { ITEM_NUMBER, NOTE_NUMBER, NUMBER_ALONE, itemNumber, type ItemNumber } from './item-number.js';
export { pointMarker } from './point-marker.js';
export { presenters } from './presenters.js';
export { typeCodes, type ItemType } from './type-codes.js';
export { timeSlot } from './time-slot.js';
export { typedHeading } from './typed-heading.js';

export const HEADING_RULES = [itemNumber, typeCodes, presenters, pointMarker, typedHeading, timeSlot] as const;
