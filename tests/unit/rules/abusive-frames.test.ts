// A8 frames added for the functional taxonomy (issue 10), each with cases that must fire and contrast cases
// that must not, in Dutch and English. Written for this project in fresh wording; no case is taken from the
// held-out or tune sets or from a public test suite. Every finding must carry the span of the words that
// triggered it, so the banner can quote them.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/protocol/evaluate.ts';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema.ts';

const spans = (text: string) =>
  evaluate({ text }, DEFAULT_SETTINGS)
    .findings.filter((f) => f.code === 'abusive')
    .map((f) => text.slice(f.start, f.end));

interface Frame {
  frame: string;
  fire: [text: string, span: string][];
  pass: string[];
}

const FRAMES: Frame[] = [
  {
    frame: 'subject with a phrase after it',
    fire: [
      ['Die moeder uit groep 8 is echt een zeurende heks', 'heks'],
      ['That dad from the parents’ evening is an utter moron', 'moron'],
      ['Leerlingen uit die wijk zijn allemaal asociale tokkies', 'tokkies'],
    ],
    pass: ['Die moeder uit groep 8 is echt een schat', 'The dad from the parents’ evening is a lovely man'],
  },
  {
    frame: 'verb-final predicate with a bad adjective or a lessened positive',
    fire: [
      ['Ik vind dat die conciërge een verschrikkelijk mens is', 'mens is'],
      ['Ik denk dat jongens gewoon minder slim zijn', 'slim zijn'],
    ],
    pass: ['Ik vind dat die conciërge een geweldig mens is', 'Ik denk dat de toets minder moeilijk is'],
  },
  {
    frame: 'identity denied',
    fire: [
      ['Jij wordt nooit een echte vrouw', 'vrouw'],
      ['They will never be real Americans', 'Americans'],
      ['Turken zullen nooit echte Nederlanders worden', 'Nederlanders'],
    ],
    pass: ['Dat is geen echte Rolex', 'She is a real hero'],
  },
  {
    frame: 'worth nothing',
    fire: [['Die vent is nog geen stuiver waard', 'waard']],
    pass: ['Die oude fiets is nog geen stuiver waard', 'Het was de moeite waard'],
  },
  {
    frame: 'threat to body or property',
    fire: [
      ['Ik trap je smoel in elkaar', 'smoel'],
      ["I'll smash your windows tonight", 'smash your windows'],
      ['Nog een keer en ik prik je banden lek', 'banden'],
    ],
    pass: ['We hebben de ruiten van het lokaal laten zemen', 'My tyres were slashed last night, police informed'],
  },
  {
    frame: 'normative harm',
    fire: [
      ['Zulke leraren moeten gewoon een flinke klap krijgen', 'klap'],
      ['Pupils like her deserve a good beating', 'beating'],
      ['Die types moet je uit het raam gooien', 'raam gooien'],
    ],
    pass: ['Gooi die oude schriften maar uit het raam 😂', 'Deze koffie verdient een klap slagroom'],
  },
  {
    frame: 'knowing where someone lives',
    fire: [
      ['Meneer, ik weet waar uw dochter op school zit', 'school'],
      ['I know where your brother works', 'works'],
    ],
    pass: ['Ik weet waar de school zit', 'I know where the library is'],
  },
  {
    frame: 'sport talk is no threat',
    fire: [['Ik maak je af, vuile rat', 'rat']],
    pass: ['Vanavond maak ik je helemaal af met Mario Kart', 'We are going to destroy them in the tournament'],
  },
  {
    frame: 'exclusion of a group',
    fire: [
      ['Moslims horen niet in ons dorp', 'horen'],
      ['Gay teachers should not be allowed in schools', 'allowed'],
      ['No refugees allowed here', 'allowed'],
    ],
    pass: ['Vrouwen horen niet in de keuken, ze horen overal', 'Phones are not allowed in class'],
  },
  {
    frame: 'a group blamed for ruin',
    fire: [
      ['Die asielzoekers verpesten onze buurt', 'verpesten'],
      ['Immigrants are destroying our schools', 'destroying'],
    ],
    pass: ['De regen verpest onze buurtbarbecue', 'Immigrants are not destroying anything'],
  },
  {
    frame: 'smell as an insult',
    fire: [
      ['Jij stinkt echt, ga douchen', 'stinkt'],
      ['That new boy smells like a bin', 'smells'],
    ],
    pass: ['De kantine stinkt naar frituurvet', 'Ik stink na het sporten'],
  },
  {
    frame: 'praise "for a <group>"',
    fire: [
      ['Hij rekent best goed voor een Turk', 'Turk'],
      ['She writes surprisingly well for a girl', 'girl'],
    ],
    pass: ['Een mooi boek voor een meisje van tien', 'This is a good gift for a girl who likes horses'],
  },
  {
    frame: 'share mockery of a named pupil',
    fire: [
      ['Joris had een 1 voor bio 😂 deel het', 'deel'],
      ['Stuur door: Lotte is zo’n sukkel', 'Stuur'],
    ],
    pass: ['Deel dit: Joris won de debatwedstrijd met een 9!', 'Thrilled to share that Lotte won 2 prizes 🎉'],
  },
  {
    frame: 'spelling variants',
    fire: [
      ['jijbenteenvuilehoer', 'hoer'],
      ['wat een sukkkkel', 'sukkkkel'],
      ['you are a complete idoit', 'idoit'],
      ['jij bent een kak kerlak', 'kak kerlak'],
      ['wat een iddioot', 'iddioot'],
    ],
    pass: ['zondagmiddagwandeling', 'de kakkerlakken in de kantine zijn weg'],
  },
  {
    frame: 'self, denial and condemnation',
    fire: [['Jij bent een sukkel', 'sukkel']],
    pass: [
      'Ik ben nog steeds die sukkel die zijn pasje vergeet',
      'Niemand hier denkt dat jij een sukkel bent',
      'Ik vind het schandalig hoe sommige ouders over die leraar praten',
      'Laten we stoppen met het pesten van Jesse',
    ],
  },
];

describe('A8 frames', () => {
  for (const f of FRAMES) {
    describe(f.frame, () => {
      it.each(f.fire)('fires on %s with the span of the trigger', (text, trigger) => {
        const got = spans(text);
        expect(got.length).toBeGreaterThan(0);
        expect(got.some((s) => s.includes(trigger))).toBe(true);
      });
      it.each(f.pass)('passes %s', (text) => expect(spans(text)).toEqual([]));
    });
  }
});
