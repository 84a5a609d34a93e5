import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/protocol/normalize.ts';
import { detectRelated } from '../../src/protocol/related.ts';
import { evaluate } from '../../src/protocol/evaluate.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/schema.ts';

const rel = (t: string, s: Settings = DEFAULT_SETTINGS) => detectRelated(normalize(t), s);

describe('detectRelated: explicit', () => {
  it.each([
    'Mooie dag bij CSG Liudger!',
    'mooie dag bij csgliudger',
    'Mooie dag bij CSG  Liudger',
    'Mooie dag bij csg-liudger',
    'Open avond op Liudger vanavond',
    "Liudger's new canteen",
    'Groetjes van @csgliudger',
    'Sportdag! #werkzaambijCSGLiudger',
    '#IkWerkBijLiudger',
    '#liudgerdrachten trots',
    'Mail ons: info@liudger.nl',
    'Zie www.csgliudger.nl/nieuws',
    'Christelijke Scholengemeenschap Liudger bestaat 50 jaar',
  ])('%s', (t) => expect(rel(t)).toBe('explicit'));

  it('does not find the name inside other words', () => {
    expect(rel('Onze hond heet Liudgerina en is heel lief')).toBe('none');
    expect(rel('Meet @liudgerfan99 tonight')).toBe('none');
  });

  it('follows the configured school, not a fixed name', () => {
    const other: Settings = {
      ...DEFAULT_SETTINGS,
      school: { ...DEFAULT_SETTINGS.school, name: 'Het Drachtster Lyceum', aliases: ['DL'], handles: ['drachtsterlyceum'], hashtags: [], domains: ['dl.nl'] },
    };
    expect(rel('Open dag op het drachtster lyceum', other)).toBe('explicit');
    expect(rel('Open dag op Liudger', other)).not.toBe('explicit');
  });
});

describe('detectRelated: work', () => {
  it.each([
    'Mijn klas heeft vandaag een 8 gemiddeld voor de toets!',
    'mn klas was vandaag echt top',
    'Mijn 2 vwo-klas was onrustig vandaag',
    'Nog 60 toetsen nakijken voor maandag',
    'Rapportvergadering tot 21.00, pff',
    'De lln van mijn mentorgroep hebben een filmpje gemaakt',
    'Wat een leuke collega heb ik toch',
    'Vandaag in de les een discussie over klimaat',
    'Twintig jaar voor de klas en nog steeds leuk',
    'Als docent geschiedenis zie ik dit elk jaar',
    'Proud of my students today!',
    'My year 10 class nailed their presentations',
    'Parents evening tonight, wish me luck',
    'Grading papers all weekend #teacherlife',
    'Lesgeven is het mooiste vak dat er is',
  ])('%s', (t) => expect(rel(t)).toBe('work'));
});

describe('detectRelated: none', () => {
  it.each([
    'Lekker gefietst vandaag langs het Tjeukemeer',
    'Eerste schooldag van onze dochter op de basisschool 🎒',
    'Ouderavond bij mijn zoon op school, hij doet het goed',
    'My yoga class was amazing this morning',
    'Mijn dochter haar klas gaat op kamp',
    'Nieuwe fiets gekocht!',
    'Workshop fotografie gegeven in het dorpshuis',
    'Rijles nummer 12 vandaag, bijna examen',
  ])('%s', (t) => expect(rel(t)).toBe('none'));
});

