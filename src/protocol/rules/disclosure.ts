// C3 (and B2 in a work context): a staff member writing about the school says that they work there, and in a
// work context also their function. Recognition is hand-written: it must understand where a function and the
// school's name stand to each other ("docent Frans @ CSG Liudger", "Head of English at …", but not "die
// nieuwe docent op Liudger"), which no library does.
import { blankMatches, firstMatch } from '../fast-test.ts';
import { appendDisclaimerEdit, buildDisclaimer, hasConfiguredDisclosure } from '../disclaimer.ts';
import { namesSchool, schoolMentions as mentions } from '../related.ts';
import { report, type Rule } from '../rule.ts';
import type { RuleMeta, Settings } from '../types.ts';

export const meta: RuleMeta = {
  code: 'disclosure-missing',
  article: 'C3',
  severity: 'warning',
  messageKeys: ['rule_disclosure_title', 'rule_disclosure_detail', 'rule_disclosure_work_detail', 'rule_fix_insert_disclaimer'],
  setting: 'disclosure',
};

/** Words for a staff function, also inside compounds (techniekdocent, gymleraar, biology teacher). */
export const FUNCTION_WORD =
  /(?:docent|docente|leraar|lerares|learaar|learares|dosint|teacher|mentor|conci[eë]rge|leider|rector|directeur|director|co[oö]rdinator|opleider|vertrouwenspersoon|decaan|counsel+or|assistent|assistant|medewerker|hoofd|head|toa|lecturer|tutor|bibliothecaris|librarian|principal|staff|personeelslid|onderwijskundige|orthopedagoog|remedial|teamleider|afdelingsleider|juf|meester|administrat\p{L}*|secretaresse|ict-?er|conrector|bestuurder|instructeur|lio|invaller|invalkracht|begeleider|receptionist\p{L}*|baliemedewerker|schoonma\p{L}*|cleaner|amanuens\p{L}*|laborant\p{L}*|technicus|technician|mediathec\p{L}*|psycholo\p{L}*|pedagoog|orthopedagoog|jeugdverpleegkundige|maatschappelijk\s+werker|roostermaker|systeembeheerder|ict-?beheerder|beheerder|facilitair\p{L}*|officemanager|office\s+manager|kantinebeheerder|coach|trainer|dosint|learkrêft|secretaris|manager|administratie|onderwijsondersteun|sectievoorzitter)/u;

/** Functions shortened in a bio segment ("doc. wiskunde", "HoD English", "SENCo"): whole tokens only. */
export const FUNCTION_ABBR = /^(?:doc|dct|hod|hoy|senco|tchr)$/u;
export const ABBR_STOP = /(?<![\p{L}])(doc|dct|tchr)\./gu;

