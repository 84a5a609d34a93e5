import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/protocol/normalize.ts';
import { hasOpinion } from '../../../src/protocol/rules/opinion.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/schema.ts';
import { has, pupil } from './helpers.ts';

const op = (t: string) => hasOpinion(normalize(t).lower, DEFAULT_SETTINGS);

describe('C4 opinion recognition', () => {
  it.each([
    'Dit schrijf ik op persoonlijke titel.',
    'Op eigen titel: dit is slecht beleid.',
    '(pers. mening)',
    'Persoonlijk standpunt, niet namens de school.',
    'Dit is mijn eigen mening.',
    'Mijn meningen hier zijn helemaal van mij.',
    'Niet namens mijn werkgever geschreven.',
    'Dit is niet het standpunt van de school.',
    '#eigenmening #onderwijs',
    'Views expressed are my own.',
    'All opinions are mine.',
    'Speaking for myself here.',
    'My own views, not those of my employer.',
    'Not on behalf of my school.',
    'Written in a personal capacity.',
    '#opinionsaremyown',
  ])('%s', (t) => expect(op(t)).toBe(true));

  it.each([
    'Dit is geen persoonlijke mening maar het standpunt van de school.',
    'Lezen helpt leerlingen een eigen mening te vormen.',
    'Leerlingen mogen hun eigen mening geven.',
    'This is not my personal opinion, it is school policy.',
    'Wat is jouw mening?',
  ])('not: %s', (t) => expect(op(t)).toBe(false));
});

describe('C4 rule', () => {
  it('asks staff on a school-related private post', () => {
    expect(has({ text: 'Open dag op Liudger!', site: 'facebook' }, 'opinion-missing')).toBe(true);
  });
  it('is not asked on an official school channel', () => {
    const official: Settings = { ...DEFAULT_SETTINGS, accounts: { ...DEFAULT_SETTINGS.accounts, facebook: 'official' } };
    expect(has({ text: 'Open dag op Liudger!', site: 'facebook' }, 'opinion-missing', official)).toBe(false);
    expect(has({ text: 'Open dag op Liudger!', site: 'x' }, 'opinion-missing', official)).toBe(true);
  });
  it('is not asked of pupils', () => {
    expect(has('Open dag op Liudger!', 'opinion-missing', pupil)).toBe(false);
  });
  it("recognises the school's own configured sentence", () => {
    const custom: Settings = {
      ...DEFAULT_SETTINGS,
      school: {
        ...DEFAULT_SETTINGS.school,
        disclaimers: {
          ...DEFAULT_SETTINGS.school.disclaimers,
          nl: { disclosure: 'Werkzaam als {functie} ({school}).', opinion: 'Alles hierboven komt uit mijn eigen koker, {school} staat erbuiten.', short: '{functie}, {school}. Eigen koker.' },
        },
      },
    };
    const text = 'Open dag op Liudger!\nWerkzaam als mentor (CSG Liudger). Alles hierboven komt uit mijn eigen koker, CSG Liudger staat erbuiten.';
    expect(has(text, 'opinion-missing', custom)).toBe(false);
    expect(has(text, 'disclosure-missing', custom)).toBe(false);
    expect(has('Open dag op Liudger!', 'opinion-missing', custom)).toBe(true);
  });
});
