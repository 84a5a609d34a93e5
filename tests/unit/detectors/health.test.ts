import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

describe('health', () => {
  it.each([
    ['Mijn leerling Sanne heeft dyslexie', 'dyslexie'],
    ['mijn leerling noor heeft dyslexie', 'dyslexie'],
    ['Collega Jan zit thuis met een burn-out', 'burn-out'],
    ['Thijs, die in een rolstoel zit, deed mee', 'in een rolstoel'],
    ['Noah has type 1 diabetes', 'type 1 diabetes'],
    ['my student Finn broke his leg at football', 'broke his leg'],
    ['Ze is dement en weggelopen', 'dement'],
    ['Pieter vertelde dat hij homo is', 'homo'],
    ['Fatima, de enige moslima in de klas', 'moslima'],
    ['Lotte uit 1A heeft ADHD', 'ADHD'],
  ])('finds it in %j', (text, span) => {
    expect(found(text, 'health')).toEqual([span]);
  });
  it.each([
    'Ik ben zelf ook dyslectisch, dus ik weet hoe dat is.',
    'A workshop on dyslexia-friendly teaching for the staff.',
    'Hoe help je leerlingen met dyslexie het beste?',
    'Great session on autism awareness for teachers.',
    'I have ADHD myself and it helps me understand.',
    'Please add the file to the folder.',
  ])('leaves %j alone', (text) => {
    expect(found(text, 'health')).toEqual([]);
  });
});
