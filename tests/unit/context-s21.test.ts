// Mechanisms added in the session of 2026-12-02 (issue 11), each with sentences of our own, not from any batch:
// what must fire and what must not. The first half was written before batch-7's misses were read, the second
// after (the kinds, not the sentences, come from that batch).
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/protocol/evaluate.ts';
import { normalize } from '../../src/protocol/normalize.ts';
import { detectRelated } from '../../src/protocol/related.ts';
import { hasDisclosure } from '../../src/protocol/rules/disclosure.ts';
import { hasOpinion } from '../../src/protocol/rules/opinion.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/schema.ts';

const rel = (t: string) => detectRelated(normalize(t), DEFAULT_SETTINGS);
const disclosed = (t: string) => hasDisclosure(normalize(t).lower, DEFAULT_SETTINGS);
const opinion = (t: string) => hasOpinion(normalize(t).lower, DEFAULT_SETTINGS);
const found = (t: string, category: string) =>
  evaluate({ text: t, site: 'facebook' }, DEFAULT_SETTINGS).findings.filter((f) => f.category === category).map((f) => f.text);

describe("relatedness: more of a teacher's working day", () => {
  it.each([
    'Exam invigilation all morning, I counted every ceiling tile in the sports hall',
    'Emma in my form has been off for a week now',
    'Lucas is the youngest in our year group this year',
    'Period 5 on a Friday is a special kind of challenge',
    'Lijstje voor de excursie: Anna Bos 209983, Ruben Meijer 210034',
    'Noor (204873) forgot her PE kit again',
    'Pupil asked me today whether I was alive before the internet',
    'Wie heeft de sleutel van het scheikundelokaal? Moet morgen een practicum geven',
    'Hoera, de digiborden in de lokalen van het B-gebouw werken eindelijk',
    'A pupil gave a talk to our staff about the ramp that is missing',
  ])('work: "%s"', (t) => expect(rel(t)).toBe('work'));

  it.each([
    'Gisteren met zoonlief naar de open dag van de middelbare school in Heerenveen',
    'Als mama van een brugklasser: hoe overleef ik de eerste toetsweek?',
    'As a parent, not a teacher, I found the Liudger info evening confusing.',
    'Ten years ago I left teaching for UX design. Best decision I ever made.',
    'Na tien jaar maak ik de overstap naar een softwarebedrijf. Ik ga het lesgeven missen.',
    'Gezocht: iemand die onze Mila (8) op dinsdag van school kan halen',
    'Mooi gesprek gehad over muziek in de klas tijdens een congres',
    "Ik heb het boek 'Lesgeven in de klas van nu' uit, een aanrader",
    'Lost my student card at the University of Utrecht library, please DM me',
    'Certificaat EHBO vandaag behaald, erg nuttig',
    'Bestelling 204873 Jan is nog steeds niet bezorgd',
    'We are hosting an exchange student from Spain this summer',
  ])('none: "%s"', (t) => expect(rel(t)).toBe('none'));

  it('blanks only the classroom words of a topic, not the writer\'s own pupils', () => {
    expect(rel('Vandaag met mijn leerlingen in de klas een proef gedaan')).toBe('work');
  });
});

describe('disclosure (C3) in more phrasings', () => {
  it.each([
    'Liudger | Engels | mentor brugklas\nVandaag de eerste les van het jaar!',
    'Prize-giving evening tonight.\n\nTeacher. Liudger. Coffee addict.',
    'Werk al 12 jaar met veel plezier op het Liudger.',
    'After six years on staff at Liudger I still love the first day of term.',
    'Mijn eerste week als receptioniste bij CSG Liudger zit erop!',
    'Our robotics team from Liudger came second! As their coach (and maths teacher) I am proud.',
  ])('disclosed: "%s"', (t) => expect(disclosed(t)).toBe(true));

  it.each([
    'Onze leerlingen van Liudger doen mee aan de taalprijs',
    'Die nieuwe coach van Liudger is streng',
    'Mijn zoon zit op Liudger | brugklas | blij',
    // The writer's pupils at the school are not said to be the writer's workplace (tests/unit/rules/disclosure.test.ts).
    'My students at Liudger built a weather station this term.',
  ])('not disclosed: "%s"', (t) => expect(disclosed(t)).toBe(false));
});