// Written for these tests: a teacher's own class through a code or year group, school routines, marking,
// outings — and the private drafts that share words with them (a child's hobby lesson, a parent, news).
describe('detectRelated: work without "mijn klas"', () => {
  it.each([
    'Morgen met klas 2B naar het Rijksmuseum, nog 30 handtekeningen ophalen',
    'Een leerling (klas 1C) vroeg vandaag of ik echt 40 was 😂',
    'that kid in 3C asked me the best question today',
    'One of my year 10s wrote the funniest poem',
    'my tutor group raised 300 euros for charity!!',
    'mijn brugklassers hebben vandaag hun eerste proefwerk gemaakt',
    'na gym altijd zo\'n chaos in het lokaal',
    '28 verslagen nagekeken, nu wijn 🍷',
    'Reminder: bring your signed forms back to school on monday',
    'Vergeet niet je boek mee te nemen morgen! Groetjes, jullie docent',
    'Great discussion in class today about climate',
    'mijn eindexamenkandidaten zijn klaar, succes allemaal',
    'my sixth formers got their results today',
    '27 werkstukken nagekeken 😴 en nog 30 te gaan',
    'ff de cijfers invoeren en dan weekend',
    'wie van mijn havisten heeft zijn rekenmachine laten liggen?',
    'Proud of my Y11s, they smashed the mock exams',
    'Vandaag met de klas naar de Afsluitdijk, wat een wind',
    "Kids in 2a, don't forget: the assignment is due friday",
    'In de les vandaag een debat over social media, mooi om te zien',
    'mijn 3e klassers zijn echt een leuke groep dit jaar',
    'The parent who keeps emailing me at 11pm about a 6.8 needs a hobby',
    'Another parent called me today about the trip, third one this week',
    'Weer een ouder die me om middernacht appt over een cijfer',
    'ouders die me blijven mailen in het weekend, waarom',
    "Anyone else's class completely lose it when it snows?",
  ])('%s', (t) => expect(rel(t)).toBe('work'));
});

describe('detectRelated: private drafts that share school words', () => {
  it.each([
    'Eerste les gitaar van mijn dochter vandaag, trots!',
    'Vandaag mijn eerste les salsa gehad, wat leuk',
    'Gisteren een schilderles gehad, eerste les aquarel, zo leuk',
    'Mijn zoon had vandaag zijn laatste les zwemmen, diploma A!',
    'Our daughter had her first piano lesson today',
    'Het lerarentekort in Nederland loopt op, lees het artikel',
    'Scholen in Friesland krijgen extra geld voor leraren',
    'De school van onze zoon heeft een nieuwe directeur',
    'Onze dochter zit nu in klas 2B, ze heeft het naar haar zin',
    'Mijn zoon heeft morgen een toets, duimen!',
    'onze jongste was na gym helemaal kapot haha',
    'Toen ik op school zat hadden we nog krijtborden, mijn oude school bestaat niet meer',
    'Lange werkweek gehad, nu lekker weekend',
    'Excursie met de natuurvereniging naar Schiermonnikoog',
    'In de pauze van de wedstrijd een broodje gehaald',
    'Morgen weer naar de gym, #fitness',
    'Ik heb vandaag een 3D-printer gekocht, printen in 3D is magisch',
    'Back to school sale bij de HEMA, alles 20% korting',
    'Nieuwe schoolspullen gekocht voor de kids',
    'Mijn ouders bellen me elke zondag, zo lief',
    'mijn ouders die me elke dag appen vanaf de camping 😂',
    'My parents called me from Spain, they are having a blast',
    "Is anyone else's cat obsessed with boxes?",
  ])('%s', (t) => expect(rel(t)).toBe('none'));
});

