import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

describe('student-number', () => {
  it.each([
    ['leerlingnummer 204718', '204718'],
    ['Bij lln.nr 207745 gaat het mis', '207745'],
    ['(lln.nr. 123457)', '123457'],
    ['student no. 211093', '211093'],
    ["student 214407's assignments", '214407'],
    ['Student ID: 234567', '234567'],
    // Written for issue 11: the other ways a pupil's number is written.
    ['llnr 204718 heeft zijn pas laten liggen', '204718'],
    ['llnr: 204718', '204718'],
    ['ll.nr. 198273 graag melden bij de balie', '198273'],
    ['leerling-nr 187263', '187263'],
    ['stamnummer 176253 is niet ingeschreven', '176253'],
    ['student-ID 223344', '223344'],
    ['pupil number 334455 missed the bus', '334455'],
    ['leerling-ID: 445566', '445566'],
  ])('finds it in %j', (text, number) => {
    expect(found(text, 'student-number')).toEqual([number]);
  });
  it.each([
    ['Zag in haar story: Sanne de Vries 204718, echt?!', '204718'],
    ['Lijstje: Daan (198765) en Noor (198766) missen nog', '198765', '198766'],
    ['204718 - Jesse, 204719 - Fleur: inleveren!', '204718', '204719'],
    ['Kevin Bakker, 211223 stond gewoon op zijn schoolpas', '211223'],
  ])('finds a six-digit number beside a name in %j', (text, ...numbers) => {
    expect(found(text, 'student-number')).toEqual(numbers);
  });
  it.each([
    ['lln 220934 en 220981 moeten nog tekenen', '220934', '220981'],
    ['leerlingnummers 204718, 204733 & 204790 missen', '204718', '204733', '204790'],
    ['student no. 223344 and 223399 were swapped', '223344', '223399'],
    // Not the same length, or not a number of the list: only the labelled one.
    ['llnr 204718 en 2025 was een goed jaar', '204718'],
    ['llnr 204718, 12 punten', '204718'],
  ])('follows a list after one label in %j', (text, ...numbers) => {
    expect(found(text, 'student-number')).toEqual(numbers);
  });
  it('leaves unrelated and example numbers alone', () => {
    expect(found('with their student number (e.g. 123456)', 'student-number')).toEqual([]);
    expect(found('400 leerlingen en 123456 boeken', 'student-number')).toEqual([]);
    expect(found('bestelnummer 123456', 'student-number')).toEqual([]);
    expect(found('Postbus 123456 Drachten', 'student-number')).toEqual([]);
    expect(found('Bestelling 123456 is onderweg', 'student-number')).toEqual([]);
    expect(found('Order 998877 shipped today', 'student-number')).toEqual([]);
    expect(found('We hebben 125000 euro opgehaald', 'student-number')).toEqual([]);
    expect(found('Totaal: € 123456', 'student-number')).toEqual([]);
    expect(found('Het is 12.30 en 123.456 mensen keken', 'student-number')).toEqual([]);
  });
});
