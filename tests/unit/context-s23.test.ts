// Mechanisms added in session 23 (issue 11), each with sentences of our own, not from any batch or training file:
// what must fire and what must stay quiet. The kinds come from batch-9's misses after its one measurement
// (orientation by a partner, religion by rite, a condition in the sentence next to its person, a handle with a
// trade word, disclosure in Frisian, abbreviated or denied).
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/protocol/normalize.ts';
import { hasDisclosure } from '../../src/protocol/rules/disclosure.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/schema.ts';
import { found } from './detectors/helpers.ts';

const disclosed = (t: string) => hasDisclosure(normalize(t).lower, DEFAULT_SETTINGS);

describe('health: sexual orientation told by a partner of the same sex', () => {
  it.each([
    ['Mijn collega Anouk is vorig jaar getrouwd met haar vrouw Esther.', 'haar vrouw'],
    ['Gisteren de bruiloft van Ruben en zijn man Tarik gevierd!', 'zijn man'],
    ['My colleague Mark and his husband just adopted a baby.', 'his husband'],
    ['So happy for Jess, she got engaged to her girlfriend Amy last night!', 'engaged to her girlfriend'],
    ['Lieke trouwt volgende maand met haar vriendin Fenna.', 'trouwt volgende maand met haar vriendin'],
    ['Sara en har frou Janneke hawwe in poppe krigen.', 'har frou'],
    ['Onze buurjongen Daan heeft twee moeders en is superlief.', 'twee moeders'],
  ])('"%s"', (t, span) => expect(found(t, 'health').join(' ')).toContain(span));

  it.each([
    'Mijn collega Anna en haar vriendin gingen samen winkelen.',
    'My colleague Mark and his wife just adopted a baby.',
    'Jess and her girlfriends went to a festival.',
    'Mijn ouders zijn man en vrouw sinds 1980.',
    'Vandaag een les over het homohuwelijk in Nederland.',
  ])('stays quiet: "%s"', (t) => expect(found(t, 'health')).toEqual([]));
});

describe('health: religion by rite or practice', () => {
  it.each([
    'Our neighbour Tom was baptised last Sunday.',
    'Mijn nichtje Emma is zondag gedoopt in de kerk in Sneek.',
    'Huge congrats to Noah on his bar mitzvah this weekend!',
    "Proud of my nephew Ben, he got confirmed today at St. Mary's.",
    'Mijn collega Sjoerd vierde gisteren het suikerfeest met zijn familie.',
    'Kees draagt sinds kort een keppeltje.',
    'Mijn leerling Yusuf eet alleen halal, dus de barbecue moest anders.',
    'My tutee Eli keeps the sabbath, so no Saturday matches for him.',
    'Us Jan giet elke snein nei de tsjerke.',
    'Mijn collega Samira bidt vijf keer per dag.',
  ])('"%s"', (t) => expect(found(t, 'health').length).toBeGreaterThan(0));

  it.each([
    'Fijne ramadan aan iedereen die vast!',
    'Ramadan Mubarak to everyone celebrating 🌙',
    'Ik ben zelf gedoopt als baby, maar nu niet meer gelovig.',
    'I was baptised when I was 12.',
    'Les over de bar mitswa en het vormsel bij godsdienst vandaag.',
    'Confirmation email received for the school trip, thanks Sarah!',
    'Sarah sent her confirmation email for the trip.',
    'De kerk bij ons in het dorp gaat dicht.',
  ])('stays quiet: "%s"', (t) => expect(found(t, 'health')).toEqual([]));
});

describe('health: a definite condition belongs to the person of the sentence next to it', () => {
  it.each([
    ['My dad (79) fell again. The dementia is getting worse every week.', 'dementia'],
    ['Mijn moeder is gisteren gevallen. De alzheimer wordt steeds erger.', 'alzheimer'],
    ['De laatste chemo zit erop! Zo trots op mijn zus Ilse 💪', 'chemo'],
  ])('"%s"', (t, span) => expect(found(t, 'health').join(' ')).toContain(span));

  it.each([
    'Kanker is een verschrikkelijke ziekte. Mijn collega Eva loopt een marathon voor KWF.',
    'Het autisme is een spectrum. Mijn leerling Tom vertelde het mooi.',
    'Mijn collega Jan gaf een les over diabetes. De diabetes bij jongeren neemt toe.',
    'De chemo-afdeling in het ziekenhuis is verbouwd. Mijn collega Sanne werkt daar.',
    'Weet iemand hoe de dyslexiebegeleiding is op die school? Mijn buurman vroeg het.',
    'Mijn zus Eva is arts.\n\nDe dementie in Friesland neemt toe.',
  ])('stays quiet: "%s"', (t) => expect(found(t, 'health')).toEqual([]));
});

describe('handle: a trade word inside a person\'s handle', () => {
  it('a first name and a verb of a hobby is a person', () => {
    expect(found('Foto’s door @daan.fotografeert, top!', 'handle')).toEqual(['@daan.fotografeert']);
  });
  it.each(['@daan.fotostudio', '@studio_daan', '@annafotografie', '@kapsalon.lisa', '@lotte_fc'])('a business stays a business: %s', (h) =>
    expect(found(`Met dank aan ${h}`, 'handle')).toEqual([]),
  );
});

describe('C3: disclosure in Frisian, abbreviated, and not when denied or someone else\'s', () => {
  it.each([
    'Ik wurkje al tsien jier op CSG Liudger en ik fyn it noch altyd moai.',
    'Mooie dag.\nMarit | doc. wiskunde CSG Liudger',
    'Great day at the science fair.\nHoD English, CSG Liudger',
  ])('"%s"', (t) => expect(disclosed(t)).toBe(true));

  it.each([
    'I do not teach at CSG Liudger, my wife does.',
    'I never work at CSG Liudger on Fridays, my wife does.',
    "My daughter's teacher at CSG Liudger emailed us.",
    'Mijn zoons mentor op CSG Liudger belde net.',
    'Het document over CSG Liudger is klaar.',
  ])('not: "%s"', (t) => expect(disclosed(t)).toBe(false));
});

describe('birthdate: an age after a few words of time, or said with a birthday cue', () => {
  it.each([
    ['Onze Sterre wordt volgende week al 5!', '5'],
    ['Hiep hiep hoera, Yara is vandaag dertien!', 'dertien'],
  ])('"%s"', (t, age) => expect(found(t, 'birthdate').join(' ')).toContain(age));
  it.each([
    'Hoera, het is vandaag twee jaar geleden!',
    'Feestje! De klas is vandaag twaalf leerlingen groot.',
    'Jarig! Ik ben vandaag dertig.',
    'Hoera, mijn hond Bello is vandaag tien!',
  ])('stays quiet: "%s"', (t) => expect(found(t, 'birthdate')).toEqual([]));
});
