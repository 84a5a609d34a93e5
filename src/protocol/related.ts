// Is the draft about the school? `explicit` when it names the school (from the settings' profile), `work`
// when it is about the writer's own work there without naming it, else `none`.
//
// A judgement over evidence, not a phrase list: each kind of evidence (the writer's own pupils, marking, a
// class code, a pupil number, school-life words, addressing a parent) is a feature with a weight, and so is
// each kind that turns it off (the writer's own child, national policy, another school, a private sale);
// the weights live in context/weights.ts and the vocabulary in context/cues.ts. A name of the school counts
// unless it is a namesake (the saint, a church, a street) or the writer says they write in another capacity.
// Hand-written: no library knows Dutch school life (mentorklas, toetsweek, ouderavond); the patterns are
// general phrasings of a teacher's working day, not strings from any corpus.
import type { NormalizedText } from './normalize.ts';
import type { Related, Settings } from './types.ts';
import { escapeRegExp } from './escape.ts';
import { CUE, GENERIC_NAME_WORDS } from './context/cues.ts';
import { onFirstRead } from './on-first-read.ts';
import { AMBIGUOUS, AMBIGUOUS_CAP, WEIGHTS, WORK_THRESHOLD, type Feature } from './context/weights.ts';
import { NAME_BRACKET_LABEL_RE, NAME_THEN_NUMBER_RE, STUDENT_NUMBER_RE, isNameWord, pupilDigits } from './detectors/student-number.ts';
import { withinOneEdit } from './edit-distance.ts';
import { firstMatch, matches } from './fast-test.ts';

const L = '\\p{L}\\p{N}';
/** Possessives a writer uses for their own things, with chat spellings. */
const MY = String.raw`(?:mijn|mn|m'n|mij|onze|ons|my|our|myn|ús)`;

/**
 * Patterns of the judgement that are not cues (see WORK_CUES), each built on its first read too.
 */
export const RELATED_PATTERNS = onFirstRead({
  /**
   * "my pupils / my class / my mentor class", with up to two words between (my 4 havo-klas, my second-year
   * class); the words between are checked by {@link ownThingOk} so "my yoga class" or "mijn zoon zijn klas" do
   * not count.
   */
  OWN_SCHOOL_THING: (): RegExp => new RegExp(
    String.raw`(?<![${L}])${MY}\s+((?:[${L}'-]+\s+){0,2}?)(?:[${L}]+-|(?:bovenbouw|onderbouw|examen|eksamen|wiskunde|engels|frans|duits|biologie|geschiedenis|vwo|havo|mavo|vmbo|tto|eindexamen|eindeksamen)(?=klas))?(?:klas|klasje|klassen|mentorklas|examenklas|brugklas|mentorgroep|leerling|leerlingen|leerlinge|leerlingetjes|lln|llnn|mentorleerling|mentorleerlingen|mentorkinderen|mentorkids|mentees?|tutees?|form tutees?|learling|learlingen|keuzevak|keuzevakken|klasse|(?:brug|eerste|tweede|derde|vierde|vijfde|zesde|examen)?klassers|(?:eind)?examenkandidaten|examenleerlingen|havisten|gymnasiasten|(?:vwo|vmbo|havo|mavo)'?ers|pupils?|students?|class|classes|tutor group|form group|form class|sixth formers|year ?\d{1,2}s|y\d{1,2}s|les|lessen|lesuur|lessons?|lokaal|lokalen|classrooms?|year groups?|sets|sectie|vakgroep|department|collega|collega's|collegas|colleagues?)(?![${L}])`,
    'gu',
  ),
  BETWEEN_OK: (): RegExp => new RegExp(
    String.raw`^(?:\d{1,2}(?:e|de|ste|st|nd|rd|th)?|[1-6]?[hvma]\d?[a-z]?|eerste|tweede|derde|vierde|vijfde|zesde|first|second|third|fourth|fifth|sixth|year|jaars|havo|vwo|vmbo|mavo|gym|atheneum|gymnasium|tto|kader|basis|eigen|oude|nieuwe|lieve|hele|leuke|geweldige|new|old|whole|lovely|amazing|wonderful|favourite|favorite|exam|examen|eindexamen|mentor|form|tutor|gcse|a-level|brugklas|onderbouw|bovenbouw|senior|junior|period|set|p\d|top|bottom|nije|nij|âlde|earste|twadde|tredde|leave|tto|tvwo|thavo|bilingual|keuzevak|cambridge|dalton|plus|extra|wiskunde|engels|nederlands|frans|duits|spaans|geschiedenis|aardrijkskunde|biologie|scheikunde|natuurkunde|economie|latijn|grieks|informatica|muziek|drama|maths|math|english|french|german|spanish|history|geography|biology|chemistry|physics|science|economics|latin|greek|computing|art|music|pe|gym|lo|ckv|maatschappijleer)(?:-?(?:year|jaars|klas|klassers|graders?))?$`,
  ),
  /**
   * A hobby or private lesson right after a lesson word: "eerste les gitaar", "my first lesson salsa", "les in
   * paardrijden". A teacher's lesson is never qualified this way, so such a match is not about school work.
   */
  HOBBY_AFTER: (): RegExp => /^\s*(?:(?:in|op|bij|van|met|de|het|of|on|at)\s+){0,2}(?:gitaar|guitar|piano|viool|violin|cello|drums?|drummen|zang|zingen|singing|dans|dansen|dance|dancing|salsa|ballet|yoga|pilates|zumba|spinning|zwemmen|swimming|tennis|padel|golf|paardrijden|riding|rijles|autorijden|driving|surfen|surfing|klimmen|climbing|skiën|skiing|boksen|boxing|judo|karate|taekwondo|schaken|chess|koken|cooking|bakken|baking|schilderen|painting|tekenen|drawing|fotografie|photography|keramiek|pottery|aquarel\p{L}*|saxofoon|sax|fluit|flute|trompet|trumpet|keyboard|ukelele|ukulele|breien|knitting|naaien|sewing)(?![\p{L}])/u,
  /**
   * Speaking as the teacher or another staff member: "als docent", "als zorgcoördinator zie ik", "as a form
   * tutor". Only the writer's own capacity counts: see {@link ownCapacity}.
   */
  AS_STAFF_ROLE: (): RegExp => /(?<![\p{L}])(?:als|as an?|as)\s+(?:(?:echte|nieuwe|new|real|proper|fully\s+qualified|bevoegde|\p{L}+(?=\s+(?:teacher|docent|leraar|lerares|counsell?or|tutor|assistant)))\s+)?(?:[\p{L}]{2,12}-?)?(?:docent|counsell?or|docente|leraar|lerares|learaar|learares|juf|meester|mentor|teamleider|afdelingsleider|conciërge|concierge|teacher|tutor|form tutor|head of year|schoolopleider|zij-instromer|zijinstromer|zorgco[oö]rdinator|decaan|conrector|schoolleider|onderwijsassistent|teaching assistant|toa|vertrouwenspersoon|examensecretaris|roostermaker|mentor van)(?![\p{L}])/gu,
  /** A colleague at another workplace, or someone else's colleague: "mijn collega bij de bank", "my husband's colleague". */
  OTHER_WORKPLACE: (): RegExp => /(?<![\p{L}])(?:(?:collega|collega's|colleague|colleagues)\s+(?:bij|at|in|op|van|from|of)\s+(?:de|het|the|my|mijn|m'n|mn|his|her|zijn|haar)\s+(?!(?:school|sectie|vakgroep|afdeling|department|team|staff|mentoraat|onderbouw|bovenbouw|brugklas|locatie|campus|andere|other|[\p{L}]*(?:school|klas|sectie))(?![\p{L}]))[\p{L}-]+|(?:husband's|wife's|partner's|brother's|sister's|dad's|mum's|mom's)\s+(?:colleague|colleagues))(?![\p{L}])/u,
  /**
   * The classroom as a topic: "over humor in de klas", "omgaan met ADHD in de klas", "about phones in the
   * classroom", "on behaviour in class" — a preposition of topic and one to three words right before.
   */
  CLASSROOM_TOPIC: (): RegExp => /(?<![\p{L}])(?:over|about|on|met|with|rond|around|omtrent)\s+(?:(?!(?:mijn|m'n|mn|my|onze|ons|our|de|het|the|een|a|an|die|deze|dit|this|that|hun|their|ze|hen|them|jullie|you|je|ik|i|we|wij|zijn|haar|his|her)\s)[\p{L}'-]+\s+){1,3}?(in\s+de\s+klas|in\s+het\s+klaslokaal|in\s+the\s+classroom|in\s+class|in\s+de\s+les)(?![\p{L}])/u,
  /**
   * The quoted title of a book, course or talk ("het boek 'Lesgeven in de klas van nu'", "a webinar \"Marking
   * smarter\""): the words of a title are not the writer's own working day. The title (with its closing quote) is
   * group 1, and is blanked.
   */
  TITLE_QUOTE: (): RegExp => /(?<![\p{L}])(?:boek|book|certificaat|certificate|training|cursus|course|workshop|lezing|talk|webinar|podcast|artikel|article|film|serie|series|titel|title|module)\s+(?:[\p{L}-]+\s+)?['"‘“]([^'"’”\n]{3,80}['"’”])/u,
  /** A hobby lesson anywhere in the draft ("gitaarles", "zwemles"): bare lesson words are then not a teacher's. */
  HOBBY_LESSON: (): RegExp => /(?<![\p{L}])(?:spinning|fitness|bootcamp|zumba|pilates|crossfit|gitaar|piano|viool|cello|drum|zang|dans|ballet|yoga|zwem|tennis|golf|paardrij|rij|surf|ski|kook|bak|schilder|teken|aquarel|foto|keramiek|muziek|saxofoon|fluit|trompet|keyboard|klim|judo|karate|box|zeil|kite|schaak|naai|brei|pottenbak|piano|guitar|dance|swimming|driving|riding|cooking|painting|drawing|music|singing|surf|ski|tennis|golf)(?:les|lessen|lessons?|class|classes)(?![\p{L}])/u,
  /** Writing about one's own schooldays, which makes "op school" a memory, not work. */
  OWN_SCHOOLDAYS: (): RegExp => /(?<![\p{L}])(?:toen ik (?:(?:nog|zelf|vroeger|ook) )*(?:op|naar) (?:de )?(?:\p{L}+ )?school (?:zat|ging)|(?:my|mijn) (?:own|eigen) (?:school\p{L}*|middelbare school\p{L}*|secondary school|klas(?:genoten)?)|toen ik (?:zelf )?(?:leerling|scholier|brugklasser) was|when i was (?:a )?(?:pupil|student|schoolboy|schoolgirl)|mijn oude school|mijn schooltijd|in mijn schooljaren|when i was (?:at|in) (?:\p{L}+ )?school|my old school|my school days|back in school|back in my day|vroeger op school|vroeger in de klas|toen wij op school zaten|toen ik klein was|when we were at school|when i was a kid|in mijn tijd|in my day)(?![\p{L}])/u,
  /** "onze Ayaan (9)", "our Mila (6)": a child of the writer's by name and age, on the text with its case. */
  OWN_NAMED_CHILD: (): RegExp => /(?<![\p{L}])(?:[Oo]nze|[Oo]ns|[Oo]ur|[Mm]ijn|[Mm]y|[Úú]s)\s\p{Lu}\p{Ll}{1,20}\s?\(\d{1,2}\)/u,
  /** A kin word or title right before a name: the name is then a person's. */
  KIN_TITLE_BEFORE: (): RegExp => /(?<![\p{L}])(?:oom|tante|opa|oma|neef|nicht|buurman|buurvrouw|meneer|mevrouw|pake|beppe|omke|muoike|uncle|aunt|grandpa|grandma|cousin|neighbour|mr\.?|mrs\.?|sir|dhr\.?|mw\.?)\s{1,2}$/iu,
});

