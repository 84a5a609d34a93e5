// B1's chat-title classifier: titles written for this test (the sort staff give class, mentor and parents' groups,
// Dutch and Frisian-tinged) that must read as a group, and private, family, club and colleagues' chats that must not.
import { describe, expect, it } from 'vitest';
import { classifyChatTitle, foldTitle, MAX_TITLE_CHARS } from '../../src/protocol/chat-title.ts';
import { LIUDGER_PROFILE } from '../../src/settings/profile-liudger.ts';
import type { SchoolProfile } from '../../src/settings/schema.ts';

const isGroup = (title: string, school: SchoolProfile = LIUDGER_PROFILE) => classifyChatTitle(title, school).group;

const GROUPS = [
  // Class codes with a word
  'Ouders 2B',
  'ouders klas 1a',
  'Mentorklas h4c',
  'Mentorgroep 2C 📚',
  'Klas 3A 2025-2026',
  'Leerlingen 4 vwo',
  'Klassenouders 2B',
  '2B ouders 🍎',
  'ouders/verzorgers 1hv',
  // Class codes alone
  '3 havo',
  'havo 4',
  'V5',
  'v5 ✨',
  'H4C',
  '2B',
  '1ha',
  '4vwo-b',
  '5 VWO profielwerkstuk',
  'Vwo-5 excursie Berlijn',
  'mavo 3',
  '3tl',
  '𝟮𝗕 𝗼𝘂𝗱𝗲𝗿𝘀',
  'ＨＡＶＯ ３',
  // Group words
  'Mentoruur',
  'Mentor',
  'Brugklas Drachten',
  'Examenklas 2026',
  'Klasgroep',
  'Klassenapp',
  // The school's names
  'Liudger werkweek',
  'CSG Liudger - activiteiten',
  'liudger',
  // Compounds naming parents or pupils, on their own
  'Oudergroep',
  'Ouderapp 🌈',
  'Leerlingenraad',
  'Ouderraad',
  // Frisian-tinged
  'Âlden 2b',
  'Alden klasse 3b',
  'Learlingen h4c',
  'Mentorklasse 2C',
  'Âlders brugklas',
  'Learlingenried',
  // Colleagues named, but pupils or parents too
  'Docenten en ouders 2B',
  'Team + leerlingen 3 havo',
  // English
  'Parents 2B',
  'Pupils V5',
];

const NOT_GROUPS = [
  // Private chats and family
  'Mam ❤️',
  'Pap',
  'Jan de Vries',
  'Femke',
  '+31 6 12345678',
  'Familie Bosma',
  'Grootouders 👴👵',
  'Schoonouders',
  'Ouders ❤️',
  'ouders',
  'Heit en mem',
  'Pake en beppe',
  'Famylje de Jong',
  'Leerling',
  // Clubs, hobbies and other codes
  'Voetbal JO13-2',
  'MO11-1 Drachtster Boys',
  'Hockey D2',
  '3D printen',
  '4K films',
  '5G storing',
  '4x4 club',
  'H2O zwemles',
  'B2B leads',
  'A4 papier bestellen',
  'G7 nieuws',
  'Klassieke muziek',
  'Klasse avond 🎉',
  'Klasgenoten 1998',
  'Borrel vrijdag 🍻',
  'Weekend Texel',
  'Havo examen tips',
  'Groep 8 musical',
  'Zaterdag 12 uur',
  '2025',
  '',
  '🙂🙂🙂',
  // Colleagues and reunions: the reminder is not for them
  "Collega's Liudger",
  'Sectie wiskunde Liudger',
  'Docenten 2B',
  'Team 3 havo',
  'Reünie Liudger',
  'Oud-leerlingen Liudger',
  'Kollega’s',
];

describe('chat-title classifier', () => {
  it.each(GROUPS)('reads %j as a class or parents group', (title) => {
    expect(isGroup(title)).toBe(true);
  });

  it.each(NOT_GROUPS)('leaves %j alone', (title) => {
    expect(isGroup(title)).toBe(false);
  });

  it('names the signs it found', () => {
    expect(classifyChatTitle('Ouders 2B', LIUDGER_PROFILE).signs).toEqual(['audience', 'class']);
    expect(classifyChatTitle('Mentorklas Liudger', LIUDGER_PROFILE).signs).toEqual(['group', 'school']);
    expect(classifyChatTitle('Docenten 2B', LIUDGER_PROFILE).signs).toEqual(['class', 'except']);
  });

  it("takes the school's own name and aliases, not Liudger's", () => {
    const other: SchoolProfile = { ...LIUDGER_PROFILE, name: 'Wadwijk College', aliases: ['Wadwijk'] };
    expect(isGroup('Wadwijk excursie', other)).toBe(true);
    expect(isGroup('Liudger excursie', other)).toBe(false);
    expect(isGroup('Liudger excursie', { ...LIUDGER_PROFILE, groupChats: { ...LIUDGER_PROFILE.groupChats, schoolNames: false } })).toBe(false);
  });

  it("takes the profile's words: a school's own codes and words, and class codes switched off", () => {
    const own: SchoolProfile = {
      ...LIUDGER_PROFILE,
      groupChats: { ...LIUDGER_PROFILE.groupChats, groupWords: ['stamgroep', 'Kern 7'], audienceWords: ['gezinnen'], exceptWords: ['bestuur'], classCodes: false },
    };
    expect(isGroup('Stamgroep Noord', own)).toBe(true);
    expect(isGroup('kern 7 🌟', own)).toBe(true);
    expect(isGroup('Gezinnen stamgroep', own)).toBe(true);
    expect(isGroup('Bestuur stamgroep', own)).toBe(false);
    expect(isGroup('2B', own)).toBe(false);
    expect(isGroup('Ouders 2B', own)).toBe(false); // 'ouders' is not in this school's list
  });

  it('reads a published profile from before version 5 with the default words', () => {
    const { groupChats: _omit, ...old } = LIUDGER_PROFILE;
    expect(isGroup('Ouders 2B', old as SchoolProfile)).toBe(true);
    expect(isGroup('Mam', old as SchoolProfile)).toBe(false);
  });

  it('survives bad input and huge titles', () => {
    expect(isGroup(undefined as unknown as string)).toBe(false);
    expect(isGroup('\u0000\ud800 2B')).toBe(true);
    expect(isGroup('x'.repeat(1_000_000))).toBe(false);
    expect(isGroup(`${'a '.repeat(MAX_TITLE_CHARS)} 2B`)).toBe(false); // beyond the cap: not read
    expect(isGroup('👨‍👩‍👧‍👦'.repeat(20) + ' 2B')).toBe(true);
  });

  it('folds accents, compatibility forms and curly apostrophes', () => {
    expect(foldTitle('Âlden ＨＡＶＯ Kollega’s')).toBe("alden havo kollega's");
  });
});
