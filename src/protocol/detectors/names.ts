// Names of private persons. The decision whether a capitalised word (or one no list knows) is a person is
// the learned tagger's (../ner/tagger.ts): it weighs casing, position, shape, the neighbouring words and the
// name lists as evidence, so it finds "Goossens" alone, "Nguyen en Oksana", "Van der Vlist" and leaves
// "New York", "Mercedes", "Star Trek" alone. Context rules around it, token by token with Set lookups:
//  - any capitalised word after a person cue or title ("niece Isla", "Mrs. Kramer", "fam. Kuipers");
//  - initials before a surname ("P. de Boer", "H. Zijlstra");
//  - lower-case first names where the sentence shows a person ("met jildou en hylke", "sem was te laat");
//  - surnames, with particles, after any of these ("Marrit ter Horst", "sjoerd de boer").
// Left alone: the school's own names and places, and the writer's own name in a signature or disclosure.
import { lexKind } from '../ner/features.ts';
import { O, tagTokens } from '../ner/tagger.ts';
import { commonWords } from '../ner/common.ts';
import { spellingLevel } from '../ner/spelling.ts';
import { isPersonTag } from './handle.ts';
import { lexicon } from './lexicon.ts';
import { places } from './places.ts';
import type { Token } from './tokenize.ts';
import type { Candidate, DetectorInput } from './types.ts';
import { ARTICLES, NOT_NAMES, ORG_NOUNS, PARTICLES, PERSON_CUES, STOPWORDS, TITLES } from './words.ts';

/** Possessives before a child's or pupil's first name ("onze Nina", "mijn Thijmen", "our Lewis"). */
const POSSESSIVES = new Set(['onze', 'ons', 'mijn', "m'n", 'mn', 'our', 'my']);

