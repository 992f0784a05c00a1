// Partial dates: what days they cover, and which ones are real calendar dates.
import t from 'tap';
import { isRealPartialDate, partialDateRange, precisionOf } from '../../src/lib/dates.ts';

t.test('a partial date covers every day it can mean', async (t) => {
  t.same(partialDateRange('2024'), { start: '2024-01-01', end: '2024-12-31' });
  t.same(partialDateRange('2024-02'), { start: '2024-02-01', end: '2024-02-29' });
  t.same(partialDateRange('2023-02'), { start: '2023-02-01', end: '2023-02-28' });
  t.same(partialDateRange('0000-02'), { start: '0000-02-01', end: '0000-02-29' });
  t.same(partialDateRange('2024-06-19'), { start: '2024-06-19', end: '2024-06-19' });
  t.equal(precisionOf('1961'), 'year');
  t.equal(precisionOf('2000-07'), 'month');
  t.equal(precisionOf('2024-06-19'), 'day');
});

t.test('real calendar dates, leap years included, in every century', async (t) => {
  for (const date of ['2024-02-29', '2000-02-29', '0000-02-29', '1961', '2024-12', '9999-12-31'])
    t.ok(isRealPartialDate(date), date);
  for (const date of ['2023-02-29', '1900-02-29', '0100-02-29', '2024-13', '2024-00', '2024-06-31', '2024-06-00']) {
    t.notOk(isRealPartialDate(date), date);
  }
});
