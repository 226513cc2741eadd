// A question asks after a person by role ("the professor"); the article gives
// the role once, where it introduces them, and the surname alone after.
import { describe, expect, it } from 'vitest';
import { personRoles } from '../../src/answer/roles.js';
import { terms } from '../../src/nlp/terms.js';
import { engineOver } from '../support/engine-over.js';

const wanted = new Set(terms('professor general cleric head spokesman secretary futures industry'));
const roles = (text: string) => Object.fromEntries(personRoles(text, wanted));
const t = (w: string) => terms(w)[0] ?? '';

describe('personRoles', () => {
  it('reads a role given after the name, before it, and as an office in it', () => {
    expect(roles('Christian Leuprecht (PhD) is a professor of political science at the college.')).toEqual({
      [t('Leuprecht')]: [t('professor')],
    });
    expect(roles('Richard Haas, the head of the Council on Foreign Relations, wrote.')).toEqual({
      [t('Haas')]: [t('head')],
    });
    expect(roles('Populist cleric Moqtada al-Sadr convened the march.')).toEqual({ [t('Sadr')]: [t('cleric')] });
    expect(roles('It killed Iranian General Qassem Soleimani.')).toEqual({ [t('Soleimani')]: [t('general')] });
    // Short titles are read spelled out.
    expect(roles('Most attacks are by militias, said Air Force Maj. Gen. Alex Grynkewich.')).toEqual({
      [t('Grynkewich')]: [t('general')],
    });
  });

  it('takes no role from the common nouns of an organisation, a verb, or a word not asked about', () => {
    expect(roles('Rostenkowski told the Futures Industry Association to act.')).toEqual({});
    expect(roles('Business was booming, said Fred Hartley.')).toEqual({});
    expect(roles('Jonathan Hoffman, the Pentagon chief of staff, spoke.')).toEqual({});
  });
});

const engine = engineOver({
  'expert.txt': ` date 2020-01-03
EXPERT WEIGHS IRAN'S RESPONSE
Christian Leuprecht (PhD) is a professor of political science at the Royal Military College of Canada.

The attack may lead to retribution against NATO troops in the Middle East.

Leuprecht notes that Iran may also launch cyber attacks, although the Iranians seem less sophisticated than others.`,
  'markets.txt': ` date 2020-01-03
OIL JUMPS
Oil prices jumped on Friday as Iran vowed to respond to the strike.`,
});

it('answers "what did the professor think…" from a paragraph that names him by surname only', () => {
  const r = engine().ask('What other kind of attack did the professor think Iran could launch?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('cyber attacks');
});
