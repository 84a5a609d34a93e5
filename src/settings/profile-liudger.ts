// The default school profile: CSG Liudger (Drachten, Burgum, Surhuisterveen).
// Everything school-specific lives here, so another school only swaps this profile (or sets it by policy).
import type { SchoolProfile } from './schema.ts';

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
};
