// Health and other special categories (AVG art. 9: health, religion, sexual orientation) — reported only
// when tied to an identifiable person in the same sentence (a name, a pupil, a colleague, he/she), so that
// general talk ("dyslexia-friendly teaching", "leerlingen met dyslexie") and the writer about themself
// ("Ik ben zelf ook dyslectisch") stay unflagged.
import { eachMatch } from './match.ts';
import type { Candidate, DetectorInput } from './types.ts';

// Single words, matched as whole tokens ("dyslexia-friendly" is one token and does not match).
const CONDITIONS = new Set([
  'dyslexie', 'dyslectisch', 'dyslexia', 'dyslexic', 'dyscalculie', 'dyscalculia', 'adhd', 'add', 'autisme',
  'autistisch', 'autism', 'autistic', 'asperger', 'pdd-nos', 'burn-out', 'burnout', 'overspannen',
  'depressie', 'depressief', 'depression', 'depressed', 'diabetes', 'suikerziekte', 'kanker',
  'cancer', 'leukemie', 'leukaemia', 'leukemia', 'tumor', 'tumour', 'hersentumor', 'dement',
  'dementie', 'dementia', 'alzheimer', 'parkinson', 'epilepsie', 'epilepsy', 'epileptisch', 'astma', 'asthma',
  'anorexia', 'boulimia', 'bulimia', 'eetstoornis', 'angststoornis', 'paniekaanvallen', 'ptss', 'ptsd', 'ocd',
  'dwangstoornis', 'bipolair', 'bipolar', 'schizofrenie', 'schizophrenia', 'psychose', 'psychosis', 'hiv', 'aids',
  'ms', 'chemo', 'chemotherapie', 'chemotherapy', 'hersenschudding', 'concussion', 'zwanger', 'pregnant',
  'miskraam', 'miscarriage', 'verslaafd', 'verslaving', 'addicted', 'addiction', 'suïcidaal', 'suicidal',
  'gehandicapt', 'disabled', 'blind', 'slechtziend', 'doof', 'deaf', 'slechthorend', 'rolstoel', 'wheelchair',
  // Religion and belief.
  'moslim', 'moslima', 'islamitisch', 'muslim', 'joods', 'jewish', 'jood', 'hindoe', 'hindu', 'boeddhist',
  'buddhist', 'sikh',
  // Sexual orientation and gender identity.
  'homo', 'homoseksueel', 'lesbisch', 'lesbienne', 'gay', 'lesbian', 'biseksueel', 'bisexual', 'transgender',
  'queer', 'non-binair', 'non-binary',
]);
// Words that are also everyday words in another sense: only in capitals (ADD, MS, AIDS).
const CAPS_ONLY = new Set(['add', 'ms', 'aids']);
// Multi-word terms by their last word: the words that may come before it, included in the span.
const PHRASES: Record<string, string[][]> = {
  rolstoel: [['in', 'een']],
  wheelchair: [['in', 'a']],
  diabetes: [['type', '1'], ['type', '2']],
  out: [['burned'], ['burnt']],
  disorder: [['eating'], ['anxiety']],
  attacks: [['panic']],
  tumour: [['brain']],
  sclerose: [['multiple']],
  sclerosis: [['multiple']],
  covid: [['long']],
};

// Injuries: "broke his leg", "brak haar arm", "zijn been gebroken".
export const INJURY_RE =
  /\b(?:broke|broken|fractured|breaking) (?:his|her|their|a|an) (?:leg|arm|wrist|ankle|collarbone|hip|foot|hand|nose|back)\b|\b(?:brak|breekt) (?:zijn|haar|z'n) (?:been|arm|pols|enkel|sleutelbeen|heup|voet|hand|neus|rug)\b|\b(?:zijn|haar|z'n) (?:been|arm|pols|enkel|sleutelbeen|heup|voet|hand|neus|rug) (?:gebroken|gekneusd)\b/gi;

// Someone identifiable in the sentence: a third person, a named person or a person noun in the singular.
export const PERSON_REF_RE =
  /\b(?:hij|zij|ze|hem|haar|zijn|z'n|he|she|him|her|his|he's|she's|leerling|leerlinge|mijn (?:zoon|dochter|moeder|vader|broer|zus|buurman|buurvrouw|neef|nicht|vriend|vriendin|man|vrouw)|collega|buurman|buurvrouw|student|pupil|colleague|neighbour|neighbor|my (?:son|daughter|mother|father|mum|mom|dad|brother|sister|friend|wife|husband|niece|nephew)|mr|mrs|ms|meneer|mevrouw|juf|meester)\b/i;
// The writer about themself: "ik ben (zelf) ook dyslectisch", "I have ADHD myself".
const SELF_RE = /\b(?:ik ben|ik heb|ben ik|heb ik|ik zelf|i am|i'm|i have|i've|myself|mezelf|mijzelf)\b/i;
// Generic talk about the condition rather than about someone.
const GENERIC_RE = /\b(?:leerlingen met|kinderen met|pupils with|students with|children with|people with|mensen met|over|about|awareness|bewustzijn|week van|day|dag van)\s*$/i;

const SENTENCE_END = new Set(['.', '!', '?', '\n']);

function sentenceBounds(text: string, start: number, end: number): [number, number] {
  // At most 200 characters either way, so that text without full stops stays linear.
  let s = start;
  while (s > 0 && start - s < 200 && !SENTENCE_END.has(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && e - end < 200 && !SENTENCE_END.has(text[e]!)) e++;
  return [s, e];
}

export function detectHealth(input: DetectorInput, persons: readonly { start: number; end: number }[]): Candidate[] {
  const out: Candidate[] = [];
  const text = input.norm.text;
  const check = (start: number, end: number) => {
    const [s, e] = sentenceBounds(text, start, end);
    const before = text.slice(Math.max(s, start - 30), start);
    if (SELF_RE.test(before) || GENERIC_RE.test(before)) return;
    // Persons are sorted by start: binary search for the first one at or after the sentence start.
    let lo = 0;
    let hi = persons.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (persons[mid]!.start < s) lo = mid + 1;
      else hi = mid;
    }
    const named = lo < persons.length && persons[lo]!.end <= e;
    const sentence = text.slice(s, start) + ' ' + text.slice(end, e);
    if (!named && !PERSON_REF_RE.test(sentence)) return;
    out.push({ category: 'health', start, end, priority: 5 });
  };
  const tokens = input.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const phrases = PHRASES[t.lower];
    let start = -1;
    if (phrases) {
      for (const words of phrases) {
        const k = i - words.length;
        if (k >= 0 && words.every((w, n) => tokens[k + n]!.lower === w && (n === 0 || tokens[k + n]!.before === '')) && t.before === '') {
          start = tokens[k]!.start;
          break;
        }
      }
    }
    if (start < 0) {
      if (!CONDITIONS.has(t.lower)) continue;
      if (CAPS_ONLY.has(t.lower) && !t.allCaps) continue;
      start = t.start;
    }
    check(start, t.end);
  }
  eachMatch(INJURY_RE, text, (m) => check(m.index, m.index + m[0].length));
  return out;
}
