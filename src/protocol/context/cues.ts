// Evidence for and against "this draft is about the writer's own work at the school", beyond the phrasings in
// ../related.ts. General vocabulary of Dutch (and Frisian and English) school life and of the contexts that
// turn it off; nothing here names a school: the school's own names come from the settings.
// Each pattern is matched once on the lower-cased, normalised draft (CLASS_CODE and OTHER_SCHOOL on the text
// with its case, since a capital is what makes "2B" a class and "Drachtster Lyceum" a name).

import { onFirstRead } from '../on-first-read.ts';

const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;

/** A job the writer had before: "back when I worked at the garden centre", "toen ik nog bij de Jumbo werkte". */
const PAST_JOB_SRC = String.raw`back\s+when\s+i\s+worked|when\s+i\s+(?:still\s+)?worked\s+(?:at|in|for)|toen\s+ik\s+(?:nog\s+)?(?:bij|in|op)\s+(?:de\s+|het\s+)?[\p{L}-]+\s+werkte`;

/**
 * The cue patterns, each built on its first read: a draft that names the school returns before any of them is
 * tried (related.ts's common case), and a Unicode pattern with \p{…} classes costs V8 a parse when it is built.
 */
export const CUE = onFirstRead({
  /** School-life words a pupil or parent writes too: tests, reports, the school year's events. */
  SCHOOL_LIFE: () => new RegExp(
    `${B}(?:toetsweek|toetsweken|proefwerkweek|pta|pta's|herkansing|herkansingen|inhaaltoets|inhaaltoetsen|schoolexamen|schoolexamens|se-week|profielwerkstuk|pws|diploma-?uitreiking|diplomering|uitslagdag|cijferlijst|rapporten|rapportcijfers|lesuitval|roosterwijziging|brugklaskamp|werkweek met|open dag|open day|open evening|open avond|leerlingenraad|student council|voorlichtingsavond|kennismakingsavond|mentoravond|leerlingbespreking|leerlingbesprekingen|zorgoverleg|zorgteam|lob-?gesprek|loopbaangesprek|ouderportaal|schoolreis|schoolkamp|sportdag|eindgala|examenfeest|mock exams?|parents'? evening|absentie|absenties|absent gemeld|absent melden|verzuim|zorgco[oö]rdinator|teamleider|afdelingsleider|conrector|roostermaker|decaan|\\d{1,3}\\s?lln|lln|llnn|report cards?|sixth form|form time|detention|nablijven|strafwerk|uit de les gestuurd|eruit gestuurd|op skoalle|ús skoalle|myn skoalle|de hiele klasse|yn 'e klasse|yn de klasse|foar de klasse|âlderjûn|alderjûn|âlderjûnen|toetswike|skoalreis|in de brugklas|de brugklas|the brugklas|de hele klas(?!\\s+van\\s+'?\\d)|in het lokaal|in de sectie|met de sectie|onze sectie|sectiegenoten|sectiegenoot|schoolfotograaf|schoolfoto's|invallers|invaller|mijn lokaal|de lokalen|the exchange students|uitwisseling|uitwisselingen|uitwisselingsleerlingen|uitwisselingsreis|exchange trip|exchange programme|digibord|digiborden|smartboard|smartboards|candidate numbers?|kandidaatnummers?|examennummers?|oral exams?|speaking exams?|rooster lezen|de mentor|the form tutor|on staff|staff meeting|inset day|personeelsdag|studiemiddag|(?:reken|taal|lees|spelling|woordjes|grammatica|topo|tafel|wiskunde|engels|frans|duits|biologie|geschiedenis|aardrijkskunde|economie|scheikunde|natuurkunde)toets(?:en)?|onderbouw|bovenbouw|(?:docenten|leraren)(?!tekort|opleiding|salaris|staking|beroep|vakbond|regist|beurs)\\p{L}{3,})${E}`,
    'u',
  ),

  /**
   * Schoolwork a class is set: alone it says little (a parent helps with homework too), beside a class code it
   * says the writer teaches that class ("h4c was on fire tijdens de presentaties").
   */
  SCHOOL_TASK: () => new RegExp(
    `${B}(?:huiswerk|homework|spreekbeurt|spreekbeurten|boekverslag|boekverslagen|werkstuk|werkstukken|mondeling|mondelingen|presentaties|presentations|overhoring|overhoringen|so'tje|so'tjes|practicum|woordjes|leesdossier|essays|proefwerk|proefwerken|tests?|quiz|worksheet|worksheets)${E}`,
    'u',
  ),

  /** Pupil administration and timetable systems: a teacher fills them in, a parent reads them. */
  SCHOOL_SYSTEM: () => new RegExp(`${B}(?:magister|somtoday|zermelo|itslearning|studiewijzer|studiewijzers|schoolplan)${E}`, 'u'),
  /** SOM (SOMtoday) in capitals: "som" in lower case is an ordinary word. Matched on the text with its case. */
  SCHOOL_SYSTEM_CAPS: () => /(?<![\p{L}\p{N}])SOM(?![\p{L}\p{N}])/u,

  /**
   * Class and group codes without "klas" before them, on the text with its case: "2B", "H4c", "V5", "3 havo",
   * "4vwo", "m2a". A bare digit and capital needs the capital: "2b" is often a list item; D and G are left out
   * (3D printer, 4G, 5G).
   */
  CLASS_CODE: () => new RegExp(
    `${B}(?:[1-6]\\s?(?:havo|vwo|vmbo|mavo|gym|atheneum|HAVO|VWO|VMBO|MAVO|tl|TL|kb|KB|bb|BB)|(?:havo|vwo|mavo|HAVO|VWO|MAVO|Havo|Vwo|Mavo)[\\s-]?[1-6][a-fA-F]?|[HVMAThvm][1-6][a-zA-Z]?|[1-6][ABCEF]|(?:[7-9]|1[0-3])[A-Z]{1,2})${E}`,
    'u',
  ),

  /** Someone "uit h3a", "in 2B", "from 3 havo": a class by its code after a preposition, any case. */
  FROM_CLASS: () => new RegExp(
    `${B}(?:uit|in|van|from|of|with|met|and|en|heel|whole|aan|voor|for|to|út|fan|foar|by)\\s+(?:klas\\s+|class\\s+|klasse\\s+|groep\\s+|group\\s+)?(?:[hvmat][1-6][a-z]?|[1-6][abcefh][1-6]?|[1-6]\\s?(?:havo|vwo|vmbo|mavo|gym|atheneum|tl|kb|bb))${E}`,
    'u',
  ),

  /**
   * A person with their class in brackets, as a teacher writes a pupil: "Noor (1d)", "(anna, 3v)", "(J., V4)",
   * "Salma (2 vwo)". Lower-cased text; a word must stand right before or inside the bracket.
   */
  CLASS_IN_BRACKETS: () => new RegExp(
    `\\p{L},\\s?year\\s?\\d{1,2}\\s?,|[\\p{L}.]\\s?\\(\\s?(?:[\\p{L}][\\p{L}.'-]{0,20},\\s?)?(?:[1-6][a-gjlntvw][1-6]?|[hvmat][1-6][a-z]?|[1-6]\\s?(?:havo|vwo|vmbo|mavo|gym|tl|kb|bb))\\s?\\)`,
    'u',
  ),

  /**
   * A staff role of the writer's own school: "our new deputy head", "onze teamleider", "mijn conrector". Roles a
   * company rarely has (a director or manager is left out).
   */
  OWN_STAFF_ROLE: () => new RegExp(
    `${B}(?:our|onze|ons|my|mijn|mn|m'n|ús)\\s+(?:new\\s+|nieuwe\\s+|old\\s+|oude\\s+|acting\\s+|interim\\s+)?(?:deputy\\s+head|assistant\\s+head|head\\s+of\\s+(?:department|dept|faculty|science|maths|english|languages|sixth\\s+form|ks[345])|hod|sectievoorzitter|sectieleider|vakgroepvoorzitter|head\\s+teacher|headteacher|headmaster|headmistress|head\\s+of\\s+year|rector|conrector|teamleider|afdelingsleider|locatiedirecteur|adjunct-directeur|zorgco[oö]rdinator|decaan|conci[eë]rge|schoolleiding|mentor|staff|teachers|docenten|leraren|docententeam|lerarenteam|teaching\\s+staff|support\\s+staff|onderwijsondersteuners|ondersteunend\\s+personeel|mediatheek|school\\s+library)${E}`,
    'u',
  ),

  /** A former pupil: a teacher's word for someone they taught ("a former student", "oud-leerling"). */
  FORMER_PUPIL: () => new RegExp(
    `${B}(?:oud-?leerling(?:e|en)?|ex-?leerling(?:e|en)?|former\\s+(?:student|pupil|tutee)s?|ex-?(?:student|pupil)s?|old\\s+(?:student|pupil)s?\\s+of\\s+mine)${E}`,
    'u',
  ),

  /**
   * A parent on the line with the writer, as a teacher has them: "een ouder aan de lijn", "a parent on the
   * phone", "een boze moeder aan mijn bureau". The singular "een ouder" is how a teacher speaks of a pupil's parent.
   */
  PARENT_ON_THE_LINE: () => new RegExp(
    `${B}(?:een|de|die|boze|a|an|the|angry)\\s+(?:ouder|ouders|vader|moeder|parent|mum|mom|dad)\\s+(?:(?:belde|mailde|appte|called|emailed|rang|texted|messaged)\\s+(?:me|mij)|aan\\s+de\\s+(?:lijn|telefoon)|aan\\s+(?:mijn|m'n|mn)\\s+(?:bureau|tafel)|op\\s+(?:gesprek|de\\s+stoep)|on\\s+the\\s+(?:phone|line)|at\\s+my\\s+(?:desk|door)|in\\s+my\\s+(?:inbox|classroom))${E}` +
      // "aan de ouder die gisteren mailde", "to the parent who emailed": one parent who contacted the writer.
      `|${B}(?:de|die|the|that)\\s+(?:ouder|parent)\\s+(?:die|who)\\s+(?:[\\p{L}'-]+\\s+){0,3}?(?:mailde|belde|appte|emailed|called|rang|messaged|texted)${E}`,
    'u',
  ),

  /**
   * A classroom exchange written as dialogue: 'pupil: "is this on the test?" me: …', 'leerling: "juf, mag ik…"'.
   * The pupil's line and the writer's line (or the pupil addressing the writer as miss/sir/juf) together count.
   */
  DIALOGUE_PUPIL: () => new RegExp(
    `${B}(?:pupil|student|leerling|leerlinge|lln|kid|year\\s?\\d{1,2}|brugklasser|learling)\\s?:`,
    'u',
  ),
  DIALOGUE_WRITER: () => new RegExp(
    `${B}(?:me|ik|i|myself|mij)\\s?:|${B}(?:miss|sir|juf|meester|meneer|mevrouw)\\s*[,!?]?\\s+(?:can|could|may|is|do|mag|kan|moet|is|hoe|wanneer|waarom|why|what|wat)${E}`,
    'u',
  ),

  /**
   * The writer's own job or profession, which for a school's staff member is the school: "waarom doe ik dit vak",
   * "mijn vak", "the best part of my job". Weak on its own ("op weg naar mijn werk" says little).
   */
  OWN_JOB: () => new RegExp(`${B}(?:dit\\s+vak|mijn\\s+vak|mn\\s+vak|m'n\\s+vak|het\\s+mooiste\\s+vak|this\\s+job|my\\s+job|mijn\\s+werk|mn\\s+werk|m'n\\s+werk|my\\s+work|ons\\s+vak|our\\s+profession|mijn\\s+beroep|my\\s+profession)${E}`, 'u'),

  /** A school the writer taught at before: "different school, different city", "op mijn vorige school". */
  FORMER_SCHOOL: () => new RegExp(
    `${B}(?:different\\s+school|previous\\s+school|former\\s+school|my\\s+last\\s+school|andere\\s+school|vorige\\s+school|mijn\\s+oude\\s+werkplek|oude\\s+school|oare\\s+skoalle)${E}`,
    'u',
  ),

  /** A past job: the colleagues and work of its sentence are that job's. */
  PAST_JOB: () => new RegExp(`${B}(?:${PAST_JOB_SRC})${E}`, 'u'),

  /**
   * The writer no longer teaches: "left teaching for UX", "gestopt met lesgeven", "ex-docent", "I used to teach".
   * Memories of the job are then not about work at the school now.
   */
  FORMER_JOB: () => new RegExp(
    `${B}(?:${PAST_JOB_SRC}|(?:left|quit|leaving|gave\\s+up|giving\\s+up)\\s+(?:teaching|the\\s+classroom|education)|used\\s+to\\s+teach|ex-?(?:docent|docente|teacher|leraar|lerares|juf)|oud-?(?:docent|docente|leraar|lerares)|former\\s+teacher|(?:gestopt|stoppen|stopte|stop)\\s+met\\s+(?:lesgeven|het\\s+onderwijs|onderwijs|het\\s+lesgeven)|(?:het\\s+)?onderwijs\\s+(?:verlaten|vaarwel\\s+gezegd|uitgestapt)|uit\\s+het\\s+onderwijs\\s+(?:gestapt|gegaan|vertrokken)|(?:maak\\s+ik|ik\\s+maak|maakte\\s+ik|ik\\s+maakte|i\\s+make|i\\s+made|i'm\\s+making|i\\s+am\\s+making)\\s+(?:de|the)\\s+(?:overstap|switch|move)\\s+(?:naar|to)|(?:ga|gaan|going\\s+to|will)\\s+(?:het\\s+|the\\s+)?(?:klaslokaal|lesgeven|onderwijs|classroom|teaching)\\s+missen|(?:will|i'll|going\\s+to)\\s+miss\\s+(?:the\\s+)?(?:classroom|teaching)|afscheid\\s+(?:van|nemen\\s+van)\\s+het\\s+onderwijs|career\\s+(?:switch|change)\\s+(?:from|out\\s+of)\\s+(?:teaching|education))${E}`,
    'u',
  ),

  /** Signing as the class's mentor or teacher: "groetjes, mentor 1d", "juf van 2b", "mentor van h4c". */
  CLASS_ROLE: () => new RegExp(
    `${B}(?:mentor|mentrix|docent|juf|meester|tutor|form tutor)\\s+(?:van\\s+|of\\s+)?(?:klas\\s+)?(?:[1-6][a-z]{1,2}|[hvmat][1-6][a-z]?|[1-6]\\s?(?:havo|vwo|vmbo|mavo|gym))${E}|(?:groetjes|groeten|groet|liefs|gr|greetings|regards|love|cheers)\\s*,?\\s+(?:van\\s+|from\\s+)?(?:de\\s+|jullie\\s+|je\\s+|your\\s+|the\\s+)?(?:mentor|mentrix|conci[eë]rge|docent|docente|juf|meester|teamleider|afdelingsleider|decaan|zorgco[oö]rdinator|form\\s+tutor|tutor|head\\s+of\\s+year)${E}`,
    'u',
  ),

  /** The writer's own studies: a test "voor mn deeltijdopleiding" is the writer's, not one they set. */
  OWN_STUDIES: () => new RegExp(
    `${B}(?:mijn|mn|m'n|my|myn)\\s+(?:[\\p{L}-]+\\s+)?(?:opleiding|deeltijdopleiding|lerarenopleiding|studie|master|masterstudie|cursus|course|degree|module|tentamen|tentamens|scriptie|thesis|dissertation|minor|propedeuse|pabo|hbo|mbo|universiteit|uni|hogeschool|certificaat|certificate|nascholing|studentenkaart|studentenpas|collegekaart|student\\s+(?:id|card|number)|lectures?|colleges?)${E}|${B}(?:certificaat|certificate|nascholing|training|cursus|workshop)\\s+(?:\\p{L}+\\s+){0,6}?(?:behaald|gehaald|afgerond|gevolgd|completed|passed|earned|gained)${E}`,
    'u',
  ),

  /** A pupil or a pupil's parent as the writer's: "een leerling van me", "lln van 2a", "de moeder van een leerling". */
  WRITERS_PUPIL: () => new RegExp(
    `${B}(?:(?:leerling|leerlinge|leerlingen|lln|learling|learlingen|pupil|pupils|student|students|tutee|tutees|kid|kids)\\s+(?:van\\s+(?:me|mij)|of\\s+mine|fan\\s+my|van\\s+[1-6]\\s?[a-z]{1,2})|(?:vader|moeder|ouder|ouders|papa|mama|parent|parents|mum|mom|dad|father|mother)\\s+(?:van|of)\\s+(?:een|één|a|one|één\\s+van\\s+mijn|one\\s+of\\s+my)\\s+(?:leerling|leerlinge|pupil|student|tutee|mentorleerling)|(?:one|a|two|three)\\s+of\\s+my\\s+(?:[\\p{L}]+\\s+)?(?:tutees|form|students|pupils|kids|year\\s?\\d{1,2}s)|(?:(?:een|a|one|die|that|this|deze)\\s+|(?<=(?:^|[.!?\\n])\\s{0,2}))(?:leerling|leerlinge|pupil|student|brugklasser|learling|year\\s?\\d{1,2})\\s+(?:(?:just|net|vandaag|today|again|weer|literally|once|zojuist|gisteren|yesterday)\\s+)?(?:vroeg|zei|vertelde|gaf|stuurde|liet|toonde|mailde|appte|asked|told|said|gave|sent|showed|emailed|handed)\\s+(?:me|mij|my)|(?:vroeg|zei|vertelde|gaf|stuurde|mailde|appte)\\s+(?:een|die|deze)\\s+(?:leerling|leerlinge|brugklasser)\\s+(?:me|mij|aan\\s+mij))${E}`,
    'u',
  ),

  /**
   * A pupil in the singular with the writer in the same sentence: "een leerling heeft vandaag bij mij een 10
   * gehaald", "a pupil left a note on my desk", "ik heb net een leerling gemaild". "Leerling" and "pupil" are school
   * words (a university's "student" is left out); the writer is the one they deal with.
   */
  PUPIL_WITH_WRITER: () => new RegExp(
    `${B}(?:leerling|leerlinge|pupil|learling)${E}[^.!?\\n]{0,100}?${B}(?:me|mij|my|mijn|m'n|mn|ik|i|i'm|i've)${E}|${B}(?:me|mij|ik|i)${E}[^.!?\\n]{0,40}?${B}(?:een|a|die|that|this|deze)\\s+(?:leerling|leerlinge|pupil|learling)${E}`,
    'u',
  ),

  /** Teaching or coaching outside school: a driving instructor, a sports club's team, a gym class. */
  TEACHING_ELSEWHERE: () => new RegExp(
    `${B}(?:rij-?instructeur|rijinstructrice|rijschool|driving\\s+(?:instructor|school|lessons?)|fitnessinstructeur|spinninginstructeur|instructeur\\s+bij|instructor\\s+at|personal\\s+trainer|sportschool|volksuniversiteit|(?:youth|junior|jeugd)\\s*(?:hockey|football|soccer|voetbal|volleybal|volleyball|basketball|basketbal)?\\s*(?:team|teams|elftal)|(?:hockey|voetbal|korfbal|handbal|volleybal|tennis|zwem|turn|dans|judo|schaak)(?:club|vereniging|team|training|trainer)|(?:hockey|football|soccer|netball|rugby|swimming|dance|chess)\\s+(?:club|team|coach))${E}`,
    'u',
  ),

  /** Speaking to a parent about their child: "uw zoon", "je dochter", "your son". */
  ADDRESSING_PARENT: () => new RegExp(
    `${B}(?:(?:uw|your)\\s+(?:zoon|dochter|kind|zoontje|dochtertje|son|daughter|child)|(?:(?:aan|to)\\s+)?(?:alle\\s+|all\\s+)?(?:ouders|ouders\\/verzorgers|parents)\\s+(?:van|of)\\s+(?:klas\\s+|class\\s+|year\\s+|form\\s+)?(?:[1-6]\\s?[a-z]{1,2}|[hvma][1-6][a-z]?|\\d{1,2}[a-z]?)(?=\\s*[:,.!])|(?:beste|lieve|geachte|dear)\\s+(?:ouders|parents|ouders\\s+en\\s+verzorgers|ouder\\/verzorger|ouders\\/verzorgers)|(?:cijfers|cijfer|rapport|resultaten|grades|report|results|marks)\\s+(?:van|of)\\s+(?:zijn|haar|hun|his|her|their)\\s+(?:zoon|dochter|kind|zoontje|dochtertje|son|daughter|child|kid))${E}`,
    'u',
  ),

  /**
   * A pupil's parent (not the writer's own) getting at the writer: "als vader X nog één keer mijn privénummer
   * belt", "die moeder die me blijft appen", "a dad who keeps calling me". The writer is the object.
   */
  PARENT_AT_WRITER: () => new RegExp(
    `(?<![\\p{L}])(?<!(?:mijn|m'n|mn|onze|ons|my|our|zijn|haar|his|her)\\s)(?:vader|moeder|ouder|ouders|papa|mama|father|mother|dad|mum|mom)\\s+(?:\\([^)\\n]{0,60}\\)\\s+)?(?:[\\p{L}'-]+\\s+){0,6}?(?:(?:me|mij|mijn|m'n|mn)\\s+(?:[\\p{L}'-]+\\s+){0,2}?(?:belt|belde|mailt|mailde|appt|appte|blijft\\s+bellen|blijft\\s+appen|lastigvalt|stalkt|(?:berichten|berichtjes|appjes|mailtjes|mails|dm'?s)\\s+(?:stuurt|sturen|stuurde|blijft\\s+sturen))|(?:keeps\\s+)?(?:calls|called|calling|emails|emailed|emailing|texts|texted|messages|messaged)\\s+(?:me|my))${E}`,
    'u',
  ),

  /**
   * "my tto kids", "mijn 2b kids", "my year 9 lot", "mijn havo-groep": a group of children named by a class or a
   * school level is the writer's class, where "my kids" alone is their own children.
   */
  OWN_QUALIFIED_GROUP: () => new RegExp(
    `${B}(?:mijn|mn|m'n|onze|my|our|myn|ús)\\s+(?:(?:lieve|leuke|geweldige|amazing|lovely|wonderful|favourite|favorite|little|kleine)\\s+)?(?:tto|tvwo|thavo|havo|vwo|vmbo|mavo|gym|brugklas|examen|eindexamen|exam|mentor|bilingual|[1-6]\\s?[a-z]{1,2}|[hvma][1-6][a-z]?|year\\s?\\d{1,2}|y\\d{1,2})[\\s-]?(?:kids|kinderen|kiddos|kindjes|crew|gang|bunch|lot|groep|group|groepje|toppers|helden|heroes|stars|sterren)${E}`,
    'u',
  ),

  /** National education policy and the profession in general: a complaint about it is not about one school. */
  EDUCATION_POLICY: () => new RegExp(
    `${B}(?:(?:scholen|schools)\\s+(?:moeten|zouden|mogen|horen|should|must|need\\s+to|ought)|landelijke?\\s+(?:discussie|debat|beleid|regels?)|#beleid|#onderwijsbeleid|#edpolicy|minister|ministerie|onderwijsminister|ocw|kabinet|den haag|tweede kamer|regering|coalitie|politiek|politici|onderwijsbeleid|bezuiniging|bezuinigingen|bezuinigen|lerarentekort|onderwijsinspectie|inspectie|onderwijsraad|cao|lerarensalaris|lerarensalarissen|staking|staken|onderwijsstaking|centrale toetsen|centrale examens|wetsvoorstel|nieuwe wet|examenreglement|education secretary|department for education|dfe|ofsted|government|the government|policy makers|teachers'? pay|teacher shortage|strike|strikes)${E}`,
    'u',
  ),

  /** A private sale: "te koop", "tk", "for sale", Marktplaats. */
  PRIVATE_SALE: () => new RegExp(
    `${B}(?:te koop|tk|t\\.k\\.|tkn|for sale|selling my|verkoop mijn|verkoop ik|marktplaats|vinted|vraagprijs|ophalen in|(?<!geld )op te halen|z\\.?g\\.?a\\.?n\\.?|zo goed als nieuw|nieuwprijs|like new|collection only|pick-?up only|bieden vanaf|gratis af te halen)${E}`,
    'u',
  ),

  /**
   * The writer says they write in another capacity: "als moeder, niet als docent", "not as a teacher", "puur als
   * ouder". This turns off even a draft that names the school.
   */
  NOT_AS_STAFF: () => new RegExp(
    `${B}(?:(?:niet|not|nu eens niet|this time not|geen)\\s+(?:(?:in\\s+(?:my|mijn|m'n|mn)\\s+(?:role|rol|capacity|hoedanigheid|functie)|hier|here|vandaag|today|echt|really|zeker|definitely|absoluut|per\\s+se)\\s+){0,2}(?:als|as)\\s+(?:an?\\s+)?(?:docent|docente|leraar|lerares|juf|meester|mentor|teacher|tutor|medewerker|werknemer|employee|collega|member\\s+of\\s+staff|staff\\s+member|learaar)|(?:as|als)\\s+(?:an?\\s+|een\\s+)?(?:parent|ouder|mum|mom|dad|mother|father|moeder|vader|mama|papa|grandparent|oma|opa)\\s{0,3}[,;(–—-]?\\s{0,3}(?:and\\s+|en\\s+)?(?:not|niet|geen)\\s+(?:as\\s+|als\\s+)?(?:an?\\s+|een\\s+)?(?:teacher|docent|docente|leraar|lerares|juf|meester|mentor|tutor|member\\s+of\\s+staff|staff)|(?:als|as\\s+an?)\\s+(?:oud-?leerling|ex-?leerling|former\\s+(?:pupil|student)|alumn(?:us|a|i)|old\\s+(?:boy|girl))|(?:puur|gewoon|alleen|enkel|just|simply|purely|only|strictly)\\s+(?:als|as)\\s+(?:an?\\s+)?(?:moeder|vader|ouder|mama|papa|mam|mum|mom|dad|parent|oma|opa|grandma|grandpa|buurtbewoner|inwoner|resident|privépersoon|prive-persoon|private\\s+person))${E}`,
    'u',
  ),

  /** Another school by its name, on the text with its case: "het Drachtster Lyceum", "OSG Sevenwolden", "het Bonifatiuscollege". */
  OTHER_SCHOOL: () => new RegExp(
    `${B}(?:(?:\\p{Lu}[\\p{Ll}'-]+\\s){1,3}(?:College|Lyceum|Gymnasium|Scholengemeenschap|Academie|Academy|Montessorischool|Vrijeschool)|(?:CSG|OSG|RSG|PCL|SG|KSG)\\s\\p{Lu}[\\p{L}-]+|\\p{Lu}\\p{Ll}{2,}-?(?:college|lyceum|gymnasium|scholengemeenschap)|(?:University|Universiteit|Rijksuniversiteit|Hogeschool|Hanzehogeschool)\\s(?:of\\s|van\\s)?\\p{Lu}\\p{Ll}+)${E}`,
    'u',
  ),
  /** Another school in words: "een andere school", "hun school", "the school down the road". */
  OTHER_SCHOOL_WORDS: () => new RegExp(
    `${B}(?:een andere school|andere scholen|hun school|zijn school|haar school|their school|his school|her school|another school|other schools|de school van (?:mijn|onze|m'n|mn) (?:zoon|dochter|kinderen|kids|jongste|oudste)|(?:my|our) (?:son's|daughter's|kids'|children's|child's) (?:\\p{L}+ )?school|de (?:\\p{L}+ )?school van (?:mijn|onze|m'n|mn|ús|myn) (?:zoon|dochter|kinderen|kids|jongste|oudste|soan|bern))${E}(?![\\s-]+(?:id|ids|card|cards|pass|pas|pasje|bag|bags|tas|tassen|uniform|account|accounts|e-?mail|laptop|laptops|jumper|shoes|schoenen|photos?|foto'?s?|spullen|stuff|work|werk|books|boeken|rooster|timetable|nummer|number)(?![\\p{L}]))`,
    'u',
  ),

  /** Right before a name: the saint or a title of his ("Sint Liudger", "de heilige Liudger", "bisschop Liudger"). */
  SAINT_BEFORE: () => /(?<![\p{L}\p{N}])(?:sint|st\.?|saint|heilige|holy|bisschop|bishop|sankt|missionaris|missionary|abt|abbot|sant)[\s-]{1,3}$/u,
  /** Right after a name: a church, a street, a square ("Liudger kerk", "Liudger-straat"). */
  PLACE_AFTER: () =>
    /^[\s-]{0,3}(?:kerk|church|kapel|chapel|parochie|parish|straat|street|weg|laan|plein|square|road|abdij|abbey|klooster|monastery|kathedraal|cathedral|basiliek|basilica|kerkhof|graf|grave|beeld|statue|route|tocht|pad|path|trail|fietsroute|wandelroute|pelgrimsroute|bron|brug|bridge)(?![\p{L}\p{N}])/u,
  /** A namesake's context in the draft: history, church, saints. */
  NAMESAKE_CONTEXT: () => new RegExp(
    `${B}(?:heilige|patroonheilige|beschermheilige|patron\\s+saint|saint|sint|bisschop|bishop|missionaris|missionary|apostel|apostle|eeuw|eeuwen|century|centuries|middeleeuw\\p{L}*|medieval|relikwie\\p{L}*|relics?|gedenkdag|feast day|feestdag|naamdag|kerstening|kerstende|gekerstend|christiani[sz]\\p{L}*|heidenen|heidens|pagans?|bekering|bekeerde|monnik|monk|klooster|monastery|abdij|abbey|münster|munster|bonifatius|boniface|karel de grote|charlemagne|kerkgeschiedenis|kerken|churches|pelgrim\\p{L}*|pilgrim\\p{L}*|straatnaam|vernoemd|named after|genoemd naar)${E}`,
    'u',
  ),
});

/** Words of a school's name that are not distinctive (they never make a fuzzy match on their own). */
export const GENERIC_NAME_WORDS = new Set(
  ('csg osg rsg pcl ksg sg christelijke christelijk openbare openbaar katholieke katholiek protestants protestantse ' +
    'scholengemeenschap scholen school college lyceum gymnasium atheneum academie academy mavo havo vwo vmbo ' +
    'locatie campus het de een the van der den sint saint st').split(' '),
);
