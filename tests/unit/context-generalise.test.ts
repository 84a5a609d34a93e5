// General mechanisms added after batch-6 (issue 11, names from issue 9), each with sentences of our own, not
// from any batch: what must fire and what must not.
import { describe, expect, it } from 'vitest';
import { places } from '../../src/protocol/detectors/places.ts';
import { evaluate } from '../../src/protocol/evaluate.ts';
import { normalize } from '../../src/protocol/normalize.ts';
import { detectRelated } from '../../src/protocol/related.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/schema.ts';

const rel = (t: string) => detectRelated(normalize(t), DEFAULT_SETTINGS);
const findings = (t: string) => evaluate({ text: t, site: 'facebook' }, DEFAULT_SETTINGS).findings;
const names = (t: string) => findings(t).filter((f) => f.category === 'name').map((f) => f.text);
const ages = (t: string) => findings(t).filter((f) => f.category === 'birthdate').map((f) => f.text);
const codes = (t: string) => findings(t).map((f) => f.code);

describe('gazetteer of Dutch and Frisian places', () => {
  it('holds Frisian and Dutch spellings, lower case', () => {
    for (const p of ['ljouwert', 'snits', 'it hearrenfean', 'aldegea', 'alde feanen', 'frjentsjer', 'boalsert']) expect(places().has(p)).toBe(true);
    expect(places().has('femke')).toBe(false);
  });

  it.each([
    'Sneon mei de bern nei Frjentsjer west, wat in moaie dei',
    'Juster mei de fyts by Aldegea lâns, prachtich',
    'Met de kano door de Alde Feanen gepeddeld vanmiddag',
    'Wy wenje no al tsien jier yn It Hearrenfean',
    'Op zaterdag boodschappen in Boalsert en daarna naar huis',
  ])('no person in "%s"', (t) => expect(names(t)).toEqual([]));

  it('leaves people after the same prepositions alone', () => {
    expect(names('Gisteren bij Femke op de koffie geweest')).toEqual(['Femke']);
    expect(names('Morgen gaan we naar Wytske en haar kinderen')).toContain('Wytske');
  });

  it('a person cue before a place name still makes it a person', () => {
    expect(names('Mijn buurvrouw Linde heeft een nieuwe fiets')).toEqual(['Linde']);
  });
});

describe('names: fewer false alarms on ordinary words', () => {
  it.each([
    'De week erna was het gelukkig rustiger op de afdeling',
    'Als hij dat nog eens doet dan is hij de sjaak, echt waar',
    'Wie zet er steeds een grijze Tesla voor mijn garage?',
    'Mijn zoon elke dag naar training brengen is een hele klus',
    'Collega mag ik je wat vragen over het rooster?',
  ])('no name in "%s"', (t) => expect(names(t)).toEqual([]));

  it.each([
    ['Thuis met een zieke Daan vandaag', 'Daan'],
    // A title before a lower-case particle: the surname is found from its particle on.
    ['Dank je wel meneer el khatib voor het gesprek', 'el'],
    ['met nguyen en oksana naar de bieb', 'nguyen'],
  ])('still finds the person in "%s"', (t, name) => expect(names(t).join(' ')).toContain(name));
});

describe('birthdate: an age with its subject left out, after a named person', () => {
  it('fires', () => {
    expect(ages('Onze Mila heeft haar zwemdiploma gehaald! 5 jaar oud en zo trots.')).toEqual(['5 jaar oud']);
    expect(ages('Little Jasper learnt to ride his bike today. 4 years old and unstoppable!')).toEqual(['4 years old']);
  });
  it('does not fire without a person, or without "old"', () => {
    expect(ages('Die fiets doet het nog prima. 10 jaar oud en nog steeds snel.')).toEqual([]);
    expect(ages('Met Sanne naar de film. 2 uur later waren we thuis.')).toEqual([]);
  });
});

describe('health: coming out with words between the verb and "uit de kast" is one fact', () => {
  it('one span over the whole statement', () => {
    const t = 'Mijn buurman Joost kwam vorig jaar uit de kast als homo, zo blij voor hem';
    expect(findings(t).filter((f) => f.category === 'health').map((f) => f.text)).toEqual(['kwam vorig jaar uit de kast als homo']);
  });
});

describe('relatedness: the writer in a staff role', () => {
  it.each([
    'Als zorgcoördinator zie ik elke maand meer jongeren die vastlopen.',
    'As head of year I have had a very long week.',
    'Fietsen graag netjes in het rek zetten. Groeten van de conciërge',
    'Beste ouders, vergeet niet de toestemmingsformulieren in te leveren.',
    'Als die vader nog één keer mijn mobiel belt na tienen ga ik gillen',
    'Die moeder wil het steeds over de cijfers van haar dochter hebben.',
    'So proud of my havo kids today, what a performance!',
    'Mijn 3b kids hebben vandaag echt hun best gedaan',
    'In de onderbouw is het rooster dit jaar een puzzel.',
    'Wat een avond bij het docentenvolleybal, spierpijn morgen!',
  ])('work: "%s"', (t) => expect(rel(t)).toBe('work'));

  it.each([
    'Mijn zus begint volgende maand als docent aardrijkskunde in Zwolle, zo trots!',
    'Mijn moeder belt me elke zondag om bij te praten.',
    'Trots op mijn kids vandaag, wat een dag!',
    'Mijn nichtje zit sinds september in de brugklas en vindt het geweldig.',
    'My nephew started secondary school this week, he is in year 7 now.',
    'Het lerarentekort wordt elk jaar groter, doe er wat aan Den Haag.',
    'Open dag op het Bonifatiuscollege bezocht, mooie school met een leuke sfeer.',
  ])('none: "%s"', (t) => expect(rel(t)).toBe('none'));
});

describe('C3 and C4 in new phrasings', () => {
  it('"ik ben er" is a disclosure only with a function or "werkzaam"', () => {
    expect(codes('Op Liudger vandaag een ruzie op het plein, ik ben er meteen tussen gegaan.')).toContain('disclosure-missing');
    expect(codes('Liudger is mijn tweede thuis, ik ben er al 12 jaar docent.')).not.toContain('disclosure-missing');
  });
  it('a quoted "personal opinion" after "geen" is negated', () => {
    expect(codes("Dit is geen 'persoonlijke mening', op Liudger moet dit anders.")).toContain('opinion-missing');
    expect(codes('Persoonlijke mening: op Liudger moet dit anders.')).not.toContain('opinion-missing');
  });
});
