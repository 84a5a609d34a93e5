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
    // "zijn" here is the verb, not "his".
    'Mijn berichten hier zijn op persoonlijke titel.',
    'Deze posts zijn op eigen titel geschreven.',
    // Written for issue 11: bio-like last lines and shorthand, Frisian.
    'docent NL @ Liudger | mening = eigen',
    'meningen: de mijne',
    'mening v mij, nt v school',
    'Views = mine. Teacher @ Liudger',
    'opinions: my own',
    'Dit is myn eigen miening',
    'Skreaun op persoanlike titel',
  ])('%s', (t) => expect(op(t)).toBe(true));

  it.each([
    'Dit is geen persoonlijke mening maar het standpunt van de school.',
    'Lezen helpt leerlingen een eigen mening te vormen.',
    'Leerlingen mogen hun eigen mening geven.',
    'Hij gaf zijn persoonlijke mening over het rooster.',
    'This is not my personal opinion, it is school policy.',
    'Wat is jouw mening?',
    'Hij zei: dit is mijn persoonlijke mening, en ging weg.',
    "Mijn collega schreef 'op persoonlijke titel' onder haar post",
    'the views are own goals',
    'Geen eigen mening, dit is beleid.',
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
          nl: { disclosure: 'Werkzaam als {functie} ({school}).', opinion: 'Alles hierboven komt uit mijn eigen koker, {school} staat erbuiten.', short: '{functie}, {school}. Eigen koker.', disclosureNoFunction: '', shortNoFunction: '' },
        },
      },
    };
    const text = 'Open dag op Liudger!\nWerkzaam als mentor (CSG Liudger). Alles hierboven komt uit mijn eigen koker, CSG Liudger staat erbuiten.';
    expect(has(text, 'opinion-missing', custom)).toBe(false);
    expect(has(text, 'disclosure-missing', custom)).toBe(false);
    expect(has('Open dag op Liudger!', 'opinion-missing', custom)).toBe(true);
  });
});

// Written for these tests: personal-capacity statements in other words, and drafts that talk about opinions
// without making the post the writer's own.
describe('C4: personal capacity in other words', () => {
  it.each([
    'Open dag op Liudger zaterdag! Dit schrijf ik als privépersoon.',
    'Open dag op Liudger zaterdag! Ik spreek hier alleen voor mezelf.',
    'Liudger heeft een nieuw beleid. Ik schrijf dit niet namens mijn werk.',
    'Liudger doet het goed. Dit is puur mijn persoonlijke mening hoor',
    'Liudger rules. Mening is de mijne, niet die van de school.',
    'The new policy at Liudger is great. Views mine alone.',
    'The new policy at Liudger is great. These are my own thoughts, not my employer\'s.',
    'The new policy at Liudger is great. I speak only for myself here.',
    'Liudger\'s new policy. Not speaking on behalf of my employer.',
    'Liudger\'s new policy: opinions are my own and do not reflect those of my employer.',
    'Nieuwe regels op Liudger. Dit bericht geeft niet het standpunt van Liudger weer, alleen mijn eigen.',
    'Liudger gaat fuseren?! (Privéaccount, eigen mening)',
    'Liudger, wat een mooi feest. Geheel op persoonlijke titel 🙂',
    'Liudger heeft nieuw beleid. Ik schrijf dit uit eigen naam, niet uit naam van de school.',
    'Liudger heeft nieuw beleid. Dit is niet namens CSG Liudger',
    'Liudger heeft nieuw beleid. Alleen mijn mening, niet die van CSG Liudger.',
    'Thoughts on the new Liudger timetable (my opinion only):',
    'Liudger has a new policy. Personal account, personal views.',
  ])('no finding: %s', (t) => expect(has(t, 'opinion-missing')).toBe(false));

  it.each([
    'Open dag op Liudger zaterdag!',
    'Wat vinden jullie van het nieuwe beleid op Liudger? Ik ben benieuwd naar jullie mening.',
    'Mijn mening over Liudger: top school!',
    'De school spreekt namens alle leerlingen van Liudger',
    'Liudger\'s headteacher gave her opinion on the new rules',
    'Liudger: leerlingen leren hun eigen mening te geven',
  ])('finding: %s', (t) => expect(has(t, 'opinion-missing')).toBe(true));
});
