// The default school profile: CSG Liudger (Drachten, Burgum, Surhuisterveen).
// Everything school-specific lives here, so another school only swaps this profile (or sets it by policy).
import type { Articles, GroupChats, RuleArticle, SchoolProfile } from './schema.ts';

// Liudger's labels, with Postwacht's own titles and explanations (empty title and text), which were written for
// this protocol: 'C3' is article 3 of part C of the Protocol Social Media 2020.
const article = (label: string): RuleArticle => ({ inProtocol: true, label, title: { nl: '', en: '' }, text: { nl: '', en: '' } });

export const LIUDGER_ARTICLES: Articles = {
  disclosure: article('C3'),
  opinion: article('C4'),
  personalData: article('A2'),
  abusive: article('A8'),
  mediaConsent: article('A5'),
  lessonTime: article('A1'),
  lessonRecording: article('A7'),
  photoMetadata: article('A2'),
  groupChat: article('B1'),
  workContext: { label: 'B2' },
  colleagues: { label: 'C1' },
  escalation: { label: 'B3/B4' },
  report: { label: 'A9' },
};

/**
 * B1's groups. The alternatives are the ones the protocol itself names (mail, phone, Yammer in Office 365); a
 * school that uses Magister or SOM for messages writes that here. Dutch words with the Frisian ones staff in
 * Friesland use ('âlden' parents, 'learlingen' pupils). 'ouder' (not only 'ouders') so 'oudergroep' and
 * 'ouderraad' are read as compounds; on its own it needs another sign, like every audience word.
 */
export const LIUDGER_GROUP_CHATS: GroupChats = {
  audienceWords: ['ouders', 'ouder', 'verzorgers', 'leerlingen', 'leerling', 'âlden', 'âlders', 'learlingen', 'learling', 'parents', 'pupils'],
  groupWords: ['klas', 'klassen', 'mentor', 'mentorklas', 'mentorgroep', 'mentoraat', 'brugklas', 'brugklassers', 'examenklas', 'stamgroep', 'klassenouders', 'klassenouder'],
  exceptWords: ['collega', "collega's", 'collegas', 'sectie', 'docenten', 'docententeam', 'personeel', 'team', 'teamleiders', 'mr', 'reünie', 'oud-leerlingen', 'kollega', "kollega's"],
  classCodes: true,
  schoolNames: true,
  alternatives: { nl: 'mail, telefoon of Yammer (Office 365)', en: 'email, phone or Yammer (Office 365)' },
};

export const LIUDGER_PROFILE: SchoolProfile = {
  name: 'CSG Liudger',
  aliases: ['Liudger', 'CSG Liudger', 'Christelijke Scholengemeenschap Liudger'],
  handles: ['csgliudger', 'liudger'],
  hashtags: ['csgliudger', 'liudger', 'liudgerdrachten', 'liudgerburgum', 'liudgersurhuisterveen'],
  domains: ['liudger.nl', 'csgliudger.nl'],
  locations: ['Drachten', 'Burgum', 'Surhuisterveen'],
  escalationContact: { nl: 'je leidinggevende', en: 'your line manager' },
  escalationEmail: '',
  reportTo: { nl: 'de schoolleiding of het College van Bestuur', en: 'the school management or the Executive Board' },
  reportUrl: '',
  protocolUrl: 'https://www.csgliudger.nl/publicatie',
  consentUrl: 'https://www.csgliudger.nl/publicatie',
  disclaimers: {
    nl: {
      disclosure: 'Ik werk als {functie} bij {school}.',
      opinion: 'Dit is mijn persoonlijke mening, op persoonlijke titel geschreven; die staat los van de missie en visie van {school}.',
      short: '{functie} bij {school}; persoonlijke mening, niet namens de school.',
      disclosureNoFunction: 'Ik werk bij {school}.',
      shortNoFunction: 'Werkzaam bij {school}; persoonlijke mening, niet namens de school.',
    },
    en: {
      disclosure: 'I work as {functie} at {school}.',
      opinion: 'This is my personal opinion, written in a personal capacity, and separate from the mission and vision of {school}.',
      short: '{functie} at {school}; personal opinion, not on behalf of the school.',
      disclosureNoFunction: 'I work at {school}.',
      shortNoFunction: 'I work at {school}; personal opinion, not on behalf of the school.',
    },
  },
  articles: LIUDGER_ARTICLES,
  groupChats: LIUDGER_GROUP_CHATS,
};
