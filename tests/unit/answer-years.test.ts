// A question that names a year asks about that year: an article from another
// time that never writes the year is about something else.
import { describe, expect, it } from 'vitest';
import { yearsIn } from '../../src/answer/times-asked.js';
import { engineOver } from '../support/engine-over.js';

describe('years asked about', () => {
  const engine = engineOver({
    'opec.txt': ` date 1987-03-05
OPEC MINISTERS MEET ON OUTPUT
OPEC oil ministers agreed to cut crude oil output after the oil price spike, the cartel's president said.
Kuwait's oil minister said the cartel would defend its price of 18 dlrs a barrel.`,
    'plan.txt': ` date 1987-06-01
STEEL MAKER PLANS FOR 1990
Nisshin Steel said its new plant would double steel output by 1990.`,
  });

  it('reads the years a question names', () => {
    expect(yearsIn('How did OPEC respond to the 1990 oil price spike, and in 1991?')).toEqual([1990, 1991]);
    expect(yearsIn('How much did output rise in March?')).toEqual([]);
  });

  it('declines when the only articles that match are from other years and never mention it', () => {
    const r = engine().ask('How did OPEC respond to the oil price spike in 1995?');
    expect(r.kind).toBe('not-found');
    if (r.kind === 'not-found') expect(r.message).toContain('1995');
  });

  it('answers from an article of that year, or the year next to it it calls "last year"', () => {
    expect(engine().ask('How did OPEC respond to the oil price spike in 1987?').kind).toBe('answer');
    expect(engine().ask('How did OPEC respond to the oil price spike in 1986?').kind).toBe('answer');
  });

  it('declines a year after the article’s own that it never writes out', () => {
    const r = engine().ask("What price did Kuwait's oil minister defend at the 1988 OPEC meeting?");
    expect(r.kind).toBe('not-found');
    if (r.kind === 'not-found') expect(r.message).toContain('1988');
    expect(engine().ask("What price did Kuwait's oil minister say the cartel would defend?").kind).toBe('answer');
  });

  it('answers from an article that writes the year out', () => {
    const r = engine().ask('How much steel output did Nisshin plan for 1990?');
    expect(r.kind).toBe('answer');
    if (r.kind === 'answer') expect(r.answer).toContain('double');
  });
});
