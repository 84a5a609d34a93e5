// Mechanisms added in session 22 (issue 11), each with sentences of our own, not from any batch or training file:
// what must fire and what must not. The kinds come from batch-8's misses and from the read half of
// training/context/ctx-train-1.jsonl (see training/context/README.md).
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/protocol/evaluate.ts';
import { normalize } from '../../src/protocol/normalize.ts';
import { detectRelated, judgeRelated } from '../../src/protocol/related.ts';
import { hasDisclosure } from '../../src/protocol/rules/disclosure.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/schema.ts';

const rel = (t: string) => detectRelated(normalize(t), DEFAULT_SETTINGS);
const disclosed = (t: string) => hasDisclosure(normalize(t).lower, DEFAULT_SETTINGS);
const found = (t: string, category: string) =>
  evaluate({ text: t, site: 'facebook' }, DEFAULT_SETTINGS).findings.filter((f) => f.category === category).map((f) => f.text);

describe('relatedness: general evidence', () => {
  it.each([
    'Vanaf maandag werken we op de vestiging Drachten in het noodgebouw',
    'Wie neemt morgen mijn pleindienst over? Ik moet naar de tandarts',
    'Three hours of grading tonight and I am only halfway',
    'Our head of department wants the schemes of work by Friday',
    'Eerste week na de zomer zit erop. Moe maar blij. #docent',
    'Als echte wiskundedocent vind ik breuken gewoon mooi',
    'As a geography teacher I get asked about volcanoes every single week',
    'Docent hier: nee, wij hebben niet twaalf weken vakantie',
    'Made a quiz for my French class and they beat my record',
    'Een leerling bracht vandaag zelfgebakken koekjes voor mij mee',
    'Zondagavond nog vier lessen voorbereid, maandag kan komen',
    'Eerst nog een uur mails van ouders beantwoorden en dan slapen',
    'Morgen de generale van onze schoolmusical, duimen maar',
    'Ouders: de gevonden voorwerpen liggen tot vrijdag bij de receptie',
  ])('work: "%s"', (t) => expect(rel(t)).toBe('work'));
  it('school days are not the school', () => expect(rel('Foto gevonden van onze schooltijd, wat een kapsels')).toBe('none'));

  it.each([
    'Eindelijk mijn eerste zumbales gegeven bij de sportschool, wat een energie',
    'Als rijinstructeur zie ik elke dag hoe nerveus mijn leerling is voor het examen',
    'Teaching my mum to video call, lesson two went better',
    'Gezellige kerstborrel met de collega’s van de bibliotheek',
    'Back when I worked at the garden centre my colleagues were the best',
    'Toen ik zelf op school zat hadden we nog krijtborden',
    'Scholen moeten zelf kiezen hoeveel huiswerk ze geven',
    'Mooi stuk over collega-docenten die zijn overgestapt naar het mbo',
  ])('none: "%s"', (t) => expect(rel(t)).toBe('none'));

  it('a quoted speaker\'s child is not the writer\'s', () => {
    const j = judgeRelated(normalize('De ouder die belde zei: "mijn dochter krijgt in die klas nooit de beurt". Ik heb het rustig uitgelegd.'), DEFAULT_SETTINGS);
    expect(j.features).not.toContain('ownChild');
    expect(j.related).toBe('work');
  });
});

describe('disclosure (C3): more phrasings', () => {
  it.each([
    'Open avond bij CSG Liudger, als examensecretaris ben ik de hele avond bij de stand',
    'Nieuwe laptops op Liudger! (ben docent informatica daar, dus ik ben blij)',
    'Excited to use this in my chemistry lessons at CSG Liudger',
    'Liudger organiseert een debat, I\'m the section head so come along',
    'Vacature bij CSG Liudger voor een docent Duits. Leuke sectie, als sectievoorzitter mag ik dat zeggen.',
  ])('disclosed: "%s"', (t) => expect(disclosed(t)).toBe(true));

  it.each([
    'Ik werk in het onderwijs en mijn nichtje gaat naar CSG Liudger',
    'Colleague leaving after 30 years teaching maths at CSG Liudger, what a legend',
    'Mijn eerste week als stagiair op CSG Liudger zit erop',
  ])('not disclosed: "%s"', (t) => expect(disclosed(t)).toBe(false));
});

describe('personal data: ages, pupil numbers, health', () => {
  it.each([
    ['Op het feest van mijn buurvrouw, die morgen 70 wordt, was het druk', '70 wordt'],
    ['Mijn tante Gerda (die over een maand 80 wordt) komt ook', '80 wordt'],
  ])('age in a subordinate clause: "%s"', (t, part) => expect(found(t, 'birthdate').join(' ')).toContain(part));

  it('a group of a given age is nobody\'s age', () => expect(found('Die coach laat kinderen van 9 veel te lang rennen', 'birthdate')).toEqual([]));

  it.each([
    ['Graag de inschrijving voor llnr 2087-41 aanpassen', '2087-41'],
    ['Student no. 21 44 07 still has not returned the book', '21 44 07'],
  ])('grouped pupil number: "%s"', (t, n) => expect(found(t, 'student-number')).toContain(n));
  it('a school year after "leerling" is no number', () => expect(found('Het leerlingnummer verandert niet in 2024-2025', 'student-number')).toEqual([]));

  it('one of my pupils with a diagnosis is someone', () =>
    expect(found('One of my students with dyslexia, Tom Hendriks, read aloud today', 'health').join(' ')).toMatch(/dyslexia/));
  it('a stroke tied to a person', () => expect(found('My neighbour had a minor stroke last week', 'health').join(' ')).toMatch(/stroke/));
  it('"half in coma" is sleepy', () => expect(found('De hele klas van Pieter was vanochtend half in coma', 'health')).toEqual([]));
});
