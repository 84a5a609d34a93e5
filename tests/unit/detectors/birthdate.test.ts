import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

describe('birthdate', () => {
  it.each([
    ['Gefeliciteerd met je 50e verjaardag!', '50e verjaardag'],
    ['Lieve Mirjam, gefeliciteerd met je 40e! 🎉', 'je 40e'],
    ['Yara is vandaag 16 geworden 🎉', '16 geworden'],
    ['My niece Isla, 7 today! 🎂', '7 today'],
    ['Teun was born on 3 March 2011', 'born on 3 March 2011'],
    ['Geboren op 14 oktober, 3240 gram', 'Geboren op 14 oktober'],
    ['One of my students, Hylke (15), asked me', '15'],
    ['Zoon van de buren (Timo, 12) maaide het gras', '12'],
    ['Happy 18th birthday Sam', '18th birthday'],
    ['Geboortedatum: 12-03-2011', 'Geboortedatum: 12-03-2011'],
    // Written for issue 11: ages and birthdays in the ways a mentor or colleague posts them.
    ['Jesse uit mijn mentorklas wordt vandaag 14 🎂', '14'],
    ['wordt morgen 18, feestje!', '18'],
    ['Sophie werd gisteren 16', '16'],
    ['Vandaag is Lars jarig: 15 jaar alweer!', '15 jaar'],
    ['Happy birthday Dave, 50 today!', '50 today'],
    ['Happy 50th Marco!', 'Happy 50th'],
    ['Onze Lotte (6) gaat naar groep 3', '6'],
    // A verb between "geboren" and the date; Frisian ages.
    ['Weet iemand of Noah Wiersma geboren is op 03-09-2013?', 'geboren is op 03-09-2013'],
    ['Us mem Tjitske wurdt moarn 75', '75'],
    ['Ús Jildau is juster 12 jier wurden', '12 jier wurden'],
    ["my tutee told me she's been unwell. she's 15.", '15'],
    ["For my little boy, he's 4 and loves trains", '4'],
    ['noor (6) lost her first tooth today', '6'],
    ['Babysit gezocht voor onze jongens (5 en 8)', '5 en 8'],
    ['Us lytse Sjoerd is hjoed 2 wurden 🎈', '2 wurden'],
  ])('finds it in %j', (text, span) => {
    expect(found(text, 'birthdate')).toEqual([span]);
  });
  it.each([
    'Onze Roos is 3 jaar geworden! 🐶 Beste hond',
    'Morgen trakteer ik want ik ben 10 jaar in dienst',
    'Stemrecht vanaf 16 jaar verdient aandacht',
    'Nothing humbles you like a 13-year-old asking questions',
    'Lammers in de 89e minuut',
    'voor de 3e keer deze week',
    'Leerling Sanne (4V) en klas (2C)',
    'After 6 years in the classroom, I am ready 🎉',
    'Het bedrijf wordt 25 dit jaar',
    'De temperatuur wordt morgen 18 graden',
    'Feestje! 20 jaar getrouwd',
    'Jarig! 14 taarten gebakken',
    'Hoofdstuk (4) is lastig',
    'Opdracht (3): maak een poster',
    "He's 40 minutes late again",
  ])('leaves %j alone', (text) => {
    expect(found(text, 'birthdate')).toEqual([]);
  });
});
