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
    // Written for issue 11: pregnancy, accidents, allergies, medication, speech, belief.
    ['mijn collega Femke is in verwachting', 'in verwachting'],
    ['Lisa is zwanger van de tweede 🤰', 'zwanger'],
    ['Kevin is aangereden op weg naar huis', 'aangereden'],
    ['Daan heeft een pinda-allergie', 'pinda-allergie'],
    ['Sanne is allergisch voor noten', 'allergisch'],
    ['My student Tom has a broken wrist', 'a broken wrist'],
    ['Yara viel van de trampoline, sleutelbeen gebroken', 'sleutelbeen gebroken'],
    ['For my little boy: his stutter is getting worse', 'stutter'],
    ['mijn broer heeft het syndroom van Down', 'syndroom van Down'],
    ['Morgen op kraambezoek bij collega Margriet', 'kraambezoek'],
    ['Mijn collega is christen en vast niet mee', 'christen'],
    // Session 22: a condition by its possessive, or as the first part of a compound about a person's care.
    ["My dad's Parkinson's is getting worse", "Parkinson's"],
    ['Mijn leerling Bilal kreeg pas in 4 havo een dyslexieverklaring', 'dyslexieverklaring'],
    ['Noor uit 2B heeft autismebegeleiding op dinsdag', 'autismebegeleiding'],
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
    'Het glas is gebroken, zei hij',
    'His results came out today',
    'Een leerling die zich niet veilig voelt om uit de kast te komen verdient steun.',
    'Every student with an allergy should tell the kitchen.',
    'Ons dyslexiebeleid wordt dit jaar herzien.',
    "Alzheimer's research deserves more money.",
  ])('leaves %j alone', (text) => {
    expect(found(text, 'health')).toEqual([]);
  });
});
