import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/protocol/edits.ts';
import { evaluate } from '../../../src/protocol/evaluate.ts';
import { hasDisclosure } from '../../../src/protocol/rules/disclosure.ts';
import { normalize } from '../../../src/protocol/normalize.ts';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema.ts';
import { has, parent, pupil } from './helpers.ts';

const disclosed = (t: string) => hasDisclosure(normalize(t).lower, DEFAULT_SETTINGS);

describe('C3 disclosure recognition', () => {
  it.each([
    'Ik werk als docent biologie bij CSG Liudger.',
    'ik werk zelf op Liudger, dus ik weet hoe het zit',
    'Docent Duits bij CSG Liudger hier 👋',
    'Als teamleider bij Liudger Burgum zie ik veel talent.',
    'Na twaalf jaar als gymdocent op CSG Liudger ga ik verder.',
    '— Piet, wiskundedocent @ CSG Liudger',
    'Sinds vandaag ben ik zorgcoördinator bij CSG Liudger!',
    'Vandaag 10 jaar in dienst van CSG Liudger.',
    'Mooie dag #trotsmedewerkerliudger',
    'I teach chemistry at CSG Liudger.',
    'Proud to be a maths teacher at CSG Liudger',
    'Head of Science at CSG Liudger here.',
    '(disclosure: I work at Liudger)',
    'My employer, CSG Liudger, announced a new policy.',
    'Ik werk als docent bij CSG Liudger.',
    'Our maths department at CSG Liudger piloted a new algebra course.',
    'Trots op onze sectie wiskunde op het Liudger!',
    "Mijn collega's bij CSG Liudger verdienen een pluim.",
    // Written for issue 11: bio lines, sign-offs, two words before the function.
    'Lieve ouders, de informatieavond is op Liudger om 19.30. Groetjes van jullie mentor, Hilde',
    'Tot morgen op Liudger! Liefs, de mentor van 4 vwo',
    'First day at CSG Liudger as a newly qualified teacher 🍎',
    'mooie dag\n\ndocent NL @ Liudger | mening = eigen',
    'Open dag op Luidger, ik werk er als docent Engels',
  ])('%s', (t) => expect(disclosed(t)).toBe(true));

  it.each([
    'Die nieuwe docent wiskunde op Liudger is top',
    'Hij werkt als conciërge bij Liudger',
    'Onze zoon zit op het Liudger in Drachten',
    'Our daughter joined the debate team at CSG Liudger',
    'CSG Liudger zoekt een docent Frans',
    'Mijn leerlingen van Liudger waren geweldig',
    'Afscheid van rector Jansen na 20 jaar CSG Liudger',
    // Saying one is a teacher without naming the school does not tell readers where one works.
    'Mijn eerste dag als docent, spannend!',
    'De mentor van mijn zoon op Liudger belde vandaag',
    'Mijn collega zei: ik werk al 20 jaar niet meer bij Liudger',
  ])('not: %s', (t) => expect(disclosed(t)).toBe(false));
});