// Words before a lower-case name that introduce a person ("met jildou", "thanks to jasmijn").
const LOWER_BEFORE = new Set('met en with and to naar aan voor for van bij door dank thanks zag saw'.split(' '));
// Words after a lower-case name that make it the subject of a sentence ("sem was te laat").
const LOWER_AFTER = new Set(
  ('en and was is had hadden heeft zei zegt kwam komt ging gaat zit zat ligt lag moet kan wil mag wordt werd ' +
    'has said says came went sits lies must can will wants heeft appt belt vroeg asked uit from').split(' '),
);
// Words after a first name that show a role in a signature ("— Hanneke van der Wal | docent economie").
export const SIGNATURE_ROLE_RE = /^[\s,|(–—-]*(?:docent|leraar|lerares|teacher|mentor|juf|meester|teamleider|conciërge|rector|conrector|coördinator|coordinator|head of|werkzaam|schoolleider|decaan|counsellor|counselor|directeur|director|ict|onderwijsassistent|teaching assistant)/i;
// A sign-off or signature mark right before the name: the writer's own name.
export const SIGN_OFF_RE = /(?:^|[\n.!?)])[ \t[(]*(?:[—–~-]+|groet(?:en|jes)?|regards|cheers|liefs|gr\.?|thanks|groetjes van|namens),?[ \t]*$/i;

// Greetings, forms of address, thanks and wishes: the next word is the person addressed ("hoi sanne",
// "gefeliciteerd lieve anna", "happy birthday emma", "love you tom").
const GREET = new Set(
  ('hoi hoy hai hallo hey hi hello hee hé heey hoii lieve liefste beste dear dearest dankjewel dankjewell dankje ' +
    'bedankt thanks thx tnx merci gefeliciteerd gefeliciflapstaart proficiat congrats congratulations felicitaties ' +
    'welkom welcome sterkte beterschap succes bravo doei dag bye morning goedemorgen goeiemorgen trots ' +
    'kusjes xoxo xx liefs hugs').split(' '),
);
// The subset after which even a word-like name is taken ("thanks floor!"): "succes morgen" is not a name.
const ADDRESS = new Set('hoi hoy hai hallo hey hi hello lieve liefste beste dear dearest dankjewel dankje bedankt thanks thx gefeliciteerd congrats'.split(' '));
const GREET2 = new Set(
  ('thank you|love you|miss you|proud of|trots op|happy birthday|happy bday|happy anniversary|fijne verjaardag|' +
    'good luck|well done|goed gedaan|knap gedaan|dank je|dank u|go go|hou van|houd van|love ya|see you|tot morgen|' +
    'get well|welkom terug|welcome back|hartelijk dank|van harte|veel succes|veel plezier|have fun').split('|'),
);
// Frisian "yn" (in) and "út" (out of) too: "yn Ljouwert", "út Snits".
const PLACE_PREPS = new Set(['in', 'te', 'from', 'near', 'uit', 'nabij', 'richting', 'towards', 'yn', 'út']);
// Prepositions that take a person as often as a place ("bij Femke", "naar oma", "by Sarah"): after them a
// capitalised word is a place only when the gazetteer knows it ("bij Oudega", Frisian "by Oudega", "nei Snits").
const PRONOUN_AFTER = new Set(['u', 'je', 'jij', 'ik', 'we', 'wij', 'ze', 'zij', 'hij', 'jullie', 'you', 'i', 'we', 'they']);
// Verbs of saying right after a subject (singular, present and past), Dutch and English: see `attributed`.
const SAYS = new Set(
  ('zei zegt vertelt vertelde verklaarde verklaart benadrukte benadrukt meent meende antwoordde antwoordt reageerde ' +
    'reageert schrijft schreef stelt stelde vindt vond vroeg vraagt zucht zuchtte lacht lachte ' +
    'said says told tells added adds wrote writes tweeted asked asks replied explained').split(' '),
);
// Verbs of saying that introduce the speaker after a quotation, inverted: "…", zegt X / aldus X / said X.
const SAYS_AFTER = new Set([...SAYS, 'aldus', 'betoogt', 'betoogde', 'besluit', 'besloot', 'concludeert', 'concludeerde', 'voegt', 'voegde', 'legt', 'legde', 'verduidelijkt', 'verduidelijkte', 'waarschuwt', 'waarschuwde']);
// A colon and a quotation mark after the word: a quotation attributed to it.
const QUOTE_AFTER_RE = /^\s?:\s?["'“‘„«]/;
const INDEFINITE = new Set(['een', 'a', 'an', "'n"]);
const PLACE_OR_PERSON_PREPS = new Set(['bij', 'by', 'naar', 'nei', 'to', 'rond', 'rondom', 'om', 'via', 'langs', 'around', 'towards', 'oer', 'over']);
// Only letters, spaces, hyphens and apostrophes make up a place's name.
const PLACE_TEXT_RE = /^[\p{L}' -]+$/u;
const SPACE_RUNS = /\s+/g;
const CONNECT = new Set(['en', 'and', '&', 'of', 'or']);
export const SIGN_HINT_RE = /[—–~\-[(]|gr|regards|cheers|liefs|thanks|namens/i;
export const MIXED_CASE_RE = /\p{Ll}\p{Lu}/u;

function stripPossessive(lower: string): string {
  return lower.endsWith("'s") ? lower.slice(0, -2) : lower.endsWith('s\'') ? lower.slice(0, -1) : lower;
}

interface NameLookup {
  strong: boolean;
  word: boolean;
}

// How sure (B over O, in the weights' units) the tagger must be of a rare word opening a sentence on its own.
export let SURE_MARGIN = Number.POSITIVE_INFINITY;
/** For measuring only: sets the margin above which a lone sentence opener is kept. */
export function setSureMargin(m: number): void {
  SURE_MARGIN = m;
}
// How name-like a rare word's spelling must be (../ner/spelling.ts level, 0–6) for the tagger's word to stand
// alone at the start of a sentence ("Katzav is …", "Barrichello begon …") without a cue: 4, the spelling leans
// to a name (log-odds ≥ 0.5). Nouns that open school posts ("Ochtendwandeling", "Kaartjes", "Huiswerk") score
// far below; on the draft corpora this keeps every false alarm out (NER.md).
export let OPENER_SPELLING = 4;
/** For measuring only: the spelling level above which the tagger's lone sentence opener is kept (99: never). */
export function setOpenerSpelling(level: number): void {
  OPENER_SPELLING = level;
}

export function detectNames(input: DetectorInput): Candidate[] {
  const { tokens, norm, school } = input;
  const lex = lexicon();
  const text = norm.text;
  const out: Candidate[] = [];

  const STRONG: NameLookup = { strong: true, word: false };
  const WORD: NameLookup = { strong: false, word: true };
  const NONE: NameLookup = { strong: false, word: false };
  // The same lexicon evidence the tagger's features use (cached per word there): first name, word-like first
  // name (surname membership, the +3, is not needed here).
  const lookUncached = (t: Token): NameLookup => {
    const k = lexKind(t) % 3;
    return k === 1 ? STRONG : k === 2 ? WORD : NONE;
  };
  // One lexicon lookup per token, reused by every rule below.
  const kinds: NameLookup[] = tokens.map(lookUncached);
  // The tagger's labels (O, B, I) for every token, and where each tagged span ends.
  const margins = new Float64Array(tokens.length);
  const labels = tagTokens(tokens, undefined, margins);
  const spanEnd = (i: number): number => {
    let j = i;
    // A possessive ends a name ("Ellen's farewell").
    while (j + 1 < tokens.length && labels[j + 1] === 2 && tokens[j + 1]!.start - tokens[j]!.end <= 3 && !tokens[j]!.lower.endsWith("'s")) j++;
    return j;
  };
  const common = commonWords();
  const gazetteer = places();
  // The end index of a place name (one to four words, as the gazetteer spells it) that covers token i, or -1:
  // "Oudega", "Alde Feanen", "It Hearrenfean", "Súdwest-Fryslân".
  // Neighbouring tokens ask about the same spans (each span a..b is looked at from every i it covers), so each
  // span's answer is kept: 0 not yet known, 1 not place text (stop widening), 2 a place, 3 place text, no place.
  let spanKind: Uint8Array | null = null;
  const placeEnd = (i: number): number => {
    let best = -1;
    spanKind ??= new Uint8Array(tokens.length * 4);
    for (let a = Math.max(0, i - 2); a <= i; a++) {
      for (let b = i; b < Math.min(tokens.length, a + 4); b++) {
        let kind = spanKind[a * 4 + b - a]!;
        if (kind === 0) {
          const s = text.slice(tokens[a]!.start, tokens[b]!.end);
          kind = s.length > 40 || !PLACE_TEXT_RE.test(s) ? 1 : gazetteer.has(s.toLowerCase().replace(SPACE_RUNS, ' ')) ? 2 : 3;
          spanKind[a * 4 + b - a] = kind;
        }
        if (kind === 1) break;
        if (kind === 2) best = Math.max(best, b);
      }
    }
    return best;
  };

  const isSchool = (t: Token) => school.words.has(stripPossessive(t.lower));
  const blocked = (t: Token) =>
    t.numeric ||
    isSchool(t) ||
    STOPWORDS.has(t.lower) ||
    NOT_NAMES.has(stripPossessive(t.lower)) ||
    PARTICLES.has(t.lower) ||
    ORG_NOUNS.has(t.lower);
  // "Summer School", "Hope Foundation", "Royal Academy of Art": a capitalised run ending in an organisation
  // noun, or joined by "of", is a name of a thing.
  const inTitle = (i: number, strong: boolean): boolean => {
    let k = i + 1;
    while (k < tokens.length && k - i <= 4 && tokens[k]!.cap && tokens[k]!.before === '') {
      if (ORG_NOUNS.has(stripPossessive(tokens[k]!.lower))) return true;
      k++;
    }
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (prev && prev.before === '' && tokens[i]!.before === '' && ((prev.lower === 'of' && !strong) || (prev.cap && ARTICLES.has(prev.lower) && !prev.sentenceStart))) return true;
    if (next && next.lower === 'of' && next.before === '' && tokens[i + 2]?.cap) return true;
    // "New Year's Eve", "Christmas Eve", "Valentine's Day": a capitalised word before Eve or Day names a day.
    if (prev && prev.cap && tokens[i]!.before === '' && (tokens[i]!.lower === 'eve' || tokens[i]!.lower === 'day') && (/'s$/.test(prev.lower) || prev.lower === 'christmas')) return true;
    return false;
  };
  // A capitalised word that can be a surname: not a common function word, not the school or a place of it.
  const surnameLike = (t: Token | undefined, prev: Token) =>
    !!t && t.cap && !t.allCaps && !blocked(t) && t.start - prev.end <= 2 && !/[,;:|()\n]/.test(t.before) && !/\d/.test(t.text);

  // Extends a name from token index i over particles and up to two surname words; returns the last index.
  const extend = (i: number, lowerMode: boolean): number => {
    let j = i;
    let k = i + 1;
    // After an initial ("P. de Boer") the full stop belongs to the name.
    const sep = (idx: number) =>
      tokens[idx]!.before === '' ||
      (idx === i + 1 && (tokens[i]!.text.length === 1 || TITLES.has(tokens[i]!.lower)) && tokens[idx]!.before === '.');
    // Particles: "van der", "ter", "de"; in running text only before a capitalised (or known) surname.
    while (k < tokens.length && k - i <= 3 && PARTICLES.has(tokens[k]!.lower) && sep(k)) k++;
    const hasParticles = k > i + 1;
    const next = tokens[k];
    if (next && tokens[k - 1] && next.start - tokens[k - 1]!.end <= 2 && sep(k)) {
      const particleText = hasParticles ? tokens.slice(i + 1, k).map((t) => t.lower).join(' ') + ' ' : '';
      const known = lex.surnames.has(particleText + stripPossessive(next.lower)) || lex.surnames.has(stripPossessive(next.lower));
      // After particles a capitalised word is a surname even when it is also a common word ("van der Meer").
      const capSurname = next.cap && !next.allCaps && (hasParticles ? !isSchool(next) && !next.numeric && !ORG_NOUNS.has(next.lower) : !blocked(next));
      if (capSurname || (lowerMode && known)) {
        j = k;
        // A second capitalised surname word ("Dumon Tak") — but not a new sentence or a place of the school.
        const after = tokens[k + 1];
        if (!lowerMode && after && after.before === '' && surnameLike(after, next) && !kinds[k + 1]!.strong && !kinds[k + 1]!.word) j = k + 1;
      }
    }
    if (!hasParticles && j === i) return i;
    return j;
  };

  // The words around a lower-case token show a person: "met nguyen", "hoi oksana", "sem was", "nguyen en".
  const lowerPersonContext = (i: number): boolean => {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const before = prev && t.before === '' && t.start - prev.end <= 2 ? prev.lower : '';
    const after = next && next.before === '' ? next.lower : '';
    return (
      LOWER_BEFORE.has(before) || GREET.has(before) || PERSON_CUES.has(before) || CONNECT.has(before) ||
      LOWER_AFTER.has(after) || CONNECT.has(after) || (t.sentenceStart && /^[,!]/.test(text.slice(t.end, t.end + 1)))
    );
  };
  const nameSpelledOpener = (i: number, lower: string): boolean => {
    if (labels[i] === O) return false;
    const level = spellingLevel(lower);
    return level >= OPENER_SPELLING && level < 7;
  };
  // A word the tagger tagged, opening a sentence, that a quotation is attributed to: a verb of saying right
  // after it or a colon before a quote ("Geboers: "We wisten…"", "Schily zei dat…", "Flies: 'We willen…'").
  // News and school letters quote people this way; a noun opening a sentence is rarely followed by either.
  const attributed = (i: number): boolean => {
    if (labels[i] === O) return false;
    const next = tokens[i + 1];
    if (next && next.before === '' && next.start - tokens[i]!.end <= 1 && SAYS.has(next.lower)) return true;
    return QUOTE_AFTER_RE.test(text.slice(tokens[i]!.end, tokens[i]!.end + 4));
  };
  const used = new Uint8Array(tokens.length);
  const fullNameWords = new Set<string>();
  // A person cue right before token i ("mijn leerling Oksana", "thanks to"): then a capital is evidence.
  const cueAt = (i: number): boolean => i > 0 && PERSON_CUES.has(tokens[i - 1]!.lower);
  const emit = (from: number, to: number, startOverride?: number) => {
    // One word opening a sentence ("Lekker weer vandaag") is not a name on its capital alone, whatever path
    // proposed it: there the capital says nothing, and the common-word list misses informal words. A word some
    // name list knows ("Kim", "Goossens") still is. A false alarm costs staff's trust.
    const f = tokens[from]!;
    const lower = stripPossessive(f.lower);
    const listed = kinds[from]!.strong || kinds[from]!.word || lex.surnames.has(lower);
    // Unless the tagger is sure of it on the word's own evidence and its neighbours, or tagged it and its
    // spelling is a name's rather than a word's ("Katzav is…", "Barrichello begon…"; not "Kaartjes zijn…").
    if (from === to && startOverride === undefined && f.sentenceStart && !listed && (common.has(lower) || (!cueAt(from) && !(margins[from]! >= SURE_MARGIN) && !nameSpelledOpener(from, lower) && !attributed(from)))) return;
    for (let k = from; k <= to; k++) used[k] = 1;
    // The words of a full name ("Oksana Kowalczyk") name the same person when they come back alone later in
    // the draft ("Kowalczyk zei...", even opening a sentence).
    if (to > from) for (const k of [from, to]) if (tokens[k]!.cap && !PARTICLES.has(tokens[k]!.lower)) fullNameWords.add(stripPossessive(tokens[k]!.lower));
    const start = startOverride ?? tokens[from]!.start;
    const end = tokens[to]!.end - (tokens[to]!.lower.endsWith("'s") ? 2 : 0);
    out.push({ category: 'name', start, end, priority: 3 });
  };

  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const t = tokens[i]!;
    if (t.numeric) continue;
    const { strong, word } = kinds[i]!;
    // All capitals: a first name of the lists (not a word-like one) that the tagger tags too ("EMMA IS JARIG",
    // "IS THAT IDRIS?!"); other words in capitals are shouting, acronyms and school levels (HAVO, GGD, LET OP).
    if (t.allCaps) {
      if (strong && labels[i] !== O && t.text.length >= 3 && !blocked(t) && !isOwnName(t, i)) emit(i, i);
      continue;
    }
    const prev = i > 0 ? tokens[i - 1] : undefined;
    // "Ms. de Vries", "mevrouw van der Meer": a title directly before the particles of a surname.
    if (prev && PARTICLES.has(t.lower) && TITLES.has(prev.lower) && (t.before === '' || t.before === '.') && !used[i - 1]) {
      const j = extend(i - 1, false);
      if (j > i) {
        emit(i - 1, j);
        i = j;
        continue;
      }
    }
    // Facebook's reply tag "@Sanne de Jong": the whole tag is the name (handle.ts leaves it alone).
    if (t.cap && t.before.endsWith('@') && isPersonTag(text, t.start - 1) && !isSchool(t)) {
      const j = extend(i, false);
      emit(i, j, t.start - 1);
      i = j;
      continue;
    }
    // A person cue or title before a capitalised word ("Buurman Mark", "Juf Mirjam") is not itself part of a
    // name, whatever the tagger says of the capital: the next word is read with the cue before it.
    if (t.cap && PERSON_CUES.has(t.lower) && i + 1 < tokens.length && tokens[i + 1]!.cap && (tokens[i + 1]!.before === '' || tokens[i + 1]!.before === '.') && tokens[i + 1]!.start - t.end <= 3) continue;
    const tagged = labels[i] !== O;
    // Fast exit for the bulk of tokens: lower-case words that no list knows, no cue precedes, the tagger left.
    if (!t.cap && !strong && !word && !tagged) continue;
    const next = tokens[i + 1];
    // "fam. Kuipers", "Mrs. Kramer": only abbreviated titles may have a full stop before the name.
    const cueBefore =
      (!!prev && PERSON_CUES.has(prev.lower) && t.start - prev.end <= 3 && (t.before === '' || (t.before === '.' && TITLES.has(prev.lower)))) ||
      // "Onze Floor is 16 geworden", "my Lewis": a possessive right before a capitalised first name of the lists
      // (or one the tagger marks) is how parents and mentors write about a child; nouns after it are lower case.
      (!!prev && POSSESSIVES.has(prev.lower) && t.cap && t.before === '' && t.start - prev.end <= 1 && (strong || word || tagged));
    // The speaker after a quotation: a verb of saying set off by a comma or a closing quote, then a capital
    // (' "…", zegt Kapteijns', '"…", aldus Gust De Coster', '…, said Ketelaar'): the verb introduces a person.
    const speaker = t.cap && !t.allCaps && !!prev && SAYS_AFTER.has(prev.lower) && t.before === '' && t.start - prev.end <= 1 && /[,"'”’]/.test(prev.before);
    const initial = t.cap && t.text.length === 1 && text[t.end] === '.';
    // Fast exit for capitalised words no list knows, with no cue or initial to make them a name.
    if (t.cap && !strong && !word && !cueBefore && !initial && !tagged && !speaker) continue;
    if (t.cap && MIXED_CASE_RE.test(t.text) && !/^(?:Mc|Mac|O')/.test(t.text)) continue; // KiKa, iPad: brands

    // Initials: "P. de Boer", "J.P. Balkenende", "H. Zijlstra".
    if (initial && !(prev && prev.cap && prev.text.length === 1 && text[prev.end] === '.' && t.before === '.')) {
      let k = i;
      while (tokens[k + 1] && tokens[k + 1]!.text.length === 1 && tokens[k + 1]!.cap && text[tokens[k + 1]!.end] === '.' && tokens[k + 1]!.start - tokens[k]!.end <= 2) k++;
      const j = extend(k, false);
      if (j > k && !blocked(tokens[j]!)) {
        emit(i, j);
        i = j;
        continue;
      }
      // Not a name: skip the whole run of initials, so "A.A.A.…" is scanned once, not once per letter.
      i = k;
      continue;
    }
    // "Van der Vlist", "De Boer" opening a name: the tagger's span starts at the particle.
    if (tagged && PARTICLES.has(t.lower) && t.cap) {
      const j = spanEnd(i);
      if (j > i && tokens[j]!.cap && !blocked(tokens[j]!) && !isOwnName(t, j)) {
        emit(i, j);
        i = j;
        continue;
      }
    }
    if (blocked(t)) continue;

    // Titles and person cues: the next capitalised word is a name even when no list knows it.
    if ((cueBefore || speaker) && t.cap) {
      const j = extend(i, false);
      const titleStart = TITLES.has(prev!.lower) && prev!.cap ? prev!.start : undefined;
      emit(i, j, titleStart);
      i = j;
      continue;
    }

    if (t.cap) {
      if (inTitle(i, strong)) continue;
      // A capitalised run opening a quotation is a title of a book, film or song ("Harry Potter", "Pluk van de
      // Petteflet"): skip to the closing quote when it comes within a short title's length on the same line.
      if (t.before.endsWith('"')) {
        const close = text.indexOf('"', t.end);
        if (close > 0 && close - t.start <= 60 && !text.slice(t.end, close).includes('\n')) {
          while (i + 1 < tokens.length && tokens[i + 1]!.start < close) i++;
          continue;
        }
      }
      // Right after a capitalised organisation or place noun a capitalised word names the thing ("Nationaal Park
      // X", "Stichting X", "Museum X"), unless it is a listed first name; "Dag" is a greeting ("Dag Femke").
      if (prev && prev.cap && t.before === '' && ORG_NOUNS.has(prev.lower) && prev.lower !== 'dag' && prev.lower !== 'day' && !strong) continue;
      // After an article a capitalised word is a thing ("de Helder", "the Hope"), unless it is only a name.
      if (prev && ARTICLES.has(prev.lower) && t.before === '' && (!(strong && tagged) || prev.lower === 'the' || prev.lower === 'a' || prev.lower === 'an')) continue;
      // "een zwarte Audi", "a red Tesla", "een nieuwe Eastpak": an indefinite article and an adjective before a
      // capital make it a thing; a person is rarely "een" anyone.
      const prev2 = tokens[i - 2];
      if (prev && prev2 && !prev.cap && t.before === '' && prev.before === '' && INDEFINITE.has(prev2.lower) && common.has(prev.lower) && !PERSON_CUES.has(prev.lower) && !strong) continue;
      // "in Florence", "from Jordan", "te Sneek": after a place preposition a lone capitalised word is a place.
      if (prev && PLACE_PREPS.has(prev.lower) && t.before === '' && !cueBefore && extend(i, false) === i) continue;
      // A place the gazetteer knows is not a person: after a preposition of place ("by Oudega", "nei Snits"),
      // or anywhere when it is no first name of the lists ("de Alde Feanen"). A person cue still wins
      // ("buurman Sneek"), and so does a first name that is also a village ("met Linde").
      if (!cueBefore) {
        const pe = placeEnd(i);
        if (pe >= 0 && ((prev && PLACE_OR_PERSON_PREPS.has(prev.lower) && t.before === '') || (!strong && !word))) {
          i = pe;
          continue;
        }
      }
      // The tagger decides, except for a first name of the lists away from the start of a sentence, which
      // stays a name as before (after the article, place and title checks above): "de chauffeur, Harm".
      // Not inside a capitalised run the tagger left alone: "New York", "Camp David".
      const inRun = !!prev && prev.cap && t.before === '' && !used[i - 1] && !PERSON_CUES.has(prev.lower);
      if (!tagged && !(strong && !t.sentenceStart && !inRun)) continue;
      // A common word opening the sentence before a listed first name is not part of the name: "Bel Femke Bosma".
      if (t.sentenceStart && !strong && common.has(t.lower) && next && kinds[i + 1]!.strong) continue;
      // A common word opening the sentence that the tagger would make a name on its own ("Lekker weer vandaag"):
      // capitals there say nothing, so it needs a name right after it to count: a capitalised word or a particle
      // the tagger continues with, not a lower-case word ("Kort bericht:"). A false alarm costs staff's trust.
      if (t.sentenceStart && !strong && common.has(stripPossessive(t.lower)) && !(next && next.before === '' && labels[i + 1] !== O && (next.cap || PARTICLES.has(next.lower)))) continue;
      // The tagger's span, stretched over particles and a surname it stopped short of ("Marrit ter Horst").
      const j = Math.max(spanEnd(i), extend(i, false));
      if (blocked(tokens[j]!)) continue;
      if (isOwnName(t, j)) {
        i = j;
        continue;
      }
      emit(i, j);
      i = j;
      continue;
    }

    // Lower case after a greeting or form of address: the addressed person ("hoi sanne", "thanks pieter!").
    // A word-like name ("bo", "floor") only when the address ends right after it.
    if (strong || word) {
      const p1 = prev && t.start - prev.end <= 3 && (t.before === '' || t.before === ',') ? prev.lower : '';
      const p2 = p1 && i >= 2 && prev!.before === '' ? tokens[i - 2]!.lower + ' ' + p1 : '';
      const greeted = (p1 !== '' && GREET.has(p1)) || (p2 !== '' && GREET2.has(p2));
      const closing = /^[ \t]*(?:[,.!?;:)❤♥💙💛🎉🎂🥳😘😍🙏👏💪]|$|\n|(?:en|and|&) )/u.test(text.slice(t.end, t.end + 6)) || /[\uD800-\uDBFF]/.test(text[t.end + (text[t.end] === ' ' ? 1 : 0)] ?? '');
      // A vocative opening a sentence: "sanne, kom je ook?", "pieter!".
      const vocative = strong && t.sentenceStart && /^[,!]/.test(text.slice(t.end, t.end + 1));
      const addressed = greeted && (strong || (closing && (ADDRESS.has(p1) || GREET2.has(p2))));
      if (addressed || vocative) {
        const j = extend(i, true);
        emit(i, j);
        i = j;
        continue;
      }
    }

    // Lower case, tagged: a word that is not a common one ("met nguyen en oksana", "trump is").
    // A word no name list knows needs the sentence to show a person too (a preposition or greeting before it,
    // a verb or "en" after it): in lower case the tagger has little to go on, and the common-word list misses
    // many ordinary words ("de maandag erna", "plezier hebben", "dan is hij de sjaak").
    if (labels[i] === 1 && !t.cap && !common.has(stripPossessive(t.lower)) && !blocked(t) && (strong || lex.surnames.has(stripPossessive(t.lower)) || lowerPersonContext(i))) {
      let j = spanEnd(i);
      while (j > i && (common.has(tokens[j]!.lower) || blocked(tokens[j]!))) j--;
      j = Math.max(j, extend(i, true));
      if (!isOwnName(t, j)) emit(i, j);
      i = j;
      continue;
    }
    // Lower case: only a strong first name, and only where the sentence shows a person.
    // A word-like first name in lower case after a cue is a name only when it is no common word ("collega mag",
    // "mijn zoon elke dag"), or after a title ("meneer el idrissi") unless a pronoun follows, which makes it a
    // verb of a question to that person ("mevrouw bent u …", "juf mag ik …").
    const titleCue = !!prev && TITLES.has(prev.lower) && !PRONOUN_AFTER.has(tokens[i + 1]?.lower ?? '');
    if (strong || (word && cueBefore && (!common.has(t.lower) || titleCue))) {
      const j = extend(i, true);
      const befores = prev && t.start - prev.end <= 3 && t.before === '' ? prev.lower : '';
      const afterTok = tokens[j + 1];
      const after = afterTok && afterTok.before === '' ? afterTok.lower : '';
      const coordinated =
        (CONNECT.has(after) && j + 2 < tokens.length && kinds[j + 2]!.strong) ||
        (CONNECT.has(befores) && i >= 2 && (kinds[i - 2]!.strong || used[i - 2] === 1));
      const subject = (t.sentenceStart || befores === '' ) && LOWER_AFTER.has(after) && after !== 'uit' && after !== 'from';
      const introduced = LOWER_BEFORE.has(befores) && (after === '' || LOWER_AFTER.has(after) || CONNECT.has(after) || j > i || /^\s*[,.!?)]/.test(text.slice(tokens[j]!.end, tokens[j]!.end + 4)));
      if (cueBefore || j > i || coordinated || subject || introduced) {
        emit(i, j);
        i = j;
      }
    }
  }
  // Second pass: a word of a full name found above, alone and capitalised elsewhere in the draft.
  if (fullNameWords.size) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (used[i] || !t.cap || t.allCaps || !fullNameWords.has(stripPossessive(t.lower)) || blocked(t) || isOwnName(t, i)) continue;
      emit(i, i, t.start);
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;

  // The writer's own name: right after a signature mark, or followed by their role at the school.
  function isOwnName(t: Token, j: number): boolean {
    // Bounded look-behind: an unbounded lastIndexOf per name would make long pastes quadratic.
    const window = text.slice(Math.max(0, t.start - 25), t.start);
    const before = window.slice(window.lastIndexOf('\n') + 1);
    const rest = text.slice(tokens[j]!.end, tokens[j]!.end + 40);
    // The sign-off on the line above, the name on a line of its own at the end: "Thanks,\nEmma".
    const lineAbove = window.slice(0, Math.max(0, window.lastIndexOf('\n')));
    if (!before.trim() && lineAbove && SIGN_OFF_RE.test(lineAbove) && t.start > text.length - 40 && !/\n\s*\S/.test(rest)) return true;
    if (!SIGN_HINT_RE.test(before)) return false; // cheap test first: most names have no signature mark before them
    if (SIGN_OFF_RE.test(before)) {
      if (SIGNATURE_ROLE_RE.test(rest) || /^\s*$/.test(rest)) return true;
      // A dash or a comma sets the name off as a signature ("— Anna | …", "Groeten, Anna 😊"); a name glued to
      // the greeting and followed by more words is someone addressed: "Thanks Emma, see you Friday".
      const setOff = /[—–~-][ \t]*$|,[ \t]*$/.test(before) || before.trim() === '';
      if (setOff && (/^\s*[|,]/.test(rest) || t.start > text.length - 40)) return true;
    }
    if (/[[(]\s*$/.test(before) && SIGNATURE_ROLE_RE.test(rest)) return true;
    return false;
  }
}
