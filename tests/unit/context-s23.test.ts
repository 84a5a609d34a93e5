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

describe('health: kinds from the read half of pd-train-1, in sentences of our own', () => {
  it.each([
    ['Mijn leerling Bram, die een stammer heeft, las vandaag hardop voor.', 'stammer'],
    ['Our Mia got her first hearing aid today and heard the birds!', 'hearing aid'],
    ['Ons zoontje Luuk heeft morgen zijn buisjes, spannend.', 'buisjes'],
    ['Mijn schoonvader Gerrit is vandaag drie jaar kankervrij!', 'kankervrij'],
    ['Onze buurman Wim is diaken in de kerk in Joure.', 'diaken'],
    ['My uncle Pete lost his right arm in a motorbike crash last year.', 'lost his right arm'],
    ['Us Sietske hat har pols brutsen by it reedriden.', 'har pols brutsen'],
    ['Zijn moeder vertelde dat Milan nu behandeld wordt voor depressieve klachten.', 'depressieve klachten'],
    ['My grandad Tom has been slower since his stroke in May.', 'his stroke'],
    ['Our neighbour Leyla invited us to break the fast with her family tonight.', 'break the fast'],
    ['Mijn collega Anwar brengt zijn vader elke vrijdag naar de moskee.', 'naar de moskee'],
    ['Mijn leerling Sven vertelde in de klas dat hij op jongens valt.', 'op jongens valt'],
    ['Myn neef Hessel is troud mei syn freon Jan.', 'troud mei syn freon'],
  ])('"%s"', (t, span) => expect(found(t, 'health').join(' ')).toContain(span));

  it.each([
    'Iftar met de hele klas vanavond, iedereen welkom!',
    'De buisjes van de cv-ketel lekken weer.',
    'Great breaststroke from the whole team at the gala.',
    'Mijn leerling Tim vroeg of er een hoorspel komt.',
  ])('stays quiet: "%s"', (t) => expect(found(t, 'health')).toEqual([]));
});

describe('birthdate and pupil numbers: kinds from the read half of pd-train-1, in sentences of our own', () => {
  it.each([
    ['Lokwinske, leave Sjoerd! 9 jier alwer 🎂', '9 jier'],
    ['Us Baukje is juster tolve wurden.', 'tolve'],
    ['Lieve Hanneke, vandaag 50 jaar en nog steeds de gezelligste buurvrouw van de straat 🎂', '50 jaar'],
  ])('age: "%s"', (t, span) => expect(found(t, 'birthdate').join(' ')).toContain(span));

  it.each([
    ['These student numbers have not handed in the form yet: 213377, 219904 and 220015.', ['213377', '219904', '220015']],
    ['Magister toont SID 215501 twee keer.', ['215501']],
    ['Jan Bakker, 3H, 214578', ['214578']],
    ['Kun je nr. 223456 (Yusuf) even checken?', ['223456']],
    ["My pupil's ID is 224512, can someone check it?", ['224512']],
  ])('pupil number: "%s"', (t, nums) => expect(found(t, 'student-number')).toEqual(nums));

  it.each(['Ordernummer 223456 (Bol)', 'Kamer 2B, 214578 bezoekers', 'Tel. 0512-214578 (Piet)', 'Student numbers rose to 120000 nationwide last year.'.replace('120000', 'about 120 thousand')])(
    'not a pupil number: "%s"',
    (t) => expect(found(t, 'student-number')).toEqual([]),
  );
});

describe("C3 and C4: someone else's function, retirement, Frisian, 'someone who', 'takes my own'", () => {
  it.each([
    'Gefeliciteerd Sanne, vanaf vandaag teamleider op CSG Liudger!',
    'Congrats to Pieter, who was just appointed deputy head at CSG Liudger.',
    'Oud-collega Henk kwam langs op CSG Liudger en vertelde over zijn tijd als docent.',
    'Na 35 jaar lesgeven op CSG Liudger ben ik nu al drie jaar met pensioen.',
  ])('not a disclosure: "%s"', (t) => expect(disclosed(t)).toBe(false));

  it.each([
    'Moarn iepen dei! Ik bin by de stand fan skiednis, want dêr jou ik les op CSG Liudger.',
    'A view from someone who has taught maths at CSG Liudger for ten years: phones out.',
    'Na 35 jaar lesgeven op CSG Liudger ga ik volgend jaar met pensioen.',
  ])('a disclosure: "%s"', (t) => expect(disclosed(t)).toBe(true));
});