describe('opinion (C4) in more phrasings', () => {
  it.each([
    'Just my two cents: every school should try this.',
    'Unpopular opinion: het nieuwe rooster werkt prima.',
    'Docentenpet even af: ik vind de nieuwe regels te streng.',
    'Teacher hat off for a second: the canteen prices are ridiculous.',
    'Persoonlijke gedachten, niet namens iemand: de toetsweek is te vol.',
    'Mijn mening: er moet meer gebeuren tegen pesten.',
  ])('opinion: "%s"', (t) => expect(opinion(t)).toBe(true));

  it.each([
    'Dit is niet zomaar mijn persoonlijke mening, het is het beleid.',
    'Wat is jouw mening over het rooster?',
  ])('no opinion: "%s"', (t) => expect(opinion(t)).toBe(false));
});

describe('health in lay words, tied to a person', () => {
  it.each([
    ['Mijn mentorleerling Bram slikt sinds kort pillen voor zijn concentratie', 'pillen'],
    ['Noah from 4B is off school with glandular fever', 'glandular fever'],
    ['Collega Henk heeft sinds kort een gehoorapparaat', 'gehoorapparaat'],
    ['Buurvrouw Joke heeft de griep en ligt op bed', 'de griep'],
    ['Hij heeft corona en ligt op bed', 'heeft corona'],
    ['Mijn neef is in blijde verwachting van een tweeling', 'in blijde verwachting'],
    ['Yusra vast dit jaar voor het eerst mee tijdens de ramadan', 'vast dit jaar voor het eerst mee tijdens de ramadan'],
    ['the boy who came out to me last year is doing great', 'came out to me'],
    ['Kenan zit met zijn ouders op de Mekka-reis', 'Mekka-reis'],
  ])('"%s"', (t, span) => expect(found(t, 'health').join(' ')).toContain(span));

  it.each([
    'In corona tijd gaf hij les vanuit huis',
    'Vandaag de griepprik gehaald, arm doet zeer',
    'Corona heeft de horeca hard geraakt',
    'Hij was een tegenaanval van Heerenveen te laat',
  ])('nothing in "%s"', (t) => expect(found(t, 'health')).toEqual([]));
});

describe('ages and years of birth', () => {
  it.each([
    ['our 16-year-old just passed her theory test', '16-year-old'],
    ['Sara, die gisteren 16 werd, trakteerde', 'gisteren 16 werd'],
    ['omdat ze morgen 18 wordt mag ze stemmen', '18 wordt'],
    ['Onze Sem wordt vandaag zestien!', 'zestien'],
    ['Grandad turned ninety today', 'ninety'],
    ['Mijn nichtje Eva (geboren in 2012) gaat naar de middelbare', 'geboren in 2012'],
    ['Gisteren is mijn schoonmoeder Gerrie van der Meer (82) gevallen', '82'],
  ])('"%s"', (t, span) => expect(found(t, 'birthdate').join(' ')).toContain(span));

  it.each([
    'de ploeg die 2 werd in de competitie',
    'our 20-year-old marriage is still going strong',
    'Ik werd vandaag veertig',
    'hij werd tien minuten later opgehaald',
    'het wordt morgen twintig graden',
  ])('nothing in "%s"', (t) => expect(found(t, 'birthdate')).toEqual([]));
});

describe('student numbers', () => {
  it('a label with the pupil\'s full name between', () => {
    expect(found('En het leerlingnummer van Daan de Boer is 231466, niet 231467', 'student-number')).toContain('231466');
  });

  it.each([
    ['Sanne (nr. 204718) was weer te laat', '204718'],
    ['pasje gevonden, id 204718, van een brugklasser', '204718'],
    ['lln-nummer 204718 staat dubbel', '204718'],
    ['leerling #204718 heeft nog boeken', '204718'],
    ['het ll.nr. van Tim is 204718', '204718'],
    ['Student number: 20 47 18', '20 47 18'],
  ])('"%s"', (t, n) => expect(found(t, 'student-number')).toContain(n));

  it.each(['Bestelnummer 204718 van de leerling is binnen', 'Order #204718 voor de leerlingen is verzonden', 'id 204718 van mijn pakketje'])(
    'nothing in "%s"',
    (t) => expect(found(t, 'student-number')).toEqual([]),
  );
});
