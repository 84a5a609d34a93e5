// Health and other special categories (AVG art. 9: health, religion, sexual orientation) — reported only
// when tied to an identifiable person in the same sentence (a name, a pupil, a colleague, he/she), so that
// general talk ("dyslexia-friendly teaching", "leerlingen met dyslexie") and the writer about themself
// ("Ik ben zelf ook dyslectisch") stay unflagged.
import type { Candidate, DetectorInput } from './types.ts';

const CONDITIONS = [
  'dyslexie', 'dyslectisch', 'dyslexia', 'dyslexic', 'dyscalculie', 'dyscalculia', 'adhd', 'add', 'autisme',
  'autistisch', 'autism', 'autistic', 'asperger', 'pdd-nos', 'burn-out', 'burnout', 'burned out', 'overspannen',
  'depressie', 'depressief', 'depression', 'depressed', '(?:type [12] )?diabetes', 'suikerziekte', 'kanker',
  'cancer', 'leukemie', 'leukaemia', 'leukemia', 'tumor', 'tumour', 'hersentumor', 'brain tumour', 'dement',
  'dementie', 'dementia', 'alzheimer', 'parkinson', 'epilepsie', 'epilepsy', 'epileptisch', 'astma', 'asthma',
  'anorexia', 'boulimia', 'bulimia', 'eetstoornis', 'eating disorder', 'angststoornis', 'anxiety disorder',
  'paniekaanvallen', 'panic attacks', 'ptss', 'ptsd', 'ocd', 'dwangstoornis', 'bipolair', 'bipolar', 'schizofrenie',
  'schizophrenia', 'psychose', 'psychosis', 'hiv', 'aids', 'ms', 'multiple sclerose', 'multiple sclerosis',
  'long covid', 'chemo', 'chemotherapie', 'chemotherapy', 'hersenschudding', 'concussion', 'zwanger', 'pregnant',
  'miskraam', 'miscarriage', 'verslaafd', 'verslaving', 'addicted', 'addiction', 'suïcidaal', 'suicidal',
  'gehandicapt', 'disabled', 'blind', 'slechtziend', 'doof', 'deaf', 'slechthorend',
  'in een rolstoel', 'in a wheelchair', 'rolstoel', 'wheelchair',
  // Religion and belief.
  'moslim', 'moslima', 'islamitisch', 'muslim', 'joods', 'jewish', 'jood', 'hindoe', 'hindu', 'boeddhist',
  'buddhist', 'sikh',
  // Sexual orientation and gender identity.
  'homo', 'homoseksueel', 'lesbisch', 'lesbienne', 'gay', 'lesbian', 'biseksueel', 'bisexual', 'transgender',
  'queer', 'non-binair', 'non-binary',
];

export const HEALTH_RE = new RegExp(`(?<![\\p{L}\\-])(?:${CONDITIONS.join('|')})(?![\\p{L}\\-])`, 'giu');
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

function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !/[.!?\n]/.test(text[e]!)) e++;
  return [s, e];
}

export function detectHealth(input: DetectorInput, persons: readonly { start: number; end: number }[]): Candidate[] {
  const out: Candidate[] = [];
  const text = input.norm.text;
  const check = (start: number, end: number) => {
    const [s, e] = sentenceBounds(text, start, end);
    const before = text.slice(Math.max(s, start - 30), start);
    if (SELF_RE.test(before) || GENERIC_RE.test(before)) return;
    const named = persons.some((p) => p.start >= s && p.end <= e);
    const sentence = text.slice(s, start) + ' ' + text.slice(end, e);
    if (!named && !PERSON_REF_RE.test(sentence)) return;
    out.push({ category: 'health', start, end, priority: 5 });
  };
  for (const m of text.matchAll(HEALTH_RE)) {
    const term = m[0].toLowerCase();
    // Short, ambiguous words need a name in the sentence, not just a pronoun ("add" is an English verb).
    if ((term === 'add' || term === 'ms' || term === 'gay' || term === 'blind' || term === 'aids') && m[0] !== m[0].toUpperCase()) {
      if (term !== 'gay' && term !== 'blind') continue;
    }
    check(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(INJURY_RE)) check(m.index, m.index + m[0].length);
  return out;
}