import { hasOpinion } from '../../src/protocol/rules/opinion.ts';
describe('C4: "takes" as opinions in a bio-like line', () => {
  it('"all takes my own"', () => expect(hasOpinion(normalize('Liudger should keep the trips.\n\nall takes my own').lower, DEFAULT_SETTINGS)).toBe(true));
  it('"takes" that are not opinions', () => expect(hasOpinion(normalize('It takes my own car to get there').lower, DEFAULT_SETTINGS)).toBe(false));
});

describe('kinds from the second half of pd-train-1, in sentences of our own', () => {
  it.each([
    ['Onze buurman Kees is gisteren van de trap gevallen. Hersenschudding en een gebroken pols.', 'Hersenschudding'],
    ['Us heit hat in nije knie krigen, no seis wiken revalidaasje.', 'nije knie'],
    ['Myn omke Sjoerd leit no op de IC yn Ljouwert.', 'op de IC'],
    ['Gisteren de bruiloft van Femke en haar vriendin Noor gevierd 💍', 'haar vriendin'],
    ['Mijn collega Yasmina doet dit jaar weer mee aan de ramadan.', 'ramadan'],
    ['Us beppe giet noch alle sneins nei tsjerke.', 'nei tsjerke'],
    ['My aunt Carol has been on blood thinners since the summer.', 'blood thinners'],
  ])('health: "%s"', (t, span) => expect(found(t, 'health').join(' ')).toContain(span));
  it.each([
    'Hersenschudding: wat moet je weten? Een les voor alle leerlingen.',
    'De ramadan begint morgen, fijne ramadan iedereen.',
  ])('health stays quiet: "%s"', (t) => expect(found(t, 'health')).toEqual([]));

  it.each([
    ['Collega Wietske heeft vandaag Sarah gezien 🎉', 'Sarah gezien'],
    ['Taart gebakken voor de 50e van mijn schoonvader 🎂', 'de 50e van mijn schoonvader'],
    ['My best friend Joost hits the big 4-0 on Friday!', 'the big 4-0'],
    ['Our Lotte got her swimming diploma at 6 years old!', 'at 6 years old'],
  ])('age: "%s"', (t, span) => expect(found(t, 'birthdate').join(' ')).toContain(span));
  it.each(['Ik heb vandaag Abraham gezien, help 😅', 'I hit the big 5-0 tomorrow.', 'Een boek over Abraham en Sara in de bijbel.', 'We arrived at 6 years old school building.'])(
    'age stays quiet: "%s"',
    (t) => expect(found(t, 'birthdate')).toEqual([]),
  );

  it('a pupil-number label in a question, the number in the next sentence', () =>
    expect(found('Does the leerlingnummer change when a pupil moves? We see 215566 twice.', 'student-number')).toEqual(['215566']));
  it('a question with no number stays quiet', () =>
    expect(found('Does the student ID change when a pupil moves? Asking for 3 colleagues.', 'student-number')).toEqual([]));

  it.each([
    'Mooi gesprek gehad met Jorrit de Vries, docent aardrijkskunde bij CSG Liudger.',
    'Mijn dochter werkt sinds maart als onderwijsassistent op CSG Liudger.',
  ])('not a disclosure: "%s"', (t) => expect(disclosed(t)).toBe(false));
});

import { detectRelated } from '../../src/protocol/related.ts';
describe('relatedness: another master, someone else\'s years in a role, the writer\'s own student number', () => {
  const rel = (t: string) => detectRelated(normalize(t), DEFAULT_SETTINGS);
  it.each([
    'Mooie documentaire over hoe zijn jaren als burgemeester hem veranderden.',
    'Mijn oude studentnummer van de hogeschool was 1987345, ik weet het nog.',
  ])('none: "%s"', (t) => expect(rel(t)).toBe('none'));
  it.each(['Na mijn jaren als docent weet ik het wel.', 'Mijn leerling llnr 204718 is ziek vandaag.'])('work: "%s"', (t) => expect(rel(t)).toBe('work'));
});
