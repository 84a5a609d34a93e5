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
  ])('leaves %j alone', (text) => {
    expect(found(text, 'birthdate')).toEqual([]);
  });
});