/** The same for patterns only this module uses. */
const P = onFirstRead({
  STUDENT_THING_AFTER: (): RegExp => /^[\s-]?(?:id|card|number|nr|loan|loans|days|life|account|union|discount|visa|housing|pass|kaart|pas|nummer)(?![\p{L}])/u,
  /** Someone else as the subject of a clause: "mijn vriendin Charlotte begint als docent", "hij werkt als mentor". */
  OTHER_SUBJECT_WORDS: (): RegExp => /(?<![\p{L}])(?:hij|zij|ze|he|she|they|vriend|vriendin|friend|zoon|dochter|son|daughter|man|vrouw|husband|wife|partner|broer|zus|brother|sister|neef|nicht|buurman|buurvrouw|neighbour|moeder|vader|mother|father|schoonzus|zwager|cousin)(?![\p{L}])/u,
  FIRST_PERSON_WORDS: (): RegExp => /(?<![\p{L}])(?:ik|i|i'm|kben|wij|we)(?![\p{L}])/u,
  OTHER_WORKPLACE_G: (): RegExp => new RegExp(RELATED_PATTERNS.OTHER_WORKPLACE.source, 'gu'),
  CLASSROOM_TOPIC_G: (): RegExp => new RegExp(RELATED_PATTERNS.CLASSROOM_TOPIC.source, 'gu'),
  TITLE_QUOTE_G: (): RegExp => new RegExp(RELATED_PATTERNS.TITLE_QUOTE.source, 'gu'),
  /** Sentences, for blanking the ones about a hobby lesson or a past job. */
  HOBBY_SENTENCE_G: (): RegExp => /[^.!?\n]+/gu,
  LETTER_OR_NUMBER: (): RegExp => /[\p{L}\p{N}]/uy,
  PUPIL_NUMBER: (): RegExp => new RegExp(STUDENT_NUMBER_RE.source, 'iu'),
  NAME_NUMBER: (): RegExp => new RegExp(NAME_THEN_NUMBER_RE.source, 'gu'),
  NAME_LABELLED: (): RegExp => new RegExp(NAME_BRACKET_LABEL_RE.source, 'u'),
  /** A quotation of a sentence or more in double quotes (straight or curly); short scare quotes are left alone. */
  QUOTED: (): RegExp => /["“”„][^"“”„\n]{20,400}["“”]/u,
  QUOTED_G: (): RegExp => new RegExp(P.QUOTED.source, 'gu'),
});

// Words that may stand between "my" and "class": a year, a level, a kind word — not a hobby or a relative.

function ownThingOk(lower: string): boolean {
  RELATED_PATTERNS.OWN_SCHOOL_THING.lastIndex = 0;
  let seen = 0;
  for (let m = RELATED_PATTERNS.OWN_SCHOOL_THING.exec(lower); m; m = RELATED_PATTERNS.OWN_SCHOOL_THING.exec(lower)) {
    // Bounded: a long paste of "mijn … klas" need not be scanned to its end to decide.
    if (++seen > 200) break;
    const between = m[1]!.trim();
    if (between && !between.split(/\s+/).every((w) => RELATED_PATTERNS.BETWEEN_OK.test(w))) continue;
    const end = m.index + m[0].length;
    if (RELATED_PATTERNS.HOBBY_AFTER.test(lower.slice(end, end + 40))) continue;
    // "my student ID", "mijn studentenpas": the writer's own student things, not their pupils.
    if (P.STUDENT_THING_AFTER.test(lower.slice(end, end + 20))) continue;
    RELATED_PATTERNS.OWN_SCHOOL_THING.lastIndex = 0;
    return true;
  }
  RELATED_PATTERNS.OWN_SCHOOL_THING.lastIndex = 0;
  return false;
}

/**
 * The work and parent signals, each list built on its first read (see on-first-read.ts): a draft that names the
 * school is judged without any of them.
 */
export const WORK_CUES = onFirstRead({
  /**
   * Signals that only someone working at a school writes: their own pupils, class, colleagues, lessons,
   * marking, mentoring. Each is matched on the lower-cased, normalised text.
   */
  STRONG_WORK: (): readonly RegExp[] => [
    // A former colleague is no evidence of work now ("congrats to my former colleague on his new job").
    // "collega-docenten in het land", "collega-scholen": a compound means fellows in the profession, not the
    // writer's own colleagues.
    /(?<![\p{L}])(?<!(?:former|ex|oud|voormalige|old)[\s-])(?:collega|collega's|collegas|colega's|kollega|kollega's|kollegas|colleague|colleagues)(?![\p{L}]|-\p{L})/u,
    /(?<![\p{L}])(?:mentorklas|mentorklasje|mentorklasse|mentorkl|mentorkls|mentorclass|mentor class|mentor group|mentorgroup|tutor group|form group|examenklas|sectieoverleg|sectie-overleg|vakgroepoverleg|vaksectie|mentorleerling(?:en)?|mentorkind(?:eren)?|mentorgroep|mentorgroepje|mentorgesprek(?:ken)?|mentoraat|mentorschap|mentoruur|mentoruren|mentorles|mentorlessen|mentortaken|form tutor|form tutee|form tutees|tutor time|personeelskamer|lerarenkamer|docentenkamer|teamkamer|invigilat\p{L}*|staff briefing|staff briefings|personeelsbriefing|double lessons?|double periods?|a double with|exam duty|examensurveillance|teamvergadering|rapportvergadering|rapportvergaderingen|cijfervergadering|sectievergadering|surveilleren|surveillance|pauzedienst|invalpool|invaluren|tussenuur|tussenuren|lesrooster|lesvoorbereiding|klassenapp|lerarenleven|docentenleven|juffenleven|teacherlife|teacher ?life|staffroom|staff room|report meeting|marking|free period|cover lessons?|covering (?:a |my |their |two |three )?(?:year ?\d{1,2} )?(?:class|classes|lessons?)|lesson plans?|nakijkwerk|nakijkstapel|correctiewerk|cijfers invoeren|cijfers ingevoerd|grading|lesson prep|prepping lessons|planning lessons|lessen voorbereid|lessen voorbereiden|les voorbereid|les voorbereiden|lessen voorbereidt|(?:\d{1,2}|twee|drie|vier|vijf|zes) lessen (?:klaar|voorbereid))(?![\p{L}])/u,
    // Answering parents' messages: "mails van ouders beantwoorden", "emails from parents", "parent emailed me" (a
    // teacher's inbox; a parent writes about the school, not to it).
    /(?<![\p{L}])(?:(?:e-?mails|mails|mailtjes|appjes|berichten|berichtjes)\s+(?:van|beantwoorden\s+van)\s+ouders|ouder(?:mails|e-mails|appjes)|(?:e-?mails|messages)\s+from\s+parents|parent\s+(?:e-?mailed|messaged|called|rang)\s+me)(?![\p{L}])/u,
    // A staff duty on the school's grounds: "lunch duty", "playground duty", "pleindienst", "gangdienst".
    /(?<![\p{L}])(?:(?:lunch|break|playground|corridor|bus|gate|canteen|lunchtime|yard)\s+duty|(?:plein|gang|kantine|pauze|overblijf|fietsenstalling)dienst(?:en)?)(?![\p{L}])/u,
    // A pupil in the writer's tutor group: "Emma in my form", "a boy from my form" (not "fill in my form").
    /(?<![\p{L}])(?<!fill(?:ed|ing|s)?\s)(?:in|from|of)\s+my\s+form(?!\s+(?:of|for|to|is|was|and|or|with|at|on))(?![\p{L}])/u,
    // Marking and teaching as activities: nakijken, nagekeken, toetsen nakijken, les geven, lessen draaien.
    /(?<![\p{L}])(?:(?:een|het|de|a)\s+practicum\s+(?:geven|gegeven|begeleiden|begeleid)|nakijk\p{L}*|nagekeken|na te kijken|kijk\p{L}* (?:\p{L}+ )?na|lesgeven|lesgegeven|lessen draaien|lesjaan|lesjûn|teaching|taught)(?![\p{L}])(?!\s+(?:my|our|his|her|mijn|onze|zijn|haar)\s+(?:dad|mum|mom|father|mother|son|daughter|kids|children|husband|wife|partner|grandma|grandpa|nan|vader|moeder|zoon|dochter|kinderen|man|vrouw|oma|opa|dog|hond|cat|kat|puppy))/u,
    /(?<![\p{L}])(?:voor de klas|(?:doe ik|ik doe)\s+(?:\p{L}+\s+)?dit\s+vak|from the classroom|vanuit de klas|vanuit het klaslokaal|(?:zit ik|ik zit|sta ik|ik sta|heb ik|ik heb|i have|i've got|i had)\s+(?:\p{L}+\s+)?met\s+(?:een|die|deze)\s+klas|voor de groep staan|in mijn les|in mn les|in m'n les|in de klas|uit de klas|in class|in the classroom|in my classroom|my first classroom)(?![\p{L}])/u,
    /(?<![\p{L}])(?:(?:mentoring|coaching|coach|mentor|begeleiden|begeleid)\s+(?:\p{L}+\s+)?(?:new |nieuwe |trainee |student )?(?:teachers|docenten|starters|stagiairs|lio'?s)|trainee teachers?|student teachers?|zij-?instroom|zij-?instromer)(?![\p{L}])/u,
    // A pupil's school record: student 214407, leerlingnummer, an exam class code with a number.
    /(?<![\p{L}])(?:student|leerling|lln)\.?(?:\s*(?:nr|no|nummer)\.?)?\s*\d{5,7}(?![\p{N}])/u,
    // Signing off to one's own pupils: "groetjes, jullie docent", "jullie mentor", "from your form tutor".
    /(?<![\p{L}])(?:jullie|je)\s+(?:docent|docente|mentor|juf|meester|leraar|lerares|mentrix)(?![\p{L}])|(?:from|love|cheers|regards|x)(?:\s*,\s*|\s+)your\s+(?:form\s+)?(?:teacher|tutor|mentor)(?![\p{L}])/u,
    // A class referred to by its year group: "one of my year 10s", "a year 9 student of mine".
    /(?<![\p{L}])year\s?\d{1,2}s?\s+(?:\p{L}+\s+)?of\s+mine(?![\p{L}])/u,
    // Parents who contact the writer: "the parent who keeps emailing me", "ouders die me blijven appen".
    /(?<![\p{L}])(?:(?:a|the|this|that|another|one)\s+parent|(?<!(?:my|our|his|her|their)\s)parents)\s+(?:who\s+|that\s+)?(?:keeps?\s+|kept\s+|just\s+|always\s+)?(?:e-?mail(?:s|ed|ing)?|messag(?:es|ed|ing)|call(?:s|ed|ing)|rang|phon(?:es|ed|ing))\s+me(?![\p{L}])|(?<![\p{L}])(?<!(?:mijn|m'n|mn|onze|zijn|haar|hun)\s)(?:een\s|die\s|deze\s|elke\s|boze\s)?(?:ouder|ouders)\s+(?:die\s+)?(?:me|mij)\s+(?:(?:blijft|blijven|steeds|weer|elke\s+dag|om\s+middernacht)\s+)?(?:mail|mailt|mailen|mailde|mailden|belt|bellen|belde|belden|appt|appen|appte|appten)(?![\p{L}])/u,
    // Being a mentor as what one does: "Mentor zijn is zoveel meer dan …", "being a form tutor means …".
    /(?<![\p{L}])(?:mentor|mentrix|mentor\s+van\s+een\s+klas)\s+zijn\s+(?:is|betekent|vraagt|blijft)|being\s+a\s+(?:form\s+)?(?:tutor|mentor|head\s+of\s+year)\s+(?:is|means)(?![\p{L}])/u,
    // The writer teaching a school subject or a year group: "I teach Year 7s", "ik geef wiskunde aan 2 havo".
    /(?<![\p{L}])(?:i\s+teach|i've\s+taught|i\s+taught|ik\s+geef|ik\s+doceer|ik\s+jou|ik\s+jouw)\s+(?:(?:al|nog|ook|now|still|also)\s+)?(?:year\s?\d{1,2}s?|y\d{1,2}s?|sixth\s+form|gcse|a-?level|maths|math|english|science|history|geography|french|german|spanish|physics|chemistry|biology|economics|latin|greek|wiskunde|engels|nederlands|frans|duits|geschiedenis|aardrijkskunde|biologie|scheikunde|natuurkunde|economie|latijn|grieks|maatschappijleer|lo|gym|tekenen|muziek|frysk|fries|informatica|godsdienst|levensbeschouwing)(?![\p{L}])/u,
    // Introducing oneself by one's function: "Docent hier.", "PE teacher here:", "Mentor hier, even een vraag".
    /(?:^|[.!?\n]\s{0,3})(?:[\p{L}]{2,12}-?)?(?:docent|docente|leraar|lerares|teacher|mentor|conci[eë]rge|toa|decaan|juf|meester)\s+(?:hier|here)(?![\p{L}])/u,
    // A staff member's working life: "TOA-leven", "conciërgeleven", "toa life", "mentorlife".
    /(?<![\p{L}])(?:toa|conci[eë]rge|mentor|juffen|meesters|docenten|leraren|teacher|teachers)[\s-]?(?:leven|life|lyf)(?![\p{L}])/u,
    // "my form were angels": a tutor group spoken of as people.
    /(?<![\p{L}])(?:my|our)\s+form\s+(?:were|are|have|had|did|got|went|was|is)(?![\p{L}])/u,
    // Asking fellow teachers about their classes: "iemand anders ook een klas die …", "wie heeft ook zo'n groep".
    /(?<![\p{L}])(?:iemand|wie)\s+(?:anders\s+)?(?:heeft\s+)?(?:ook\s+)?(?:een|zo'n)\s+(?:klas|klasje|groep|brugklas)\s+(?:die|met|waar)(?![\p{L}])/u,
    // Asking fellow teachers about their classes: "anyone else's class go wild when it snows?"
    /(?<![\p{L}])(?:anyone|anybody)\s+else'?s\s+(?:class|classes|pupils|students|kids|tutor\s+group)(?![\p{L}])/u,
  ],

  /**
   * Signals a teacher often writes, but a pupil or parent might too: they count unless the draft is about the
   * writer's own child.
   */
  WEAK_WORK: (): readonly RegExp[] => [
    // "onze schoolmusical", "our school library": a compound of the writer's own school (not their school days).
    /(?<![\p{L}])(?:onze|ons|our)\s+school(?!tijd|jaren|dagen|vriend|vriendin|vrienden|reünie|reunie|days|friends?)[\p{L}]{3,}(?![\p{L}])|(?<![\p{L}])our\s+school\s+(?:library|canteen|musical|play|choir|band|team|trip|garden|car\s+park|hall|gym|council)(?![\p{L}])/u,
    // Speaking to all parents at a line's start: "Ouders: …", "Parents, please …".
    /(?:^|\n)\s{0,3}(?:ouders|parents|beste ouders|dear parents)\s?[:,]/u,
    // The writer tags the post with their function: "#docent", "#juf", "#teacher" (a job advert is turned off elsewhere).
    /#(?:[\p{L}]{2,12})?(?:docent|docente|leraar|lerares|juf|meester|teacher|mentor|conci[eë]rge|toa|decaan|onderwijsassistent|docentenleven|lerarenleven|iteach|teachersofinstagram|teachersoftwitter|dosint|learaar)(?![\p{L}\p{N}_])/u,
    /(?<![\p{L}])(?:ouderavond|ouderavonden|10-minutengesprekken|tienminutengesprekken|studiedag|toetsweek|proefwerkweek|parents'? ?evening|parent-teacher|onze school|ons schoolgebouw|op school|van school|naar school|our school|my school|at school)(?![\p{L}])/u,
    /(?<![\p{L}\p{N}])(?:(?:period|lesuur)\s[1-9](?![\p{N}:.,])|\d{1,2}e uur|\d{1,2}(?:st|nd|rd|th) (?:period|hour)(?! (?:of|drive|flight|wait|queue))|lokaal [a-z]?\d[\d.]{0,6}|\d{2,3} leerlingen|\d{2,3} students|\d{2,3} pupils|\d{2,4} toetsen|\d{2,4} (?:essays|tests|papers)|brugklassers|examenleerlingen|\d\s?(?:havo|vwo|vmbo|mavo|gym)\b|[1-6] ?[hv][1-6]?[a-z]?\b)/u,
    // A class by its code: "klas 2B", "(klas 1c)", "class 3a", "that kid in 3C", "de jongens uit 4b".
    /(?<![\p{L}\p{N}])(?:klas|klassen|class|form)\s?[1-6]\s?[a-z]{1,2}(?![\p{L}\p{N}])|(?<![\p{L}])(?:kid|kids|leerling|leerlingen|lln|jongen|jongens|meisje|meisjes|meiden|pupil|pupils|student|students|boy|boys|girl|girls|iemand|someone|one)\s+(?:uit|in|van|from)\s+[1-6]\s?[a-z](?![\p{L}\p{N}])|(?<![\p{L}'’])(?:ll|lln|leerlingen|klas)\s+[hvma][1-6][a-z]?(?![\p{L}\p{N}])/u,
    // The school day's routines, tests and outings with a class.
    /(?<![\p{L}])(?:na gym|na de gymles|na het \d{1,2}e uur|de toets|het proefwerk|die toets|deze toets|het schoolexamen|het pta|the assignment|their assignments?|this assignment|coursework|mock exams?|field trip|school trip|schoolreis|schoolreisje|met de klas|met mijn klas|met mn klas|met de leerlingen|with the class|with my class)(?![\p{L}])/u,
    // Asking pupils to bring something to school: "bring your forms back to school", "neem je boek mee naar school".
    /(?<![\p{L}])(?:bring|take|hand)\s+(?:[\p{L}'-]+\s+){1,4}?(?:back\s+)?(?:to|into|in\s+at)\s+school(?![\p{L}])|neem\s+(?:[\p{L}'-]+\s+){1,4}?mee\s+naar\s+school(?![\p{L}])/u,
    // Lessons without a possessive: "eerste les", "in de les" — a parent or a hobby writes them too.
    /(?<![\p{L}])(?:in de les|na de les|na les|after class|after the lesson|eerste les|laatste les|first lesson|last lesson|les(?:sen)? (?:ge)?geven|les(?:sen)? gegeven|lessen (?:er )?bij)(?![\p{L}])/u,
  ],

  /** The writer's own child, which makes school words most likely a parent's. */
  PARENT_MARKERS: (): readonly RegExp[] => [
    /(?<![\p{L}])(?:mijn|mn|m'n|onze|ons|my|our)\s+(?:\p{L}+\s+)?(?:zoon|zoontje|dochter|dochtertje|kind|kinderen|kids|kid|jongste|oudste|son|daughter|child|children|boy|girl|little one)(?![\p{L}])/u,
    // Speaking as a pupil's parent: "als mama van een brugklasser", "as the mum of a Year 7".
    /(?<![\p{L}])(?:als|as)\s+(?:(?:de|het|een|the|a)\s+)?(?:trotse\s+|proud\s+)?(?:mama|moeder|papa|vader|ouder|mum|mom|dad|parent|mother|father|mem|heit)\s+(?:van|of|fan)\s+(?:een|twee|drie|a|an|two|three)\s+(?![\p{L}]*(?:leerling|pupil|student))/u,
    // The school run: "van school halen", "pick him up from school", "naar school brengen".
    /(?<![\p{L}])(?:(?:van|uit)\s+school\s+(?:op\s+)?(?:halen|ophalen|gehaald|haalt)|(?:pick|picking|picked)\s+(?:[\p{L}]+\s+){0,2}up\s+from\s+school|(?:naar|to)\s+school\s+(?:brengen|gebracht|bracht|breng|fietsen\s+met)|school\s+run)(?![\p{L}])/u,
    /(?<![\p{L}])(?:zoonlief|dochterlief|zoonlief's|de kids en ik|met de kinderen naar|with the kids to)(?![\p{L}])/u,
    /(?<![\p{L}])(?:basisschool|primary school|kinderopvang|peuterspeelzaal|kinderdagverblijf|bso)(?![\p{L}])/u,
    /(?<![\p{L}])(?:myn|ús)\s+(?:soan|dochter|bern|jonge|famke)(?![\p{L}])/u,
    // A child of the family who is not the writer's own: school words are then about their school, not work.
    /(?<![\p{L}])(?:mijn|mn|m'n|onze|ons|my|our|myn|ús)\s+(?:\p{L}+\s+)?(?:neef|neefje|nicht|nichtje|kleinzoon|kleindochter|kleinkind|kleinkinderen|petekind|petekindje|broertje|zusje|nephew|niece|grandson|granddaughter|grandchild|grandchildren|godson|goddaughter|godchild|little\s+brother|little\s+sister|omke\s+zeggers|pakesizzer|beppesizzer)(?![\p{L}])/u,
  ],
});

/** Compounds of "meester" that are no school master: a mayor, a quartermaster, a master baker. */
export const NOT_SCHOOL_MASTER = /(?:burge|kwartier|ceremonie|havens|dijk|bakkers|slagers|hof|stal|brand|gilde|tapijt|toneel|pen)meester$/u;
/** Someone else's time in a role right before "als": "zijn jaren als …", "her years as …". */
export const SOMEONES_TIME_BEFORE = /(?<![\p{L}])(?:zijn|haar|hun|z'n|his|her|their)\s+(?:\p{L}+\s+)?(?:jaren|jaar|tijd|dagen|periode|carrière|loopbaan|years|time|days|career)\s*$/u;

/** Is one of the "als <role>" mentions the writer's own, not someone else's ("mijn vriendin begint als docent")? */
export function ownCapacity(lower: string): boolean {
  RELATED_PATTERNS.AS_STAFF_ROLE.lastIndex = 0;
  let seen = 0;
  for (let m = RELATED_PATTERNS.AS_STAFF_ROLE.exec(lower); m && ++seen <= 20; m = RELATED_PATTERNS.AS_STAFF_ROLE.exec(lower)) {
    const from = Math.max(0, m.index - 80);
    const before = lower.slice(from, m.index);
    const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n'), before.lastIndexOf(';'));
    const clause = cut >= 0 ? before.slice(cut + 1) : before;
    const after = lower.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const rest = after.slice(0, Math.max(0, after.search(/[.!?\n;]/u)) || after.length);
    if (P.OTHER_SUBJECT_WORDS.test(clause) && !P.FIRST_PERSON_WORDS.test(clause) && !P.FIRST_PERSON_WORDS.test(rest)) continue;
    // "zijn jaren als burgemeester": a master of another trade, or someone else's time in a role.
    if (NOT_SCHOOL_MASTER.test(m[0]) || SOMEONES_TIME_BEFORE.test(clause)) continue;
    RELATED_PATTERNS.AS_STAFF_ROLE.lastIndex = 0;
    return true;
  }
  RELATED_PATTERNS.AS_STAFF_ROLE.lastIndex = 0;
  return false;
}

/** Is `i` the index of the WEAK_WORK pattern about lessons, which a hobby word right after undoes? */
const isLessonWeak = (i: number) => i === WORK_CUES.WEAK_WORK.length - 1;

/** A name's words as patterns: "'t" also as "het", "St." also as "Sint"; any spacing (or none, or - . _). */
const WORD_VARIANTS: Record<string, string> = {
  "'t": "(?:'t|het|t)",
  het: "(?:het|'t)",
  st: '(?:st|sint|saint)',
  sint: '(?:sint|st|saint)',
  saint: '(?:saint|st|sint)',
};

/** A configured name as a pattern: case-insensitive, any spacing (or none, or - . _) between its words. */
function namePattern(name: string): string {
  const words = name.toLowerCase().normalize('NFKC').split(/[\s._-]+/).filter(Boolean);
  return words.map((w) => WORD_VARIANTS[w] ?? escapeRegExp(w)).join('[\\s._-]{0,3}');
}

/**
 * The names a school goes by, from its settings: each name and alias, also without a bracketed part ("St.
 * Jozef (VMBO)" is also "St. Jozef"). A name needs a letter or digit; two characters at least.
 */
export function schoolNames(school: Settings['school']): string[] {
  const out = new Set<string>();
  for (const raw of [school.name, ...school.aliases]) {
    const n = raw.normalize('NFKC').trim();
    if (n.length < 2 || !/[\p{L}\p{N}]/u.test(n)) continue;
    out.add(n);
    const bare = n.replace(/\s*[([][^)\]]{0,60}[)\]]\s*/gu, ' ').trim();
    if (bare.length >= 2 && bare !== n && /[\p{L}\p{N}]/u.test(bare)) out.add(bare);
  }
  return [...out];
}

/**
 * Distinctive words of the school's names (not "CSG", "College"), six letters or more, which a one-letter
 * slip still names: "Luidger", "Liudgr", "Liudgers".
 */
function distinctiveWords(names: string[]): string[] {
  const out = new Set<string>();
  for (const n of names) {
    for (const w of n.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
      if (w.length >= 6 && !GENERIC_NAME_WORDS.has(w)) out.add(w);
    }
  }
  return [...out];
}

interface SchoolMatchers {
  names: RegExp | null;
  handles: RegExp | null;
  hashtag: RegExp;
  compactNames: string[];
  configuredTags: Set<string>;
  domains: RegExp | null;
  fuzzy: string[];
}

const cache = new WeakMap<Settings['school'], SchoolMatchers>();

function matchers(school: Settings['school']): SchoolMatchers {
  let m = cache.get(school);
  if (m) return m;
  const names = schoolNames(school);
  // Longest first so "CSG Liudger" wins over "Liudger" in the alternation.
  names.sort((a, b) => b.length - a.length);
  const alt = (xs: string[]) => xs.map(namePattern).join('|');
  const handles = school.handles.map((h) => h.replace(/^@/, '').toLowerCase()).filter((h) => h.length > 0).map(escapeRegExp);
  const domains = school.domains.map((d) => d.toLowerCase().trim()).filter((d) => d.length > 0).map(escapeRegExp);
  m = {
    names: names.length ? new RegExp(`(?<![\\p{L}\\p{N}@#])(?:${alt(names)})(?![\\p{L}\\p{N}])`, 'gu') : null,
    handles: handles.length ? new RegExp(`@(?:${handles.join('|')})(?![\\p{L}\\p{N}_])`, 'u') : null,
    hashtag: /#[\p{L}\p{N}_]+/gu,
    compactNames: names.map((n) => n.toLowerCase().replace(/[\s._-]+/g, '')).filter((n) => n.length >= 4),
    configuredTags: new Set(school.hashtags.map((h) => h.replace(/^#/, '').toLowerCase()).filter(Boolean)),
    domains: domains.length ? new RegExp(`(?<![\\p{L}\\p{N}-])(?:${domains.join('|')})(?![\\p{L}\\p{N}-])`, 'u') : null,
    fuzzy: distinctiveWords(names),
  };
  cache.set(school, m);
  return m;
}

const locationCache = new WeakMap<Settings['school'], RegExp | null>();

/**
 * A campus of the school by one of the settings' place names: "onze locatie in Burgum", "op de vestiging
 * Drachten", "our site in Surhuisterveen". The place alone is just a town; with a word for a branch it is the
 * school's building.
 */
function ownLocation(lower: string, school: Settings['school']): boolean {
  let re = locationCache.get(school);
  if (re === undefined) {
    const places = school.locations.map((l) => l.toLowerCase().normalize('NFKC').trim()).filter((l) => l.length >= 2).map(escapeRegExp);
    re = places.length
      ? new RegExp(`(?<![\\p{L}])(?:(?:onze|ons|our|mijn|my)\\s+)?(?:locatie|vestiging|campus|location|site)\\s+(?:in\\s+|te\\s+|at\\s+)?(?:${places.join('|')})(?![\\p{L}])`, 'u')
      : null;
    locationCache.set(school, re);
  }
  return !!re && re.test(lower);
}

/** Endings that make a school's name its people: "Liudgerianen", "Liudgerders", "Liudgerians". */
const DEMONYM_ENDINGS = new Set(['ers', 'ianen', 'iaan', 'ianen', 'ians', 'ian', 'ner', 'ners', 'ders', 'der', 'iaantjes']);

/** A school mention: where it starts and ends in the lower-cased text. */
export interface Mention {
  start: number;
  end: number;
  /** Found by a one-letter slip, not written as configured. */
  fuzzy?: boolean;
}

/**
 * A slip of the name followed by a capitalised surname is a person who shares the saint's name ("onze buurman
 * Ludger Schmidt"), unless the word after is one of the school's places ("Luidger Burgum").
 */
function personNamesake(text: string, start: number, end: number, school: Settings['school']): boolean {
  // "Oom Ludger", "buurman Liudger": a kin word or title right before makes it a person.
  if (RELATED_PATTERNS.KIN_TITLE_BEFORE.test(text.slice(Math.max(0, start - 14), start))) return true;
  const next = /^[ \t]{1,2}(\p{Lu}\p{Ll}{1,24})(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 30));
  if (!next) return false;
  const w = next[1]!.toLowerCase();
  return !school.locations.some((l) => l.toLowerCase() === w) && !GENERIC_NAME_WORDS.has(w);
}

/** Is the name at [start, end) a namesake: "Sint Liudger", "de Liudger kerk", "Liudgerstraat"? */
function namesakeAt(lower: string, start: number, end: number): boolean {
  return CUE.SAINT_BEFORE.test(lower.slice(Math.max(0, start - 16), start)) || CUE.PLACE_AFTER.test(lower.slice(end, end + 16));
}

/**
 * Where `text` has `min` or more letters and digits in a row: [start, end, start, end, …], the same places as
 * `text.matchAll(/[\p{L}\p{N}]{min,}/gu)` without a match object per word (this runs over every word of a draft
 * that does not spell the school's name).
 */
function letterRuns(text: string, min: number): number[] {
  const out: number[] = [];
  let start = -1;
  let points = 0;
  for (let i = 0; i <= text.length; ) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    let width = 1;
    let inWord = false;
    if (c < 0) inWord = false;
    else if (c < 0x80) inWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
    else {
      P.LETTER_OR_NUMBER.lastIndex = i;
      inWord = P.LETTER_OR_NUMBER.test(text);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) width = 2;
    }
    if (inWord) {
      if (start < 0) (start = i), (points = 0);
      points++;
    } else if (start >= 0) {
      if (points >= min) out.push(start, i);
      start = -1;
    }
    i += width;
  }
  return out;
}

/**
 * Could `word` hold a letter three times in a row? Cheap, so that the replace that undoes stretching runs on the
 * few words that may need it: three equal UTF-16 units in a row, or any surrogate (a repeated astral letter).
 */
function mayStretch(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
    if (i >= 2 && c === word.charCodeAt(i - 1) && c === word.charCodeAt(i - 2)) return true;
  }
  return false;
}

/**
 * Where `lower` names the school by one of its names (exactly or with a one-letter slip), leaving out
 * namesakes (a saint's title before it, a church or street after it). At most 50, so long pastes stay linear.
 */
export function schoolMentions(lower: string, school: Settings['school']): Mention[] {
  const m = matchers(school);
  const out: Mention[] = [];
  if (m.names) {
    m.names.lastIndex = 0;
    for (let x = m.names.exec(lower); x && out.length < 50; x = m.names.exec(lower)) {
      const end = x.index + x[0].length;
      if (x[0].length === 0) m.names.lastIndex++;
      else if (!namesakeAt(lower, x.index, end)) out.push({ start: x.index, end });
    }
    m.names.lastIndex = 0;
  }
  // A slip is looked for only when no name is written right: most drafts that name the school spell it.
  if (m.fuzzy.length && out.length === 0) {
    const runs = letterRuns(lower, 5);
    // Stretching only shortens a word; a demonym is longer than its name, a slip at most one letter shorter.
    const shortest = Math.min(...m.fuzzy.map((f) => f.length)) - 1;
    for (let k = 0; k < runs.length; k += 2) {
      if (runs[k + 1]! - runs[k]! < shortest) continue;
      const w = { 0: lower.slice(runs[k], runs[k + 1]), index: runs[k]! };
      // "liudgerrr", "Liuuudger": a cheer stretches a letter.
      const word = mayStretch(w[0]) ? w[0].replace(/(\p{L})\1{2,}/gu, '$1') : w[0];
      if (word.length > 40) continue;
      const prev = lower[w.index - 1];
      if (prev === '@' || prev === '#') continue;
      // An exact word here was missed by the names pattern only when it was stretched ("liudgerrr").
      // "Liudgerianen", "Liudgerders": the school's people named after it.
      const demonym = m.fuzzy.some((f) => word.startsWith(f) && DEMONYM_ENDINGS.has(word.slice(f.length)));
      if (!demonym && !m.fuzzy.some((f) => (word === f ? w[0] !== word : withinOneEdit(word, f)))) continue;
      const end = w.index + w[0].length;
      if (out.some((o) => o.start <= w.index && o.end >= end) || namesakeAt(lower, w.index, end)) continue;
      out.push({ start: w.index, end, fuzzy: true });
      if (out.length >= 50) break;
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * Does `lower` name the school by a handle, a domain or a hashtag? `'bare'` when the only evidence is a hashtag
 * that is just one of the school's names ("#liudger"): that can be the saint or his church as well, so it is
 * weighed like a written name; `'id'` for a handle, a domain or a hashtag that says more.
 */
function schoolIdKind(lower: string, school: Settings['school']): 'id' | 'bare' | null {
  const m = matchers(school);
  if (m.handles?.test(lower) || m.domains?.test(lower)) return 'id';
  let bare = false;
  for (const tag of lower.matchAll(m.hashtag)) {
    const t = tag[0].slice(1);
    if (m.fuzzy.includes(t)) bare = true;
    else if (m.configuredTags.has(t) || m.compactNames.some((n) => t.includes(n))) return 'id';
  }
  return bare ? 'bare' : null;
}

function namesSchoolById(lower: string, school: Settings['school']): boolean {
  return schoolIdKind(lower, school) !== null;
}

/** Does `lower` name the school: its names, aliases, handles, hashtags (any that contain a name), domains? */
export function namesSchool(lower: string, school: Settings['school']): boolean {
  return namesSchoolById(lower, school) || schoolMentions(lower, school).length > 0;
}

function lessonWeak(lower: string, re: RegExp): boolean {
  const m = re.exec(lower);
  if (!m) return false;
  if (RELATED_PATTERNS.HOBBY_LESSON.test(lower)) return false;
  const end = m.index + m[0].length;
  return !RELATED_PATTERNS.HOBBY_AFTER.test(lower.slice(end, end + 40));
}

/** A labelled pupil number whose digits are one (not a school year or a date). */
function pupilNumber(text: string): boolean {
  const m = P.PUPIL_NUMBER.exec(text);
  // "mijn oude studentnummer van de uni", "my student ID": the writer's own number says nothing about pupils.
  return !!m && pupilDigits(m[1]!) && !OWN_NUMBER_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index));
}
/** The writer's own number: "mijn (oude) studentnummer", "my old student ID". */
export const OWN_NUMBER_BEFORE = /(?<![\p{L}])(?:mijn|m'n|mn|my|myn)\s+(?:(?:oude|old|eigen|own|former|vorige|previous|eerste|first)\s+)?$/iu;

/**
 * How many capitalised names stand right beside a six-digit number ("Anna Bos 209983", "Noor (204873)"), up to
 * two. Two is a class list, which only school staff hold; one is a pupil's number as a screenshot or a register
 * shows it, weaker (a parent may quote their child's). Bounded to the first matches.
 */
function numberBesideName(text: string): number {
  P.NAME_NUMBER.lastIndex = 0;
  let n = 0;
  let seen = 0;
  for (let m = P.NAME_NUMBER.exec(text); m && n < 2 && ++seen <= 20; m = P.NAME_NUMBER.exec(text)) {
    const words = m[1]!.split(' ');
    if (isNameWord(words[0]!) && isNameWord(words[words.length - 1]!)) n++;
  }
  P.NAME_NUMBER.lastIndex = 0;
  // "Sanne (nr. 204718)": a name with a labelled number in brackets.
  if (n < 2 && matches(P.NAME_LABELLED, text)) n++;
  return n;
}

/** One piece of evidence and its test; the tests are pure, so they may run in any order, or not at all. */
type FeatureTest = [Feature, () => boolean];

/**
 * The tests of workFeatures, in its order, on a draft's lower-cased and cased text. Why tests and not the features:
 * detectRelated only needs to know whether the score reaches the threshold, so it runs the subtracting ones and then
 * the adding ones only until the sum is reached (see judgeRelated), skipping most of some 40 scans of the draft.
 */
function featureTests(lower: string, text: string): FeatureTest[] {
  // A colleague at another workplace ("mijn collega bij de bank") is no evidence: those mentions are blanked, and
  // so is the classroom as a topic ("een training 'Omgaan met ADHD in de klas'", "talked about humour in the
  // classroom"): that is a subject, not the writer's class. Made when a test first needs it (only adding tests do).
  let ownText: string | undefined;
  const ownOf = (): string => {
    if (ownText !== undefined) return ownText;
    let own = matches(RELATED_PATTERNS.OTHER_WORKPLACE, lower) ? lower.replace(P.OTHER_WORKPLACE_G, (m) => ' '.repeat(m.length)) : lower;
    if (matches(RELATED_PATTERNS.TITLE_QUOTE, own)) own = own.replace(P.TITLE_QUOTE_G, (m, title: string) => m.slice(0, m.length - title.length - 1) + ' '.repeat(title.length + 1));
    // A sentence about a past job ("back when I worked at the garden centre my colleagues …") is about that job.
    if (matches(CUE.PAST_JOB, own)) own = own.replace(P.HOBBY_SENTENCE_G, (m) => (matches(CUE.PAST_JOB, m) ? ' '.repeat(m.length) : m));
    // A sentence about a hobby lesson ("zelf lesgegeven in de spinningles") is not about the school's lessons.
    if (matches(RELATED_PATTERNS.HOBBY_LESSON, own)) own = own.replace(P.HOBBY_SENTENCE_G, (m) => (matches(RELATED_PATTERNS.HOBBY_LESSON, m) ? ' '.repeat(m.length) : m));
    if (matches(RELATED_PATTERNS.CLASSROOM_TOPIC, own)) own = own.replace(P.CLASSROOM_TOPIC_G, (m, tail: string) => m.slice(0, m.length - tail.length) + ' '.repeat(tail.length));
    return (ownText = own);
  };
  // "A pupil number" and "one name beside a number" share one count.
  let number: Feature | null | undefined;
  const numberEvidence = (): Feature | null => {
    if (number === undefined) {
      const pairs = numberBesideName(text);
      number = pupilNumber(text) || pairs >= 2 ? 'pupilNumber' : pairs === 1 ? 'numberBesideName' : null;
    }
    return number;
  };
  return [
    ['ownSchoolThing', () => ownThingOk(ownOf())],
    ['strongWork', () => matches(CUE.CLASS_ROLE, lower) || WORK_CUES.STRONG_WORK.some((re) => matches(re, ownOf())) || ownCapacity(ownOf())],
    ['ownSchoolThing', () => matches(CUE.OWN_QUALIFIED_GROUP, lower)],
    ['pupilNumber', () => numberEvidence() === 'pupilNumber'],
    ['numberBesideName', () => numberEvidence() === 'numberBesideName'],
    ['writersPupilOrParent', () => matches(CUE.WRITERS_PUPIL, lower) || matches(CUE.PUPIL_WITH_WRITER, ownOf())],
    ['teachingElsewhere', () => matches(CUE.TEACHING_ELSEWHERE, lower)],
    ['schoolSystem', () => matches(CUE.SCHOOL_SYSTEM, lower) || matches(CUE.SCHOOL_SYSTEM_CAPS, text)],
    ['weakWork', () => matches(CUE.SCHOOL_LIFE, lower) || WORK_CUES.WEAK_WORK.some((re, i) => (isLessonWeak(i) ? lessonWeak(lower, re) : matches(re, lower)))],
    ['classCode', () => matches(CUE.CLASS_CODE, text)],
    ['fromClass', () => matches(CUE.FROM_CLASS, lower)],
    ['classInBrackets', () => matches(CUE.CLASS_IN_BRACKETS, lower)],
    ['ownStaffRole', () => matches(CUE.OWN_STAFF_ROLE, lower)],
    ['formerPupil', () => matches(CUE.FORMER_PUPIL, lower)],
    ['parentOnTheLine', () => matches(CUE.PARENT_ON_THE_LINE, lower) || matches(CUE.PARENT_AT_WRITER, lower)],
    ['classroomDialogue', () => matches(CUE.DIALOGUE_PUPIL, lower) && matches(CUE.DIALOGUE_WRITER, lower)],
    ['formerSchool', () => matches(CUE.FORMER_SCHOOL, lower)],
    ['formerJob', () => matches(CUE.FORMER_JOB, lower)],
    ['schoolTask', () => matches(CUE.SCHOOL_TASK, lower)],
    ['ownJob', () => matches(CUE.OWN_JOB, lower)],
    ['ownStudies', () => matches(CUE.OWN_STUDIES, lower)],
    ['addressingParent', () => matches(CUE.ADDRESSING_PARENT, lower)],
    // Someone else's words in quotation marks ('"… en mijn zoon leert daar niks"') speak of their child, not the writer's.
    ['ownChild', () => {
      const unquoted = P.QUOTED.test(lower) ? lower.replace(P.QUOTED_G, (m) => ' '.repeat(m.length)) : lower;
      return WORK_CUES.PARENT_MARKERS.some((re) => matches(re, unquoted)) || matches(RELATED_PATTERNS.OWN_NAMED_CHILD, text);
    }],
    ['ownSchooldays', () => matches(RELATED_PATTERNS.OWN_SCHOOLDAYS, lower)],
    ['educationPolicy', () => matches(CUE.EDUCATION_POLICY, lower)],
    ['otherSchool', () => matches(CUE.OTHER_SCHOOL_WORDS, lower)],
    ['privateSale', () => matches(CUE.PRIVATE_SALE, lower)],
  ];
}

/** The features present in a draft (each counted once), on its lower-cased and its cased text. */
export function workFeatures(lower: string, text: string): Feature[] {
  return presentFeatures(featureTests(lower, text));
}

/** Every feature whose test holds, each once, in the tests' order. */
function presentFeatures(tests: readonly FeatureTest[]): Feature[] {
  const f = new Set<Feature>();
  for (const [k, test] of tests) if (!f.has(k) && test()) f.add(k);
  return [...f];
}

/**
 * Enough of the features to decide the score against WORK_THRESHOLD and whether a private sale is present: every
 * subtracting feature and privateSale, then adding ones in order until the score reaches the threshold (more can
 * only raise it). The score of the result reaches the threshold exactly when the full set's does.
 */
function decidingFeatures(tests: readonly FeatureTest[]): Feature[] {
  const f = new Set<Feature>();
  for (const [k, test] of tests) if (WEIGHTS[k] <= 0 && !f.has(k) && test()) f.add(k);
  for (const [k, test] of tests) {
    if (WEIGHTS[k] <= 0 || f.has(k)) continue;
    if (workScore([...f]) >= WORK_THRESHOLD) break;
    if (test()) f.add(k);
  }
  return [...f];
}

export function workScore(features: readonly Feature[]): number {
  let ambiguous = 0;
  let rest = 0;
  for (const k of features) {
    if (AMBIGUOUS.has(k)) ambiguous += WEIGHTS[k];
    else rest += WEIGHTS[k];
  }
  return rest + Math.min(ambiguous, AMBIGUOUS_CAP);
}

/** Is `lower` about the writer's own work at a school, without naming it? */
export function aboutOwnWork(lower: string, text: string = lower): boolean {
  if (matches(CUE.NOT_AS_STAFF, lower)) return false;
  return workScore(workFeatures(lower, text)) >= WORK_THRESHOLD;
}

export interface RelatedJudgement {
  related: Related;
  /** The draft names the school (not a namesake). */
  named: boolean;
  features: Feature[];
  score: number;
}

/**
 * The judgement with its evidence, for tests and the score script. With `complete` false the features (and score)
 * are only as many as decide `related`: what detectRelated needs, at a fraction of the scans.
 */
export function judgeRelated(norm: NormalizedText, settings: Settings, complete = true): RelatedJudgement {
  const { lower, text } = norm;
  if (matches(CUE.NOT_AS_STAFF, lower)) return { related: 'none', named: false, features: [], score: 0 };
  // The common case first: the school named, with nothing that could undo it, needs no further evidence.
  const kind = schoolIdKind(lower, settings.school);
  const byId = kind === 'id';
  const mentions = byId ? [] : schoolMentions(lower, settings.school).filter((m) => !personNamesake(text, m.start, m.end, settings.school) || (!m.fuzzy && !RELATED_PATTERNS.KIN_TITLE_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start))));
  // A bare-name hashtag counts as a written mention of the name.
  if (kind === 'bare') mentions.push({ start: 0, end: 0 });
  if ((byId || mentions.length > 0) && !matches(CUE.PRIVATE_SALE, lower) && (byId || !matches(CUE.NAMESAKE_CONTEXT, lower))) {
    return { related: 'explicit', named: true, features: [], score: 0 };
  }
  const tests = featureTests(lower, text);
  tests.push(['ownLocation', () => ownLocation(lower, settings.school)]);
  // Another school by name lowers the work evidence, unless the "other" name is the school's own.
  tests.push([
    'otherSchool',
    () => {
      const other = firstMatch(CUE.OTHER_SCHOOL, text);
      return !!other && !namesSchool(other[0].toLowerCase(), settings.school);
    },
  ]);
  // Below, only the score against the threshold and the presence of privateSale count, which decidingFeatures gives.
  const features = complete ? presentFeatures(tests) : decidingFeatures(tests);
  const score = workScore(features);
  // The saint's feast day, a church history: a bare name in a namesake's context is not the school, unless
  // the draft is about school work anyway.
  const named = byId || (mentions.length > 0 && (score >= WORK_THRESHOLD || !matches(CUE.NAMESAKE_CONTEXT, lower)));
  // A private sale that mentions the school in passing (an old bag from work) is not about the school.
  const sale = features.includes('privateSale');
  if (named && (!sale || score >= WORK_THRESHOLD)) return { related: 'explicit', named, features, score };
  return { related: score >= WORK_THRESHOLD ? 'work' : 'none', named, features, score };
}

export function detectRelated(norm: NormalizedText, settings: Settings): Related {
  return judgeRelated(norm, settings, false).related;
}
