import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/protocol/normalize.ts';
import { detectRelated } from '../../src/protocol/related.ts';
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