describe('C3 rule', () => {
  it('asks staff on a school-related draft, with the function in a work context', () => {
    const explicit = evaluate({ text: 'Open dag op Liudger zaterdag!' }, DEFAULT_SETTINGS).findings.find((f) => f.code === 'disclosure-missing');
    expect(explicit?.detailKey).toBe('rule_disclosure_detail');
    const work = evaluate({ text: 'Mijn klas was vandaag geweldig' }, DEFAULT_SETTINGS).findings.find((f) => f.code === 'disclosure-missing');
    expect(work?.detailKey).toBe('rule_disclosure_work_detail');
    expect(work?.article).toBe('C3');
  });

  it('is silent on unrelated drafts and for pupils and parents', () => {
    expect(has('Lekker weer vandaag', 'disclosure-missing')).toBe(false);
    expect(has('Open dag op Liudger zaterdag!', 'disclosure-missing', pupil)).toBe(false);
    expect(has('Open dag op Liudger zaterdag!', 'disclosure-missing', parent)).toBe(false);
  });

  it('can be switched off', () => {
    const off = { ...DEFAULT_SETTINGS, rules: { ...DEFAULT_SETTINGS.rules, disclosure: false } };
    expect(has('Open dag op Liudger zaterdag!', 'disclosure-missing', off)).toBe(false);
  });

  it('offers a fix that appends the disclaimer on its own line and satisfies C3 and C4', () => {
    for (const text of ['Open dag op Liudger!', 'Open dag op Liudger!\n', '']) {
      const draft = text || 'Liudger';
      const f = evaluate({ text: draft }, DEFAULT_SETTINGS).findings.find((x) => x.code === 'disclosure-missing')!;
      expect(f.fixes?.[0]?.labelKey).toBe('rule_fix_insert_disclaimer');
      const fixed = applyEdits(draft, f.fixes![0]!.edits);
      expect(fixed.startsWith(draft)).toBe(true);
      expect(fixed).not.toContain('\n\n');
      expect(fixed.split('\n').at(-1)).toMatch(/^Ik werk als docent bij CSG Liudger\./);
      const again = evaluate({ text: fixed }, DEFAULT_SETTINGS).findings.map((x) => x.code);
      expect(again).not.toContain('disclosure-missing');
      expect(again).not.toContain('opinion-missing');
    }
  });
});

// Written for these tests: the many ways to say "I work/teach at <school>" with the school named somewhere in
// the draft, and drafts that name the school and a job without saying the writer holds it there.
describe('C3: staff phrasings without a function noun next to the name', () => {
  it.each([
    'Twintig jaar geleden begonnen, nu sta ik nog steeds met plezier voor de klas bij Liudger Surhuisterveen',
    'ik sta al 12 jaar voor de klas op csg liudger en ik ben er nog steeds blij',
    'Ik geef al tien jaar met veel plezier les op CSG Liudger',
    'Sinds 2019 geef ik les aan de havo-afdeling van Liudger Drachten',
    'Nog steeds werkzaam bij CSG Liudger, nu als mentor',
    '15 jaar in dienst bij Liudger vandaag 🎉',
    'Open dag op mijn school, CSG Liudger, zaterdag van 10 tot 14',
    'Open avond bij Liudger! Ik werk er zelf, dus kom gerust langs',
    'CSG Liudger is looking for new staff. I\'m a maths teacher there, so ask me anything',
    'I teach at CSG Liudger and I love it',
    'Proud of my school, CSG Liudger in Drachten',
    'Been working at Liudger for 8 years now, time flies',
    'Als collega op CSG Liudger kan ik zeggen: dit team is top',
    'Vandaag afscheid genomen van Liudger, waar ik 30 jaar werkte',
    'I\'ve been teaching English at CSG Liudger since 2010',
    'Na 5 jaar lesgeven op Liudger ga ik naar een andere school',
    'Wij als docenten van CSG Liudger zijn klaar voor het nieuwe jaar',
  ])('no finding: %s', (t) => expect(has(t, 'disclosure-missing')).toBe(false));

  it.each([
    'Open dag op Liudger zaterdag, kom langs!',
    'Hij werkt al jaren bij CSG Liudger als conciërge',
    'Mijn zoon zit op Liudger en hij heeft les van een geweldige mentor',
    'Ik werk hard aan mijn tuin. Liudger heeft trouwens open dag',
    'Ik sta versteld van de nieuwe aula van Liudger',
    'Zij geeft les op CSG Liudger, ik ben trots op haar',
    'Liudger zoekt een docent wiskunde, ik ken wel iemand',
    'My neighbour teaches at Liudger',
    'Ik ga zaterdag naar de open dag van Liudger',
  ])('finding: %s', (t) => expect(has(t, 'disclosure-missing')).toBe(true));
});
