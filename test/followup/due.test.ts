import { describe, expect, it } from 'vitest';
import { periodOf, taskDue } from '../../src/followup/due.js';

describe('periodOf', () => {
  it.each([
    ['2025-01-28', '2025-01-28', '2025-01-28', 'day'],
    ['2025-03', '2025-03-01', '2025-03-31', 'month'],
    ['2024-02', '2024-02-01', '2024-02-29', 'month'],
    ['2024-21', '2024-03-01', '2024-05-31', 'season'],
    ['2024-23', '2024-09-01', '2024-11-30', 'season'],
    ['2024-24', '2024-12-01', '2025-02-28', 'season'],
    ['2025-35', '2025-07-01', '2025-09-30', 'quarter'],
    ['2025', '2025-01-01', '2025-12-31', 'year'],
  ])('%s runs %s to %s (%s)', (edtf, start, end, precision) => {
    expect(periodOf(edtf)).toEqual({ start, end, precision });
  });
  it('rejects what is not a contract value', () => {
    expect(periodOf('2025-13')).toBeNull();
    expect(periodOf('nästa möte')).toBeNull();
  });
});

describe('taskDue', () => {
  it('takes the earliest end among the deadlines', () => {
    expect(taskDue([{ value: '2025-03', relative: null }, { value: '2025-01-31', relative: null }], null)).toEqual({ due: '2025-01-31', precision: 'day' });
  });
  it('dates "nästa möte" by the next meeting when known', () => {
    expect(taskDue([{ value: null, relative: 'next-meeting' }], '2024-04-22')).toEqual({ due: '2024-04-22', precision: 'next-meeting' });
    expect(taskDue([{ value: null, relative: 'next-meeting' }], null)).toEqual({ due: null, precision: null });
  });
});