// Issue 12 item 6: names with regex characters, apostrophes and accents, from the settings.
describe('detectRelated: school names with special characters', () => {
  const school = (name: string, aliases: string[] = []): Settings => ({
    ...DEFAULT_SETTINGS,
    school: { ...DEFAULT_SETTINGS.school, name, aliases, handles: [], hashtags: [], domains: [] },
  });
  it('a school called "C++" neither throws nor switches the evaluator off', () => {
    const s = school('C++');
    expect(() => rel('Vandaag lesgegeven op C++, leuke dag', s)).not.toThrow();
    expect(rel('Mooie open dag op C++ vandaag', s)).toBe('explicit');
    expect(rel('Ik leer C#, geen C++', school('C++ Academie'))).toBe('none');
    const e = evaluate({ text: 'Mooie open dag op C++ vandaag' }, s);
    expect(e.related).toBe('explicit');
    expect(e.findings.some((f) => f.code === 'disclosure-missing')).toBe(true);
  });
  it.each([
    ["'t Atrium", "Gezellige kerstmarkt op 't Atrium vandaag!"],
    ["'t Atrium", 'Gezellige kerstmarkt op het Atrium vandaag!'],
    ['Dé Meer', 'Open dag op Dé Meer, kom langs'],
    ['St. Jozef (VMBO)', 'Sportdag op St. Jozef (VMBO) was top'],
    ['St. Jozef (VMBO)', 'Sportdag op St. Jozef was top'],
    ['St. Jozef (VMBO)', 'Sportdag op Sint Jozef was top'],
    ['Ons [Lyceum]*', 'Open dag op ons [lyceum]* vandaag'],
    ['Het $chool ^2', 'We staan met een kraam namens het $chool ^2'],
  ])('%s in "%s"', (name, text) => expect(rel(text, school(name))).toBe('explicit'));
  it('a name of symbols only, or blank, never matches everything', () => {
    expect(rel('Lekker gefietst vandaag', school('()', ['  ', '.*']))).toBe('none');
  });
});

describe('detectRelated: evidence for the writer\'s own school work', () => {
  it.each([
    'Beste mevrouw Jansen, uw zoon uit 2B heeft zijn boek nog niet ingeleverd',
    'Hoera! Jesse uit mijn mentorklasje wordt vandaag 14 🎂',
    'Kids posting their schoolpas in their stories... ik zag llnr 204718 gewoon staan',
    'My form tutee has been struggling with depression, any advice from other tutors?',
    'Help, my Year 9s are feral after lunch',
    'Een leerling van me vroeg of ik wel eens op TikTok zit',
    'De moeder van een leerling stuurde me weer een boze mail. Ik ben er klaar mee',
    'Toetsweek begint morgen, alle surveillanceroosters staan in Zermelo',
    'lln van 2a, morgen je werkstuk inleveren!',
    'Myn learlingen hawwe hjoed in prachtige presintaasje jûn',
    'ff cijfers in magister zetten en dan naar huis',
    'die moeder van lotte uit v4b belde me om half elf',
    'the new boy in 2C cried all lesson and nobody noticed but me',
  ])('%s', (t) => expect(rel(t)).not.toBe('none'));
});

describe('detectRelated: what turns it off', () => {
  it.each([
    'Vandaag is het de gedenkdag van Liudger, de missionaris die in de achtste eeuw Friesland kerstende',
    'Mooie preek in de Sint Liudger kerk vanmorgen',
    'De Liudgerstraat is weer open na de werkzaamheden',
    'Vanavond als moeder, niet als docent, naar de open dag van Liudger. Spannend voor onze oudste!',
    'Te koop: mijn oude docententas, jaren mee gesjouwd naar Liudger. Zo goed als nieuw, €15, ophalen in Drachten',
    'For sale: my old teaching bag, barely used, collection only',
    'Alweer bezuinigingen op onderwijs door dit kabinet. Als docent word ik daar moe van.',
    'Weet iemand hoe de mentoren op het Drachtster Lyceum zijn? Onze dochter gaat daar volgend jaar naar de brugklas',
    'Onze zoon heeft morgen toetsweek, duimen allemaal',
    'Mijn dochter haar rooster staat in Magister, handig',
    'dat tentamen voor mijn deeltijdopleiding was echt pittig, die toets duurde 3 uur',
    'Printen in 3D is magisch',
  ])('%s', (t) => expect(rel(t)).toBe('none'));
});

describe('school name with a slip of the keyboard', () => {
  it.each(['Open dag op Luidger morgen', 'open dag bij csg liudgr', 'De Liudgers open dag was top'])('%s', (t) =>
    expect(rel(t)).toBe('explicit'),
  );
  it('not a different word', () => expect(rel('Lekker liggen vandaag')).toBe('none'));
});