// First-person statements that the writer works at the school; they count when the draft also names it.
export const WORK_STATEMENTS: readonly RegExp[] = [
  /(?<![\p{L}])(?:ik|i)\s+(?:(?!(?:not|never|niet|nooit|net|no)\s)\p{L}+\s+)?(?:werk|work|teach|geef\s+les|doceer|coach|begeleid|wurkje|jou\s+les)(?:\s+(?:zelf|al|nu|ook|sinds|hier|daar|er|there|here|at|bij|op|als|as|for|voor|aan)\b)/u,
  /(?<![\p{L}])(?:werk|geef|doceer)\s+ik\s+(?:\p{L}+\s+)?(?:bij|op|als|aan|les|er|daar|hier)(?![\p{L}])/u,
  /(?<![\p{L}])(?:mijn werkgever|my employer|where i work|waar ik werk|ik ben werkzaam|werkzaam\s+(?:bij|op|als)|in dienst\s+(?:van|bij)|i'm employed|i am employed|employed at|employed by|proud to work|trots om te werken|(?:proud|happy|privileged|honou?red|lucky|blessed|glad|grateful)\s+to\s+(?:teach|be\s+teaching|work|be\s+working)|(?:trots|dankbaar|blij)\s+(?:om|dat\s+ik)\s+(?:hier\s+|er\s+)?(?:les\s+te\s+geven|te\s+werken|les\s+geef|werk)|i teach|i've taught|i have taught|ik ben (?:hier|daar|er) (?:(?:al|nu|sinds|ook|zelf|inmiddels)\s+){0,2}(?:\d{1,2}\s+jaar\s+)?(?:werkzaam|in\s+dienst|begonnen|gestart|aangenomen|benoemd|[\p{L}-]*(?:docent|docente|leraar|lerares|mentor|juf|meester|conci[eë]rge|leider|co[oö]rdinator|decaan|assistent|medewerker)))(?![\p{L}])/u,
  /(?<![\p{L}])(?:i'm|i am|i was|i've been|ik ben|ben ik|ik was|was ik|ik word|word ik|ik bin|bin ik)\s+(?:\p{L}+\s+){0,3}?(?:[\p{L}-]*(?:docent|leraar|lerares|learaar|learares|teacher|mentor|conci[eë]rge|leider|rector|directeur|co[oö]rdinator|opleider|vertrouwenspersoon|decaan|counsel+or|assistent|medewerker|tutor|juf|meester))(?![\p{L}])/u,
  // "als docent", "as a teacher of English", "werk als mentor" — but not "hij werkt als …".
  /(?<![\p{L}])(?:als|as an?|as)\s+(?:[\p{L}-]+[\s(]+){0,4}?(?:[\p{L}-]*(?:docent|leraar|lerares|teacher|mentor|conci[eë]rge|teamleider|afdelingsleider|rector|directeur|co[oö]rdinator|opleider|vertrouwenspersoon|decaan|counsel+or|assistent|medewerker|tutor|juf|meester|secretaris|toa|roostermaker|manager|technician|librarian|sectievoorzitter|sectieleider|vakgroepvoorzitter|head of \p{L}+))(?![\p{L}])/u,
  // Chat style without "ik", in brackets or opening a sentence: "(ben docent Duits daar)", "ben mentor van 2b".
  /(?:^|[.!?\n(]\s{0,3})(?:ben|bin|am)\s+(?:hier\s+|daar\s+|er\s+|zelf\s+|al\s+|ook\s+)*(?:[\p{L}-]*(?:docent|docente|leraar|lerares|teacher|mentor|conci[eë]rge|toa|decaan|juf|meester|medewerker))(?![\p{L}])/u,
  // "I'm the section head", "ik ben sectievoorzitter".
  /(?<![\p{L}])(?:i'm|i am|ik ben|ben ik)\s+(?:the\s+|de\s+)?(?:section\s+head|head\s+of\s+(?:department|section|year|\p{L}+)|sectievoorzitter|sectieleider|vakgroepvoorzitter)(?![\p{L}])/u,
  /(?<![\p{L}])disclosure\s*:\s*(?:i|ik)(?![\p{L}])/u,
  // The writer as "someone who": "(an opinion) from someone who's taught Dutch at …", "als iemand die al 14 jaar
  // lesgeeft op …".
  /(?<![\p{L}])(?:from|as|als|van)\s+(?:someone|somebody|iemand|one)\s+(?:who(?:'s|\s+has|\s+have)?|die)\s+(?:\p{L}+\s+){0,3}?(?:taught|teaching|worked|working|lesgeeft|lesgegeven|les\s+geeft|werkt|gewerkt|werkzaam)(?![\p{L}])/u,
  // Chat style without "ik" at the start of a sentence: "werk zelf op Liudger (docent Engels)", "geef les op …".
  /(?:^|[.!?\n(]\s{0,3})(?:werk|werkte|geef\s+les|gaf\s+les|doceer|wurkje)\s+(?:(?:zelf|al|nu|ook|sinds|hier|daar|alweer|inmiddels|met|veel|plezier|\d{1,2}|jaar|jaren|ruim|bijna|fulltime|parttime)\s+){0,6}(?:op|bij|aan|by)(?![\p{L}])/u,
  // English chat style without "I": "Teaching there for 9 years", "Been working at … since 2015".
  /(?:^|[.!?\n(]\s{0,3})(?:teaching|working|been\s+teaching|been\s+working|taught|worked)\s+(?:there|here|at|for|full-time|part-time|happily|proudly)\s+(?!home|myself)/u,
  // "on staff at", "part of the team at", "onderdeel van het team van": membership said with a place.
  /(?<![\p{L}])(?:on\s+(?:the\s+)?staff\s+(?:at|of)|part\s+of\s+the\s+(?:team|staff)\s+(?:at|of)|onderdeel\s+van\s+het\s+(?:team|docententeam|personeel)\s+(?:van|op|bij)|in\s+dienst\s+gekomen\s+(?:bij|op)|joined\s+the\s+(?:team|staff)\s+at)(?![\p{L}])/u,
  // Signing off in one's function: "Groetjes van jullie mentor, Hilde", "Liefs, de mentor van 5 havo".
  /(?<![\p{L}])(?:groetjes|groeten|groet|liefs|gr|hartelijke groet|met vriendelijke groet|mvg|cheers|regards|best wishes|love|thanks)\s*[,.!]?\s*(?:van\s+|from\s+)?(?:jullie|je|jouw|uw|your|de|the)\s+(?:[\p{L}-]+\s+)?(?:mentor|mentrix|docent|docente|juf|meester|leraar|lerares|teacher|tutor|form tutor|teamleider|coach|conciërge|roostermaker|toa|decaan|administratie|examensecretaris)(?![\p{L}])/u,
];

// A pronoun or verb form of someone else right before "als …": "hij werkt als docent bij".
// "over zijn tijd als docent", "her years as a teacher": someone else's time in the function.
export const THIRD_PERSON = /(?<![\p{L}])(?:hij|zij|ze|he|she|they|werkt|works|worked|die|who|zijn|haar|hun|his|her|their)\s+(?:\p{L}+\s+)?$/u;
// Determiners that make "… docent bij X" about someone else: "die nieuwe docent op Liudger".
const OTHER_PERSON = new Set(
  'die de het een deze dat onze ons jullie zijn haar hun the that this our his her their a an new nieuwe oude former voormalige andere another any elke every welke which'.split(' '),
);
const FIRST_PERSON_LEAD = new Set('ik i als as be being am ben was word become became appointed benoemd'.split(' '));
const THIRD_PERSON_LEAD = new Set('hij zij ze he she they werkt works worked is wie who onze our their hun'.split(' '));
// 'by' is Frisian for 'bij' ("learaar Frysk by …").
const CONNECTORS = new Set(['bij', 'op', '@', 'at', 'aan', 'van', ',', '|', '-', 'for', 'voor', 'of', 'by']);
export const TOKEN = /[\p{L}\p{N}'&]+|[@,|-]/gu;
const MY = new Set(['mijn', 'mn', "m'n", 'my']);
const OWN_PLACE = new Set(['school', 'werk', 'werkgever', 'werkplek', 'employer', 'workplace', 'job', 'baan']);
const ACTIVITY = new Set(['lesgeven', 'lesgegeven', 'teaching', 'working', 'werkzaam', 'gewerkt', 'gedoceerd', 'lesgevend']);
const LESSONS = new Set(['lessons', 'lessen', 'lesson', 'les', 'classes', 'lesuren']);
const COLLEAGUE = new Set(['collega', 'colleague', 'teamlid', 'teammember']);
const OUR = new Set(['onze', 'ons', 'our', 'mijn', 'mn', "m'n", 'my']);
const STAFF_UNIT = new Set(['department', 'dept', 'afdeling', 'sectie', 'vaksectie', 'team', 'staff', 'docententeam', 'lerarenteam', 'schoolteam', 'personeel', 'faculty', "collega's", 'collegas', 'colleagues']);
// Someone other than the writer as the subject: "mijn zoon", "de buurvrouw", "iemand".
const OTHER_SUBJECT = new Set('collega colleague zoon dochter vrouw man partner vriend vriendin buurman buurvrouw neighbour son daughter wife husband friend iemand someone moeder vader mother father broer zus brother sister'.split(' '));

/**
 * "<function> [words] <connector> <school>": looks at the text right before each mention of the school for a
 * function word that is not about someone else.
 */
function functionAtSchool(lower: string, settings: Settings): boolean {
  for (const at of schoolMentions(lower, settings)) {
    const windowStart = Math.max(0, at - 80);
    // The full stop of an abbreviated function ("doc. wiskunde") does not end a sentence.
    let before = lower.slice(windowStart, at).replace(ABBR_STOP, '$1 ');
    const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n'), before.lastIndexOf('('), before.lastIndexOf('['));
    // Someone's function in brackets after their name ("Jelle (gymleraar Liudger)") is not a bio segment.
    // A bracket that opens after a sentence or at the end of one ("… hoor 👍 (administratie CSG Liudger)") is the
    // writer's own aside; only right after a word it may be someone's (the name is lost in lower case).
    const bracketed = cut >= 0 && (before[cut] === '(' || before[cut] === '[') && /[\p{L}\p{N},]\s{0,2}$/u.test(before.slice(0, cut));
    if (cut >= 0) before = before.slice(cut + 1);
    const tokens = before.match(TOKEN) ?? [];
    // "de locatie", "the location" between the connector and the school's name.
    while (tokens.length && ['de', 'het', 'locatie', 'the', 'location', 'school'].includes(tokens[tokens.length - 1]!)) tokens.pop();
    // "Na 20 jaar Liudger ga ik met pensioen", "after 12 years at …": the writer's own years there, unless
    // someone else is the subject right after.
    const n = tokens.length;
    if (n >= 3 && /^(?:jaar|jier|years|jaren)$/.test(tokens[n - 1]!) && /^\d{1,2}$/.test(tokens[n - 2]!) && /^(?:na|after|nei)$/.test(tokens[n - 3]!)) {
      const next = (lower.slice(at, at + 50).match(TOKEN) ?? []).slice(1, 5);
      if (next.some((t) => t === 'ik' || t === 'i' || t === "i'm") && !next.some((t) => THIRD_PERSON_LEAD.has(t) || OTHER_SUBJECT.has(t))) return true;
    }
    // A bio segment without a connector: "Rixt Bergsma | docent maatschappijleer CSG Liudger | …", "Teacher of
    // English, Liudger": the function opens its segment (after '|', ',', '-' or the line's start) one or two
    // words before the name.
    if (tokens.length && !CONNECTORS.has(tokens[tokens.length - 1]!)) {
      for (let f = n - 1; f >= Math.max(0, n - 3); f--) {
        const w = tokens[f]!;
        if (w === '|' || w === ',' || w === '-' || !(FUNCTION_WORD.test(w) || FUNCTION_ABBR.test(w)) || /^(?:staff|head|hoofd)$/.test(w)) continue;
        const prev = tokens[f - 1];
        if ((prev === undefined && !bracketed) || prev === '|' || prev === ',' || prev === '-') return true;
      }
      continue;
    }
    if (!tokens.length) continue;
    // "mijn school, CSG Liudger", "proud of my school, …", "my workplace: …".
    const place = tokens.slice(-3, -1);
    if (place.length === 2 && MY.has(place[0]!) && OWN_PLACE.has(place[1]!)) return true;
    // "my German lessons at …", "mijn lessen op …": lessons are taught, so they are the writer's work there.
    const own = tokens.slice(-4, -1);
    const lesson = own.findIndex((t) => LESSONS.has(t));
    if (lesson > 0 && own.slice(0, lesson).some((t) => MY.has(t))) return true;
    // "our maths department at …", "onze sectie wiskunde op …": a staff unit that is the writer's own.
    const unit = tokens.slice(-5, -1);
    const u = unit.findIndex((t) => STAFF_UNIT.has(t));
    if (u > 0 && unit.slice(Math.max(0, u - 2), u).some((t) => OUR.has(t))) return true;
    for (let i = tokens.length - 2; i >= Math.max(0, tokens.length - 6); i--) {
      const w = tokens[i]!;
      const lead = tokens.slice(Math.max(0, i - 3), i);
      // "na vijf jaar lesgeven op …", "been working at …": an activity with no one else as its subject.
      if (ACTIVITY.has(w) && i >= tokens.length - 3 && !lead.some((t) => THIRD_PERSON_LEAD.has(t) || OTHER_SUBJECT.has(t)) && !someoneElsesClause(lower, at) && !RETIRED.test(lower)) return true;
      // "als collega op …": a colleague only in the writer's own capacity.
      if (COLLEAGUE.has(w) && lead.some((t) => t === 'als' || t === 'as')) return true;
      if (w === '#' || !(FUNCTION_WORD.test(w) || FUNCTION_ABBR.test(w))) continue;
      if (lead.some((t) => THIRD_PERSON_LEAD.has(t)) && !lead.some((t) => t === 'ik' || t === 'i')) continue;
      // "Anouk, who has just been appointed head of science at …", "afscheid van Marjolein, 22 jaar docent Frans
      // op …": someone else opened the clause, or the function stands beside a person greeted or said goodbye to.
      // "Mijn zoon werkt sinds september als conciërge op …": someone else is the clause's subject even with "als".
      const mine = lead.some((t) => t === 'ik' || t === 'i');
      if (!mine && (someoneElsesClause(lower, at) || (!lead.some((t) => t === 'as' || t === 'als') && ADDRESSED_CLAUSE.test(clauseBefore(lower, at))))) continue;
      // "my daughter's teacher at …", "mijn zoons mentor op …": the function of someone the writer's kin has.
      const other = lead.slice(-2).some((t) => OTHER_PERSON.has(t) || /['’]s$/u.test(t) || OTHER_SUBJECT.has(t.replace(/s$/u, '')));
      if (!other || lead.some((t) => FIRST_PERSON_LEAD.has(t))) return true;
    }
  }
  return false;
}

/**
 * "as a Liudger teacher", "not as a @csgliudger teacher", "als Liudger-docent", "ik ben Liudger-mentor": the
 * school's name right before the writer's function, with "as"/"als" or a first-person verb before it.
 */
function schoolThenFunction(lower: string, settings: Settings): boolean {
  for (const at of schoolMentions(lower, settings)) {
    const after = lower.slice(at, at + 60).match(TOKEN) ?? [];
    // The school's name is one to three tokens ("csg liudger", "@csgliudger" is "@" and the handle).
    const fn = after.slice(1, 5).findIndex((t) => t !== '-' && FUNCTION_WORD.test(t) && !/^(?:staff|head|hoofd)$/.test(t));
    if (fn < 0) continue;
    const before = (lower.slice(Math.max(0, at - 30), at).match(TOKEN) ?? []).slice(-3);
    if (before.some((t) => t === 'as' || t === 'als' || FIRST_PERSON_LEAD.has(t) || t === "i'm" || t === 'ben' || t === 'bin')) return true;
  }
  return false;
}

/**
 * A bio-like last line that signs with a function: "Jelmer, docent LO", "— Sanne | mentor 3 havo", "Docent
 * Engels". Only the last non-empty line counts, at most 60 characters, and the function must open it or follow a
 * single name.
 */
export function functionSignature(lower: string): boolean {
  const lines = lower.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length < 2) return false;
  const last = lines[lines.length - 1]!;
  if (last.length > 60) return false;
  const toks = last.match(TOKEN) ?? [];
  let i = 0;
  while (i < toks.length && (toks[i] === '-' || toks[i] === ',' || toks[i] === '|')) i++;
  // An optional single name and a separator before the function.
  if (i + 1 < toks.length && !FUNCTION_WORD.test(toks[i]!) && (toks[i + 1] === ',' || toks[i + 1] === '|' || toks[i + 1] === '-')) i += 2;
  const w = toks[i];
  return !!w && /^(?:[\p{L}-]*(?:docent|docente|leraar|lerares|learaar|learares|teacher|mentor|mentrix|conci[eë]rge|teamleider|afdelingsleider|rector|conrector|decaan|tutor|juf|meester|toa|onderwijsassistent|teaching assistant|head of \p{L}+))$/u.test(w);
}

/**
 * A bio-like line that is only segments ("Liudger | Engels | mentor brugklas", "Teacher. Liudger. Coffee addict.",
 * "Liudger • tto • mentor"): the first or last non-empty line, at most 80 characters, split by | • · / . or a dash,
 * with one segment naming the school and another opening with a staff function. No pronoun or determiner may
 * put the function on someone else ("onze mentor", "hij is docent").
 */
export function bioLine(lower: string, settings: Settings): boolean {
  const lines = lower.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) return false;
  const candidates = lines.length === 1 ? [lines[0]!] : [lines[0]!, lines[lines.length - 1]!];
  for (const line of candidates) {
    if (line.length > 80) continue;
    const segments = line.split(/\s{0,3}(?:[|•·/]|\.\s|\s[-–—]\s)\s{0,3}/u).map((x) => x.trim()).filter(Boolean);
    if (segments.length < 2) continue;
    let school = false;
    let fn = false;
    for (const seg of segments) {
      const toks = seg.match(TOKEN) ?? [];
      if (toks.length === 0 || toks.length > 4) continue;
      if (mentions(seg, settings.school).length > 0 && toks.length <= 3) school = true;
      const first = toks[0]!;
      if (FUNCTION_WORD.test(first) && !/^(?:staff|head|hoofd|medewerker|assistant|assistent|leider)$/.test(first) && !OTHER_PERSON.has(first)) fn = true;
    }
    if (school && fn) return true;
  }
  return false;
}

/** Start offsets of the school's names and aliases (misspelt too, namesakes left out) and handles in `lower`. */
function schoolMentions(lower: string, settings: Settings): number[] {
  const out = mentions(lower, settings.school).map((m) => m.start);
  for (const h of settings.school.handles) {
    const handle = `@${h.replace(/^@/, '').toLowerCase()}`;
    if (handle.length < 2) continue;
    for (let at = lower.indexOf(handle); at >= 0 && out.length <= 50; at = lower.indexOf(handle, at + 1)) {
      // The offset after the '@', so that the '@' reads as "at" before the name ("teacher @csgliudger").
      if (!/[\p{L}\p{N}_]/u.test(lower[at + handle.length] ?? '')) out.push(at + 1);
    }
  }
  return out;
}

export const CLAUSE_TOKEN = /[\p{L}\p{N}'’]+|[.!?;:\n()]/gu;
const FIRST_PERSON = new Set(['ik', 'i', "'k", "i'm", "i've", "i'd", 'kben', 'ikke']);
// "I do not teach at …", "ik heb nooit op … gewerkt", Frisian "net": a denial between the writer and the verb.
const NEGATION = new Set(['not', "don't", "didn't", 'never', 'niet', 'nooit', 'geen', 'net', 'no', "haven't", "won't", "can't", 'nimmer']);
// Forms of the writer's own working: "werk", "werkte", "teach", "sta … voor de klas", "geef … les".
// Frisian "wurkje", "wurke", "wurke(n)" (work, worked) too.
const WORK_VERB = new Set(['werk', 'werkte', 'work', 'worked', 'working', 'teach', 'taught', 'teaching', 'doceer', 'doceerde', 'werkzaam', 'lesgeven', 'lesgegeven', 'wurkje', 'wurke', 'wurken']);
const STAND_VERB = new Set(['sta', 'stond', 'stonden']);
// Frisian "jou", "joech" (give): "dêr jou ik les".
const GIVE_VERB = new Set(['geef', 'gaf', 'gegeven', 'jou', 'joech']);
/** School subjects one gives ("ik geef daar filosofie"). */
const SUBJECTS = new Set('wiskunde engels nederlands frans duits spaans geschiedenis aardrijkskunde biologie scheikunde natuurkunde economie latijn grieks filosofie informatica muziek tekenen drama gym lo maatschappijleer levensbeschouwing godsdienst ckv nask techniek fries frysk'.split(' '));
const PLACE_WORDS = new Set(['bij', 'op', 'aan', 'at', 'for', 'er', 'daar', 'hier', 'there', 'here', 'in', 'voor', 'van']);
const OTHER_PRONOUN = new Set(['hij', 'zij', 'ze', 'he', 'she', 'they', 'hem', 'haar', 'him', 'her', 'wie', 'who', 'u', 'jij', 'je', 'you', 'werkt', 'works', 'geeft', 'staat']);
const TEACH_VERB = new Set(['teach', 'taught', 'teaching', 'doceer', 'doceerde']);
const FILLER = new Set(
  'al nu sinds zelf ook nog steeds inmiddels alweer alsnog met veel plezier jaar jaren maanden weken dertig twintig tien vijf ruim bijna sinds fulltime parttime part-time full-time graag nog altijd now still also since years months for already happily proudly been full part time de het een a the'.split(' '),
);
const CLAUSE_END = new Set(['.', '!', '?', ';', ':', '\n', '(', ')']);

/**
 * "ik sta nog steeds met plezier voor de klas bij …", "geef ik al tien jaar les op …", "waar ik 30 jaar werkte",
 * "I've been teaching English at …": a first-person subject and, in the same clause and a few words on, the
 * writer's own teaching or working with a place (or the clause's end). Token scan with bounded look-ahead,
 * so long drafts cost linear time.
 */
export function firstPersonWork(lower: string): boolean {
  const toks: string[] = lower.match(CLAUSE_TOKEN) ?? [];
  for (let i = 0; i < toks.length; i++) {
    if (!FIRST_PERSON.has(toks[i]!)) continue;
    // "sta ik …", "geef ik …", "werk ik …": the verb may come right before the subject.
    const from = i > 0 && (WORK_VERB.has(toks[i - 1]!) || STAND_VERB.has(toks[i - 1]!) || GIVE_VERB.has(toks[i - 1]!)) ? i - 1 : i + 1;
    let verb = '';
    let at = -1;
    for (let j = from; j < Math.min(toks.length, i + 10); j++) {
      const t = toks[j]!;
      if (j > i && (CLAUSE_END.has(t) || OTHER_PRONOUN.has(t) || FIRST_PERSON.has(t) || NEGATION.has(t))) break;
      if (!verb) {
        if (WORK_VERB.has(t) || STAND_VERB.has(t) || GIVE_VERB.has(t)) {
          verb = t;
          at = j;
        }
        continue;
      }
      if (STAND_VERB.has(verb)) {
        if (t === 'klas' && toks[j - 1] === 'de' && toks[j - 2] === 'voor') return true;
        continue;
      }
      if (GIVE_VERB.has(verb)) {
        if (t === 'les' || t === 'lessen' || t === 'lesgeven' || SUBJECTS.has(t)) return true;
        continue;
      }
      // "ik werk in het onderwijs", "I work in education": the sector, not the school.
      if (PLACE_WORDS.has(t) && !(t === 'in' && /^(?:het|education|teaching|onderwijs)$/.test(toks[j + 1] ?? '') && /^(?:onderwijs|education|teaching)$/.test(toks[j + 1] === 'het' ? toks[j + 2] ?? '' : toks[j + 1] ?? ''))) return true;
      // "ik werk hard aan mijn tuin": between working and its place only time and manner words may stand;
      // teaching may have its subject in between ("teaching English at").
      if (!TEACH_VERB.has(verb) && !FILLER.has(t) && !/^\d+$/.test(t)) break;
    }
    // "waar ik dertig jaar werkte." — the verb closing the clause.
    if (verb && WORK_VERB.has(verb) && at > i && at < i + 8 && (at + 1 >= toks.length || CLAUSE_END.has(toks[at + 1]!))) return true;
  }
  return false;
}

/**
 * "Hij werkt al jaren bij CSG Liudger als conciërge": the clause before a statement has someone else as its
 * subject and the writer nowhere. Looks back at most 80 characters, to the clause's start.
 */
function someoneElsesClause(lower: string, at: number): boolean {
  const before = lower.slice(Math.max(0, at - 80), at);
  const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n'), before.lastIndexOf(';'));
  const toks: string[] = (cut >= 0 ? before.slice(cut + 1) : before).match(CLAUSE_TOKEN) ?? [];
  return toks.some((t) => OTHER_PRONOUN.has(t) || OTHER_SUBJECT.has(t)) && !toks.some((t) => FIRST_PERSON.has(t));
}

/** The clause before `at`, back to a sentence end, at most 80 characters. */
function clauseBefore(lower: string, at: number): string {
  const before = lower.slice(Math.max(0, at - 80), at);
  const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n'));
  return cut >= 0 ? before.slice(cut + 1) : before;
}

/** A person greeted, thanked or said goodbye to, then a comma: what follows describes them, not the writer. */
export const ADDRESSED_CLAUSE =
  /(?<![\p{L}])(?:afscheid\s+van|farewell\s+to|goodbye\s+to|welkom(?:\s+aan)?|welcome(?:\s+to)?|gefeliciteerd|congrat\p{L}*|felicitaties|bedankt|dank\s+aan|thanks\s+to|thank\s+you|in\s+memoriam|rip|trots\s+op|proud\s+of|(?:gesprek|interview|podcast|talk|chat|gesproken|sprak|spoke|spoken|talked|meeting|ontmoeting)\s+(?:gehad\s+|had\s+|gevoerd\s+)?(?:met|with))(?![\p{L}])[^,]{1,40},/u;
/** Already retired: "nu twee jaar met pensioen", "ben sinds juni gepensioneerd", "retired since 2020". */
export const RETIRED =
  /(?<![\p{L}])(?:(?:nu|al|sinds|ben|is|inmiddels)\s+(?:\p{L}+\s+){0,2}?(?:met\s+pensioen|gepensioneerd)|(?:i'm|i\s+am|now|since|been)\s+(?:\p{L}+\s+){0,2}?retired|retired\s+(?:since|in|for|now))(?![\p{L}])/u;

/** A hashtag joining work and the school: #werkzaambijCSGLiudger, #ikwerkbijliudger, #docentbijCSGLiudger. */
function workHashtag(lower: string, settings: Settings): boolean {
  const names = [settings.school.name, ...settings.school.aliases, ...settings.school.hashtags]
    .map((n) => n.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((n) => n.length >= 4);
  for (const m of lower.matchAll(/#[\p{L}\p{N}_]+/gu)) {
    const tag = m[0].slice(1);
    const name = names.find((n) => tag.includes(n));
    if (!name) continue;
    const rest = tag.replace(name, ' ');
    if (/werk|work|docent|teacher|leraar|juf|staff|collega|medewerker|personeel|mentor|team|trots/u.test(rest)) return true;
  }
  return false;
}

/** A reported statement of someone else, to the end of its sentence: "hij zei: …", "my colleague said that …". */
export const REPORTED_CLAUSE =
  /(?<![\p{L}])(?:hij|zij|ze|he|she|they|collega|colleague|vriend|vriendin|friend|moeder|vader|mother|father|buurman|buurvrouw)\s+(?:zei|zegt|zeiden|schreef|schrijft|riep|vertelde|vertelt|said|says|wrote|writes|told\s+me|tweeted|claimed)(?![\p{L}])[^.!?\n]{0,200}/gu;

/** The writer as the subject within a few words after a statement: "als zijn teamleider mocht ik". */
const FIRST_PERSON_AFTER = /^\s{0,2}(?:\p{L}+\s+)?(?:ik|i)(?![\p{L}])/u;

/** A denial right after a work statement: "ik werk zelf niet", "I work there? no". */
export const DENIAL_AFTER = /^\s{0,2}(?:\p{L}+\s+)?(?:niet|not|geen|never|nooit|no\s+longer|niet\s+meer)(?![\p{L}])/u;

/** Applying for a job there is not working there: "ik solliciteer als docent bij …", "applying to teach at …". */
export const APPLYING_CLAUSE =
  /(?<![\p{L}])(?:solliciteer|solliciteerde|gesolliciteerd|sollicitatie\p{L}*|applying|applied|apply|job\s+interview|vacature|vacancy)(?![\p{L}])[^.!?\n]{0,120}/gu;

/** Does the draft already say that the writer works at the school? */
export function hasDisclosure(text: string, settings: Settings): boolean {
  if (hasConfiguredDisclosure(text, settings)) return true;
  // Someone else's words, reported ("mijn collega zei: ik werk bij …"), are blanked out, offsets kept.
  const lower = blankMatches(APPLYING_CLAUSE, blankMatches(REPORTED_CLAUSE, text));
  if (workHashtag(lower, settings)) return true;
  // The school named inside a blanked clause still names it ("vacancy at CSG Liudger … (I'm the section head)").
  if (!namesSchool(text, settings.school)) return false;
  if (functionAtSchool(lower, settings)) return true;
  if (schoolThenFunction(lower, settings) || functionSignature(lower) || bioLine(lower, settings)) return true;
  if (firstPersonWork(lower)) return true;
  for (const re of WORK_STATEMENTS) {
    const m = firstMatch(re, lower);
    // "Als zijn teamleider mocht ik …": the writer as the subject right after counts even when someone else
    // opened the sentence.
    if (!m) continue;
    const selfAfter = FIRST_PERSON_AFTER.test(lower.slice(m.index + m[0].length, m.index + m[0].length + 24));
    if (THIRD_PERSON.test(lower.slice(Math.max(0, m.index - 30), m.index)) || (someoneElsesClause(lower, m.index) && !selfAfter)) continue;
    // "Ik werk zelf niet bij Liudger, mijn man wel": a denial right after the statement.
    if (DENIAL_AFTER.test(lower.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    return true;
  }
  return false;
}

export const disclosureRule: Rule = {
  meta,
  check({ draft, settings, norm, lang, related }) {
    if (settings.role !== 'medewerker' || related === 'none') return [];
    if (hasDisclosure(norm.lower, settings)) return [];
    const disclaimer = buildDisclaimer(settings, lang, draft.site);
    return [
      report(meta, {
        // In a work context (B2) the detail also asks for the function; the article stays C3 so the code and
        // article pair is stable for the banner and the CLI.
        detailKey: related === 'work' ? 'rule_disclosure_work_detail' : 'rule_disclosure_detail',
        messageArgs: [settings.school.name],
        fixes: [{ labelKey: 'rule_fix_insert_disclaimer', edits: [appendDisclaimerEdit(draft.text, disclaimer)] }],
      }),
    ];
  },
};
