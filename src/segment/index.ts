import type { MinutesDocument } from '../model/document.js';
import type { SegmentedMinutes } from './types.js';

export function segment(_doc: MinutesDocument): SegmentedMinutes {
  return {
    header: { title: null, body: null, organisation: null, documentType: null, date: null, startTime: null, endTime: null, location: null, secretary: null, participants: [] },
    items: [],
    yearsMentioned: [],
    warnings: [],
  };
}
