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
// Medical care, procedures, sick leave and medication: as special-category as a diagnosis (AVG art. 9 covers
// any data about someone's physical or mental health, pregnancy included).
for (const w of [
  'geopereerd', 'operatie', 'surgery', 'operated', 'operation', 'ziekenhuisopname', 'hospitalised', 'hospitalized',
  'ziektewet', 'ziekteverlof', 'ziekgemeld', 'arbeidsongeschikt', 'revalideert', 'revalidatie', 'revalidatiecentrum',
  'rehab', 'afkickkliniek', 'afkicken', 'alcoholist', 'verslaafde', 'antidepressiva', 'antidepressants',
  'antidepressant', 'ritalin', 'methylfenidaat', 'insuline', 'insulin', 'medicatie', 'medication', 'chemokuur',
  'bestraling', 'radiotherapy', 'dialyse', 'dialysis', 'therapie', 'therapy', 'ggz', 'zelfbeschadiging',
  'self-harm', 'zelfmoordpoging', 'overdosis', 'overdose', 'whiplash', 'hartaanval', 'herseninfarct', 'beroerte',
  'hernia', 'longontsteking', 'pneumonia', 'bevallen', 'zwangerschap', 'pregnancy', 'zwangerschapsverlof',
  'verstuikt', 'gekneusd', 'sprained', 'injured', 'geblesseerd', 'blessure', 'krukken', 'crutches', 'anxiety',
  'trauma', 'getraumatiseerd',
  // Pregnancy and birth, accidents, allergies, medication, speech, belief and orientation (issue 11's kinds).
  'kraambezoek', 'kraamverlof', 'kraamtijd', 'bevalling', 'uitgerekend', 'keizersnede', 'c-section', 'premature',
  'verkeersongeluk', 'auto-ongeluk', 'ongeval', 'aanrijding', 'aangereden', 'allergie', 'allergisch', 'allergy',
  'allergies', 'allergic', 'epipen', 'inhaler', 'puffer', 'antibiotica', 'antibiotics', 'medicijnen', 'stotteren',
  'stottert', 'stotter', 'stutter', 'stutters', 'stuttering', 'logopedie', 'fysiotherapie', 'physiotherapy',
  'hersenletsel', 'christen', 'katholiek', 'gelovig', 'atheïst', 'protestant',
  'gereformeerd', 'hindoeïstisch', 'boeddhistisch', 'ramadan', 'uit-de-kast',
  // ADHD and other common prescription medicines by their brand or generic names, and more diagnoses.
  'concerta', 'medikinet', 'equasym', 'strattera', 'atomoxetine', 'dexamfetamine', 'elvanse', 'prozac',
  'fluoxetine', 'sertraline', 'paroxetine', 'citalopram', 'lithium', 'oxazepam', 'diazepam', 'melatonine',
  'antipsychotica', 'diabetic', 'diabetisch', 'transplant', 'transplantatie', 'hersenbloeding', 'coma',
  'gehandicapt', 'handicap', 'spierziekte', 'reuma', 'migraine', 'ziekte van crohn', 'crohn', 'coeliakie',
  'coeliac', 'celiac', 'glutenallergie', 'lactose-intolerant', 'cystic', 'taaislijmziekte', 'down-syndroom',
  'downsyndroom', 'hartoperatie', 'openhartoperatie', 'herseninfarct', 'hersenvliesontsteking', 'meningitis',
  // Religious dress is religion made visible (AVG art. 9).
  'hoofddoek', 'hoofddoekje', 'headscarf', 'hijab', 'keppel', 'kippah', 'yarmulke', 'tulband', 'turban',
  'boerka', 'burka', 'niqaab', 'niqab',
  // Frisian.
  'demint', 'demintens', 'sikehûs', 'swier',
  // An accident is health data about the one it happened to; "per ongeluk" (by accident) has no state word before.
  'ongeluk', 'ongelukje',
  // Religious practice: a pilgrimage, a profession of faith, a baptism.
  'hadj', 'hajj', 'umrah', 'mekkareis', 'mekka-reis', 'mekkagang', 'mecca-trip', 'pilgrimage', 'bedevaart', 'belijdenis', 'bar-mitswa', 'bat-mitswa', 'vormsel', 'communie',
  // Illnesses in everyday words, infections a pupil is off school with, and conditions named by lay people.
  'klierkoorts', 'pfeiffer', 'hooikoorts', 'griep', 'flu', 'lyme', 'eczeem',
  'eczema', 'psoriasis', 'scoliose', 'scoliosis', 'dyspraxie', 'dyspraxia', 'tourette', "tourette's", 'tourettes',
  'hyperventilatie', 'paniekaanval', 'epileptische', 'flauwgevallen', 'fainted', 'seizure', 'seizures', 'pacemaker',
  'gehoorapparaat', 'prothese', 'amputatie', 'amputated', 'geamputeerd', 'opgebrand', 'ivf', 'ivf-traject',
  'vruchtbaarheidsbehandeling', 'hartfalen', 'long-covid', 'depri', 'eetprobleem', 'eetproblemen', 'slaapproblemen',
  'gipsarm', 'gipsbeen', 'mitella', 'stoma', 'sondevoeding', 'kinkhoest', 'mazelen', 'measles', 'waterpokken',
  'chickenpox',
  // Rites of a faith, said of the one who goes through them (AVG art. 9: religion): a baptism, a Jewish coming of
  // age in one word, a prayer cap or headscarf in the diminutive.
  'gedoopt', 'baptised', 'baptized', 'christened', 'doopfeest', 'doopdienst', 'barmitswa', 'batmitswa', 'barmitsva',
  'bar-mitzvah', 'bat-mitzvah', 'barmitzvah', 'batmitzvah', 'keppeltje', 'keppeltjes', 'vrijdaggebed',
  // Speech, hearing and recovery words, an office in a church (an iftar is a gathering, not someone's fast).
  'stammer', 'stammers', 'stamelt', 'hoortoestel', 'hoortoestellen', 'hearing-aid', 'cochleair', 'trommelvliesbuisjes',
  'kankervrij', 'cancer-free', 'remissie', 'remission', 'ouderling', 'diaken', 'vormselviering',
  'belijdenisdienst', 'doopviering',
  // Blood thinners, rehabilitation and physiotherapy in everyday and Frisian words, EMDR, a Frisian heart attack.
  'bloedverdunners', 'bloedverdunner', 'revalidaasje', 'physio', 'emdr', 'hertoanfal', 'doopt',
]) CONDITIONS.add(w);
// Ear tubes in a child's ears are "buisjes" only with a possessive or state word before them ("zijn buisjes").
for (const w of ['buisjes']) CONDITIONS.add(w);

// Compounds that name a diagnosis by their last part: borstkanker, longontsteking, hersentumor, eetstoornis.
export const CONDITION_SUFFIX_RE = /(?:kanker|tumor|ontsteking|stoornis|infarct|syndroom|syndrome|verslaving|fobie|phobia|allergie|allergy|letsel|breuk|bloeding|transplantatie|transplant|operatie|ziekte|aandoening|diagnose|medicatie|medicijnen|ongeluk)$/;
// A condition named by its owner's possessive ("Parkinson's", "Alzheimer’s") or as the first part of a Dutch
// compound whose head is a person's paper or care for it ("dyslexieverklaring", "autismebegeleiding"): the
// condition is the word that decides. Heads of things about the condition in general ("dyslexiebeleid",
// "autismeklas") are not in the list.
const CONDITION_HEADS = ['verklaringen', 'verklaring', 'behandeling', 'begeleiding', 'onderzoek', 'traject', 'coach', 'medicijnen'];
function conditionOf(word: string): string {
  if (word.endsWith("'s") || word.endsWith('’s')) return word.slice(0, -2);
  for (const h of CONDITION_HEADS) if (word.length > h.length + 3 && word.endsWith(h)) return word.slice(0, -h.length);
  return '';
}
// Words that are also everyday words in another sense: only in capitals (ADD, MS, AIDS).
const CAPS_ONLY = new Set(['add', 'ms', 'aids']);
// Words that are health data only with a person's state around them ("is ziek", "off sick", "in a cast"),
// never as an adjective of a thing ("ziek goed", "sick beat", "cast of the play").
// Illness words ("heeft griep", "has the flu", "met corona thuis") need a state word: the bare word is often
// general talk ("de griepgolf", "tijdens corona").
const NEEDS_STATE = new Set(['buisjes', 'griep', 'flu', 'depri', 'ongeluk', 'ongelukje', 'medicijnen', 'puffer', 'christen', 'katholiek', 'gelovig', 'protestant', 'gereformeerd', 'ramadan', 'logopedie', 'fysiotherapie', 'physiotherapy', 'therapie', 'therapy', 'operation', 'operatie', 'trauma', 'injured', 'krukken', 'bevallen', 'medicatie', 'medication', 'revalidatie', 'blessure', 'anxiety']);
const STATE_BEFORE = new Set(['is', 'was', 'ben', 'werd', 'wordt', 'zijn', "z'n", 'haar', 'his', 'her', 'their', 'got', 'gets', 'been', 'feels', 'voelt', 'thuis', 'home', 'off', 'in', 'op', 'with', 'met', 'heeft', 'had', 'has', 'have', 'een', 'a', 'an', 'after', 'na', 'nog', 'still', 'erg', 'very', 'really', 'heel', 'flink', 'behoorlijk', 'ernstig', 'seriously', 'critically', 'al', 'weer', 'alweer', 'again', 'ook', 'also', 'net', 'pas', 'just', 'recently', 'onlangs', 'gister', 'gisteren', 'yesterday', 'vandaag', 'today', 'sinds', 'since', 'helaas', 'unfortunately']);
// Nouns of a person's state that may have an article before them when the word before the article is a state
// word ("na de operatie", "after the surgery") or the person follows ("de blessure aan haar knie").
const DETERMINERS = new Set(['de', 'het', 'die', 'deze', 'dat', 'the', 'that', 'this', 'zijn', 'haar', "z'n", 'his', 'her', 'their', 'hun']);
export const OWNED_AFTER_NOUN = /^\s+(?:aan|van|in|op|of|to|on)\s+(?:zijn|haar|z'n|his|her|their|hun)(?![\p{L}])/u;
// Multi-word terms by their last word: the words that may come before it, included in the span. A Map, so a
// token such as "constructor" never reaches an Object prototype property.
const PHRASES = new Map<string, string[][]>([
  ['rolstoel', [['in', 'een']]],
  ['wheelchair', [['in', 'a']]],
  ['diabetes', [['type', '1'], ['type', '2']]],
  ['disorder', [['eating'], ['anxiety']]],
  ['attacks', [['panic']]],
  ['tumour', [['brain']]],
  ['sclerose', [['multiple']]],
  ['sclerosis', [['multiple']]],
  ['covid', [['long']]],
  ['ziekenhuis', [['in', 'het'], ['naar', 'het'], ['uit', 'het']]],
  ['hospital', [['in', 'the'], ['in'], ['to', 'the'], ['to'], ['from', 'the'], ['from']]],
  ['care', [['intensive']]],
  ['ic', [['op', 'de'], ['on', 'the']]],
  ['verwachting', [['in'], ['in', 'blijde']]],
  ['leave', [['sick'], ['medical'], ['maternity']]],
  ['attack', [['heart'], ['panic']]],
  ['mes', [['onder', 'het']]],
  ['knife', [['under', 'the']]],
  ['gips', [['in', 'het']]],
  ['psycholoog', [['naar', 'de'], ['bij', 'de'], ['naar', 'een']]],
  ['psychiater', [['naar', 'de'], ['bij', 'de'], ['naar', 'een']]],
  ['ziektewet', [['in', 'de']]],
  ['down', [['syndroom', 'van']]],
  ['syndrome', [['down'], ["down's"]]],
  ['kast', [['uit', 'de']]],
  ['out', [['burned'], ['burnt'], ['burn']]],
  ['therapist', [['speech']]],
  ['therapy', [['speech']]],
  ['car', [['hit', 'by', 'a']]],
  ['accident', [['car'], ['a', 'car'], ['bike'], ['road'], ['serious']]],
  // A Jewish coming of age in two words ("his bar mitzvah", "haar bat mitswa").
  ['mitzvah', [['bar'], ['bat']]],
  ['mitswa', [['bar'], ['bat']]],
  ['mitzwa', [['bar'], ['bat']]],
  ['communion', [['first'], ['holy']]],
  ['aid', [['hearing']]],
  ['aids', [['hearing']]],
  ['service', [['confirmation'], ['baptism'], ['christening'], ['communion']]],
  ['replacement', [['knee'], ['hip'], ['shoulder']]],
  ['thinners', [['blood']]],
  ['heup', [['nieuwe'], ['nije']]],
  ['knie', [['nieuwe'], ['nije']]],
  ['crash', [['car'], ['motorbike'], ['motorcycle'], ['bike'], ['scooter'], ['motor']]],
]);
// Being in hospital is health data when it is someone's stay, not the hospital as a place or employer
// ("Het ziekenhuis in Drachten zoekt vrijwilligers", "werkt in het ziekenhuis").
const STAY_VERBS = new Set(['leit', 'lei', 'ligt', 'lag', 'liggen', 'opgenomen', 'beland', 'belandt', 'belandde', 'terecht', 'gebracht', 'afgevoerd', 'zit', 'zat', 'is', 'was', 'been', 'admitted', 'taken', 'rushed', 'still', 'nog', 'staying', 'stays', 'ended', 'landed', 'spent', 'lies', 'lying']);
const PLACE_WORDS = new Set(['ziekenhuis', 'hospital', 'care', 'ic']);
const STAY_ADVERBS = new Set('al nog weer alweer ook nu no still already now also again'.split(' '));
const KIN_BEFORE_STAY = new Set('moeder vader zoon dochter broer zus oma opa man vrouw partner vriend vriendin mama papa mam pap kind mother father son daughter brother sister mum mom dad grandma grandpa husband wife child'.split(' '));


// Injuries and operations on a body part: "broke his leg", "brak haar arm", "zijn enkel verstuikt", "is
// geopereerd aan haar knie", "had surgery on his hip", "hurt her back".
const PART_EN = 'leg|arm|wrist|ankle|collarbone|hip|foot|hand|nose|back|knee|shoulder|elbow|finger|toe|neck|ribs?|skull|jaw|spine|acl';
const PART_NL = 'been|arm|pols|enkel|sleutelbeen|heup|voet|hand|neus|rug|knie|schouder|elleboog|vinger|teen|nek|ribben|rib|schedel|kaak|kruisband|meniscus';
export const INJURY_RE = new RegExp(
  `\\b(?:broke|broken|fractured|breaking|sprained|twisted|injured|hurt|dislocated|tore|torn) (?:his|her|their|a|an) (?:${PART_EN})\\b` +
    `|\\b(?:brak|breekt|brak|kneusde|verstuikte|ontwrichtte|scheurde) (?:zijn|haar|z'n) (?:${PART_NL})\\b` +
    `|\\b(?:(?:zijn|haar|z'n) )?(?:${PART_NL}) (?:gebroken|gekneusd|verstuikt|ontwricht|gescheurd|geblesseerd|geopereerd)\\b` +
    `|\\b(?:a |his |her |their )?(?:broken|fractured|sprained|dislocated) (?:${PART_EN})\\b` +
    `|\\b(?:gebroken|gekneusde|verstuikte|gescheurde|ontwrichte|geblesseerde|geopereerde) (?:${PART_NL})\\b` +
    `|\\bgeopereerd aan (?:zijn|haar|z'n|de|het) (?:${PART_NL}|[a-zà-ÿ]{3,20})\\b` +
    `|\\b(?:surgery|an operation|operated) on (?:his|her|their|the) (?:${PART_EN}|[a-zà-ÿ]{3,20})\\b` +
    // A limb lost ("lost his left leg", "verloor haar rechterarm"), and Frisian "syn earm brutsen".
    `|\\b(?:lost|loses|losing) (?:his|her|their|a) (?:left |right )?(?:${PART_EN})\\b` +
    `|\\b(?:verloor|verloren) (?:zijn|haar|z'n|een) (?:linker|rechter)?(?:${PART_NL})\\b` +
    `|\\b(?:syn|har) (?:earm|skonk|foet|pols|knibbel|rêch|noas|hân|skouder) (?:brutsen|kneusd|ferstuikt)\\b`,
  'gi',
);
// Coming out: "came out to me as trans", "kwam uit de kast als bi", "is coming out as gay".
export const COMING_OUT_RE =
  /\b(?:came|come|comes|coming) out to (?:me|us|his|her|their|the class|the group|his parents|her parents)\b|\b(?:came|come|comes|coming) out (?:to [a-z]{1,12} )?as (?:gay|lesbian|bi|bisexual|trans|transgender|non-binary|nonbinary|queer|pan|pansexual|asexual|ace)\b|\b(?:kwam|komt|gekomen) (?:[a-z]{1,12} ){0,2}uit de kast(?: als [a-z-]{2,15})?|\buit als (?:bi|biseksueel|homo|lesbisch|lesbienne|trans|transgender|gay|queer|non-binair|panseksueel|aseksueel)\b/gi;
// A change of religion: "bekeerd tot het christendom", "converted to Islam", "is moslim geworden".
export const BIRTH_GIVEN_RE =
  /\b(?:bevallen|bevalt|beviel) van (?:een |de |haar )?(?:gezonde |prachtige |mooie )?(?:zoon|dochter|tweeling|baby|kindje|jongen|meisje|zoontje|dochtertje)\b|\bgave birth to (?:a |her |their )?(?:healthy |beautiful )?(?:son|daughter|twins|baby|boy|girl)\b/gi;
export const CONVERSION_RE =
  /\b(?:bekeerd|bekeerde|bekeert|bekeren) (?:zich )?tot (?:het |de )?[a-zà-ÿ]{4,20}|\b(?:converted|converts|converting) to (?:islam|christianity|judaism|buddhism|hinduism|catholicism|sikhism)\b|\b(?:moslim|christen|katholiek|boeddhist|joods) geworden\b/gi;
// Medication in lay words: "slikt pillen voor haar concentratie", "medicijnen tegen zijn epilepsie", "is on meds
// for anxiety", "takes tablets for his heart".
export const LAY_MEDICATION_RE =
  /\b(?:pillen|pilletjes|tabletten|medicijnen|medicatie|meds|pills|tablets|medication|medicine)\s(?:voor|tegen|for|against)\s(?:zijn|haar|z'n|his|her|their|hun|de|the)\s[a-zà-ÿ-]{3,25}|\b(?:slikt|slikken|slikte|takes|taking|is\son|are\son)\s(?:(?:al|nu|sinds|kort|weer|still|now|daily|dagelijks|elke|dag|some|strong|zware|sterke)\s){0,3}(?:pillen|pilletjes|tabletten|medicijnen|medicatie|meds|pills|tablets|medication)\b/gi;
// Illnesses named in two words: "glandular fever", "ziekte van Lyme", "hay fever", "chronic fatigue", "long covid".
export const ILLNESS_PHRASE_RE =
  /\b(?:(?:heeft|had|has|got|met|with|positief getest op|tested positive for|ziek van|down with) (?:de |the )?(?:corona|covid(?:-19)?)|glandular fever|hay fever|scarlet fever|chronic fatigue|ziekte van (?:lyme|pfeiffer|crohn|parkinson|alzheimer|kahler|hodgkin)|lyme disease|crohn's disease|chronisch (?:ziek|vermoeid)|chronically ill|(?:had|has|suffered|survived|getting over) (?:a )?(?:mild |minor |major |small |light |severe |massive )?(?:stroke|heart attack)|mental health (?:issues|problems|struggles)|psychische (?:problemen|klachten)|mentale problemen|panic attacks?|paniekaanvallen|(?:depressieve|psychische|psychotische|angst|burn-out|spannings)klachten|(?:depressieve|psychotische|psychische) klachten|(?:his|her|their) (?:recent |mild |minor |major |second )?stroke|epileptische aanval(?:len)?|suicidal thoughts|zelfmoordgedachten|suïcidale gedachten|self-harming|snijdt zichzelf|cuts (?:herself|himself|themselves))\b/gi;
// Pregnancy and faith in practice: "expecting a baby", "in blijde verwachting", "gaat elke vrijdag naar de moskee",
// "vast mee tijdens de ramadan", "is fasting for Ramadan", "viert het suikerfeest".
// One pattern per kind, not one alternation: the same language, but each small enough for recheck's exact
// (automaton) analysis in tests/unit/regex-safety.test.ts, where the single large one took its fuzzer 80 s.
export const PRACTICE_RES: readonly RegExp[] = [
  /\b(?:expecting (?:a baby|a little one|twins|their (?:first|second|third)|her (?:first|second|third)|a boy|a girl)|in blijde verwachting|baby on the way)\b/gi,
  /\b(?:gaat|gaan|ging|goes|go|went) (?:[a-zà-ÿ]+ ){0,2}(?:naar de (?:moskee|synagoge|kerk|mis)|to (?:the )?(?:mosque|synagogue|church|mass))\b/gi,
  /\b(?:vast|vasten|vastte|fasting|fasts|is fasting) (?:[a-zà-ÿ]+ ){0,8}(?:ramadan|suikerfeest)\b/gi,
  /\bramadan[,]? (?:[a-zà-ÿ]+ ){0,6}(?:vast|vasten|vastte|fasting|fasts)\b/gi,
  /\b(?:(?:is|are|was|were) fasting (?:this|for|during|all) (?:month|ramadan|the month)|vast (?:deze|de hele|heel de) maand)\b/gi,
  /\b(?:viert|vierde|vieren|vierden|celebrates|celebrated|celebrating) (?:[a-zà-ÿ]+ ){0,3}?(?:suikerfeest|offerfeest|eid|diwali|chanoeka|hanukkah|jom kipoer|yom kippur|holi|vaisakhi|pesach|loofhuttenfeest)\b/gi,
  // Frisian "giet nei de tsjerke", and the places of other faiths.
  /\b(?:giet|gean|gie|gong|gaat|gaan|ging|goes|go|went) (?:[a-zà-ÿ]+ ){0,3}?(?:nei (?:de )?(?:tsjerke|moskee|synagoge|mis)|naar (?:de )?(?:tempel|gurdwara|sjoel)|naar het vrijdaggebed|to (?:the )?(?:temple|gurdwara|shul|friday prayers?))\b/gi,
  // Taking part in Ramadan: "doet dit jaar mee aan de ramadan", "observes Ramadan", "takes part in Ramadan".
  /\b(?:doet|doen|deed|deden) (?:[a-zà-ÿ]+ ){0,3}?mee (?:aan|met) (?:de )?ramadan\b|\b(?:observes|observing|observed|takes part in|taking part in|took part in) (?:the )?ramadan\b/gi,
  // Breaking the fast at sunset ("to break the fast with her family", "het vasten verbreken").
  /\b(?:break|breaks|breaking|broke) (?:the|their|his|her) fast\b|\b(?:het |de )?vast(?:en)? (?:te )?(?:breken|verbreken|brak|verbrak)\b/gi,
  // Taken to a house of worship, or going there every week ("drives him to the mosque every Friday").
  /\b(?:brengt|bracht|rijdt|reed|gebracht|gereden|takes|took|drives|drove|driven|brings|brought) (?:[a-zà-ÿ]+ ){0,4}?(?:naar de (?:moskee|synagoge|kerk|mis)|to (?:the )?(?:mosque|synagogue|church|mass))\b/gi,
  // Prayer and dietary law as a person's practice: "bidt vijf keer per dag", "prays five times a day", "eet alleen
  // halal", "keeps kosher".
  /\b(?:bidt|bad|bidden|baden|prays|prayed|praying) (?:[a-zà-ÿ]+ ){0,2}(?:vijf keer|5 keer|five times|5 times|richting mekka|towards mecca|in de moskee|at the mosque|op zijn matje|op haar matje|on (?:his|her) (?:prayer )?mat)\b/gi,
  /\b(?:eet|at|aten|eten|eats|ate|keeps|kept|houdt) (?:alleen |enkel |strikt |only |strictly )?(?:halal|koosjer|kosher)\b|\b(?:houdt|hield|houden|keeps|kept|observes) (?:de |het |the )?(?:sabbat|sjabbat|shabbat|sabbath)\b/gi,
  // English confirmation and communion by its owner: "his confirmation", "her first communion" (not "the
  // confirmation email").
  /\b(?:his|her|their) (?:first |holy )?(?:confirmation|communion)(?! (?:e-?mail|mail|letter|code|number|link|of))\b|\b(?:got|was|were|is being|will be) confirmed (?:today |yesterday |last \w+ |this \w+ )?(?:at|in) (?:the )?(?:church|cathedral|st\.?|saint|parish)\b/gi,
];

// Sexual orientation told by a partner of the same sex: a possessive of one gender before a partner noun of the
// same ("his husband", "haar vrouw", "zijn man", Frisian "har frou"), or a friend as a partner with a verb of
// marrying or engagement before it ("getrouwd met haar vriendin", "engaged to her girlfriend"). A friend without
// such a verb stays a friend ("met haar vriendin winkelen"); "zijn man en vrouw" is a verb (they are husband and
// wife); plurals (girlfriends) are friends.
export const PARTNER_RES: readonly RegExp[] = [
  /\b(?:his|zijn|z'n|syn) (?:husband|fianc[eé]|echtgenoot|man|verloofde man)\b(?! en vrouw| and wife)|\b(?:her|haar|har) (?:wife|fianc[eé]e|echtgenote|vrouw|frou)\b(?! en man| and husband)/gi,
  /\b(?:getrouwd|trouwt|trouwen|trouwde|trouwden|troud|trout|ferloofd|verloofd|gaat trouwen|samenwonend|woont samen|married|marries|marrying|engaged|got engaged|dating|verkering) (?:[a-zà-ÿ]+ ){0,3}?(?:met|to|with|mei) (?:zijn|z'n|syn|his) (?:vriend|vriendje|boyfriend|freon)\b|\b(?:getrouwd|trouwt|trouwen|trouwde|trouwden|troud|trout|ferloofd|verloofd|gaat trouwen|samenwonend|woont samen|married|marries|marrying|engaged|got engaged|dating|verkering) (?:[a-zà-ÿ]+ ){0,3}?(?:met|to|with|mei) (?:haar|har|her) (?:vriendin|vriendinnetje|girlfriend|freondinne)\b/gi,
  // The wedding of two women or two men: "de bruiloft van Marloes en haar vriendin Dewi". Only the partner (the
  // group) is the finding, so the names inside stay names.
  /\b(?:bruiloft|trouwerij|huwelijk|trouwfeest|wedding|brulloft) (?:van|of|fan) (?:[\p{L}-]+ ){1,3}?(?:en|and|&) (haar vriendin|zijn vriend|her girlfriend|his boyfriend|har freondinne|syn freon)\b/giu,
  // Whom someone falls for: "hij valt op jongens", "dat ze op meisjes valt".
  /\b(?:valt|vallen|viel|vielen) (?:[a-zà-ÿ]+ ){0,2}?op (?:jongens|meisjes|mannen|vrouwen|beide|allebei)\b|\bop (?:jongens|meisjes|mannen|vrouwen) (?:valt|vallen|viel)\b/gi,
  // A child with two mothers or two fathers tells the parents' orientation.
  /\b(?:twee|two|2) (?:moeders|mama's|mamas|moms|mums|mammas|vaders|papa's|papas|dads|daddies)\b/gi,
];

// "gediagnosticeerd met …", "diagnosed with …": whatever follows is a diagnosis, known word or not.
export const DIAGNOSIS_RE = /\b(?:gediagnosticeerd met|gediagnostiseerd met|de diagnose|diagnosed with|diagnosis of) (?:een |a |an )?[a-zà-ÿ][a-zà-ÿ-]{1,30}/gi;

// Someone identifiable in the sentence: a third person, a named person or a person noun in the singular.
export const PERSON_REF_RE =
  /\b(?:hij|zij|ze|hem|haar|zijn|z'n|he|she|him|her|his|he's|she's|leerling|leerlinge|mijn (?:zoon|dochter|moeder|vader|broer|zus|buurman|buurvrouw|neef|nicht|vriend|vriendin|man|vrouw|schoonmoeder|schoonvader|opa|oma|oom|tante|zoontje|dochtertje|broertje|zusje|nichtje|neefje|partner)|collega|buurman|buurvrouw|buurjongen|buurmeisje|student|pupil|colleague|neighbour|neighbor|(?:mn|m'n|myn) (?:zoon|dochter|moeder|vader|broer|zus|man|vrouw|opa|oma|mem|heit|partner|vriend|vriendin|buurman|buurvrouw|collega)|my (?:son|daughter|mother|father|mum|mom|dad|brother|sister|friend|wife|husband|niece|nephew|grandma|grandpa|aunt|uncle|cousin|partner|boyfriend|girlfriend)|(?:onze|ons|our) (?:zoon|dochter|zoontje|dochtertje|jongste|oudste|son|daughter|boy|girl|kid)|(?:je|jouw|your|uw) (?:moeder|vader|zoon|dochter|broer|zus|oma|opa|mother|father|mum|mom|dad|son|daughter|brother|sister)|(?:in|uit|from) (?:klas )?(?:[1-6][a-z]|[hvma][1-6][a-z]?)|conrector|tutee|mentee|(?:the|that|this|de|die|dat|deze) (?:boy|girl|kid|lad|jongen|meisje|knul)|hy|sy|har|(?:myn|har|syn|dyn|us|ús) (?:mem|heit|beppe|pake|soan|dochter|broer|suster|freon|freondinne|omke|muoike|neef|nicht)|beppe|pake|(?:one of|een van|één van) (?:my|mijn|mn|m'n) (?:pupils|students|tutees|form tutees|mentees|leerlingen|mentorleerlingen|kids|year \d{1,2}s)|mr|mrs|ms|meneer|mevrouw|juf|meester|mentorleerling|mentorkind|teamleider|conciërge|rector)\b/i;
// The writer about themself: "ik ben (zelf) ook dyslectisch", "I have ADHD myself".
export const SELF_RE = /\b(?:ik ben|ik heb|ben ik|heb ik|ik zelf|i am|i'm|i have|i've|myself|mezelf|mijzelf)\b/i;
// Generic talk about the condition rather than about someone.
export const GENERIC_RE = /\b(?:leerlingen met|kinderen met|pupils with|students with|children with|people with|mensen met|over|about|awareness|bewustzijn|week van|day|dag van)\s*$/i;
/** "one of my pupils with autism", "een van mijn leerlingen met ADHD": one of a group is someone in particular. */
export const ONE_OF_BEFORE = /\b(?:one|een|één)\s+(?:of|van)\s+(?:my|our|the|mijn|mn|m'n|onze|de)\s+(?:\p{L}+\s+)?(?:pupils|students|kids|children|tutees|leerlingen|kinderen|mentorleerlingen)\s+(?:with|met)\s*$/iu;

const PERSON_REF_ALL = new RegExp(PERSON_REF_RE.source, 'gi');
/** Before a person noun: someone not identified ("een leerling die …", "a student", "elke collega"). */
export const INDEFINITE_BEFORE = /(?:^|[^\p{L}])(?:een|a|an|elke|iedere|every|any|geen|no|welke|which)\s+(?:\p{L}+\s+)?$/iu;
export const OWNED_AFTER = /^\s+(?:van\s+(?:me|mij|ons)|of\s+(?:mine|ours)|uit\s+(?:mijn|[1-6]|[hvm][1-6])|in\s+my|from\s+my)(?![\p{L}])/iu;
const PRONOUN_REF = /^(?:hij|zij|ze|hem|haar|zijn|z'n|he|she|him|her|his|he's|she's)$/i;

/**
 * A person the sentence is about and who can be told apart: a third-person pronoun, a possessive kin noun, a
 * title; a bare role noun only when it is not indefinite ("een leerling die …" is nobody in particular).
 */
/** A wish to someone in particular ("beterschap", "get well soon"): the sentence is about the one wished. */
export const WISH_RE =
  /(?<![\p{L}])(?:beterschap|sterkte|get\s+well|feel\s+better|speedy\s+recovery|spoedig\s+herstel|goed\s+herstel|voorspoedig\s+herstel|(?:weer\s+)?goed\s+met\s+(?:je|jou|jullie|hem|haar)\s+gaat|hope\s+(?:you|he|she)(?:'re|'s|\s+is|\s+are)\s+(?:feeling\s+)?better)(?![\p{L}])/iu;

function identifiablePerson(sentence: string): boolean {
  if (WISH_RE.test(sentence)) return true;
  PERSON_REF_ALL.lastIndex = 0;
  let seen = 0;
  for (let m = PERSON_REF_ALL.exec(sentence); m && seen < 20; m = PERSON_REF_ALL.exec(sentence), seen++) {
    if (PRONOUN_REF.test(m[0])) return true;
    if (!INDEFINITE_BEFORE.test(sentence.slice(Math.max(0, m.index - 20), m.index))) return true;
    // "een collega van me", "a student of mine", "een leerling uit 2B": indefinite in form, one person all the same.
    if (OWNED_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 16))) return true;
  }
  return false;
}

const SENTENCE_END = new Set(['.', '!', '?', '\n']);
/** A definite article (and at most one adjective) right before the condition: "the dementia", "de laatste chemo". */
export const THE_CONDITION_BEFORE = /(?:^|[^\p{L}])(?:the|de|het|die|deze|that|this)\s+(?:\p{L}+\s+)?$/iu;
/** A definition after the condition ("het autisme is een spectrum", "the flu is no joke") is talk about it in general. */
export const DEFINING_AFTER = /^\s+(?:(?:is|was|are|zijn|blijft|remains|isn't)\s+(?:een|a|an|geen|no|not|niet|vaak|often|meestal|usually)|betekent|means|treft|affects|komt\s+(?:vaak|veel)|is\s+common)(?![\p{L}])/iu;
/** A group or people in general: the condition is general talk, not one person's. */
export const GROUP_RE = /\b(?:leerlingen|kinderen|jongeren|mensen|ouders|patiënten|pupils|students|children|kids|people|parents|patients|everyone|iedereen|veel|many|most)\b/i;

function sentenceBounds(text: string, start: number, end: number): [number, number] {
  // At most 200 characters either way, so that text without full stops stays linear.
  let s = start;
  // An initial ("J.", "Mrs. H.") does not end a sentence.
  const initial = (i: number) => text[i - 1] === '.' && /\p{Lu}/u.test(text[i - 2] ?? '') && !/[\p{L}]/u.test(text[i - 3] ?? ' ');
  while (s > 0 && start - s < 200 && (!SENTENCE_END.has(text[s - 1]!) || initial(s))) s--;
  let e = end;
  while (e < text.length && e - end < 200 && !SENTENCE_END.has(text[e]!)) e++;
  return [s, e];
}

/** `scope`: the token pass, the whole-text patterns, or both (a long paste runs the token pass range by range). */
export function detectHealth(
  input: DetectorInput,
  persons: readonly { start: number; end: number }[],
  scope: 'all' | 'tokens' | 'text' = 'all',
): Candidate[] {
  const out: Candidate[] = [];
  const text = input.norm.text;
  // Whether a found name reaches into [s, e): persons are sorted, so binary search for the first one that ends
  // after s. A name that reaches into the sentence counts ("Mrs. Hoekstra had surgery": the title's full stop is
  // taken as a sentence end). Kept spans do not overlap, so their ends are sorted like their starts.
  const nameIn = (s: number, e: number): boolean => {
    let lo = 0;
    let hi = persons.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (persons[mid]!.end <= s) lo = mid + 1;
      else hi = mid;
    }
    return lo < persons.length && persons[lo]!.start < e;
  };
  const check = (start: number, end: number, inferable = true) => {
    const [s, e] = sentenceBounds(text, start, end);
    const before = text.slice(Math.max(s, start - 30), start);
    if (SELF_RE.test(before) || (GENERIC_RE.test(before) && !ONE_OF_BEFORE.test(text.slice(Math.max(s, start - 60), start)))) return;
    // "de rest was half in coma": a way of saying sleepy, not a coma.
    if (/\bhalf in $/i.test(before) && /^coma$/i.test(text.slice(start, end))) return;
    const named = nameIn(s, e);
    const sentence = text.slice(s, start) + ' ' + text.slice(end, e);
    if (!named && !identifiablePerson(sentence) && !(inferable && (THE_CONDITION_BEFORE.test(before) || /^\s*$/.test(text.slice(s, start))) && !DEFINING_AFTER.test(text.slice(end, end + 30)) && neighbourIsSubject(s, e, sentence))) return;
    out.push({ category: 'health', start, end, priority: 5 });
  };
  // "My dad fell again. The dementia is getting worse." / "De laatste chemo zit erop! Trots op mijn zus.": a
  // condition with a definite article ("the", "de", "die") in a sentence with no one in it is the condition of
  // someone already known, the person of the sentence right before or after. Not when that sentence is about a
  // group ("leerlingen", "people") or the writer ("I have"), not in a question, and not across a paragraph break.
  const personIn = (s: number, e: number): boolean => {
    if (s >= e) return false;
    const chunk = text.slice(s, e);
    return nameIn(s, e) || (identifiablePerson(chunk) && !SELF_RE.test(chunk));
  };
  const neighbourIsSubject = (s: number, e: number, sentence: string): boolean => {
    // A question ("Weet iemand hoe de dyslexiebegeleiding is op …?") asks about the thing, not about someone's.
    if (SELF_RE.test(sentence) || GROUP_RE.test(sentence) || text[e] === '?') return false;
    let p = s;
    while (p > 0 && /[\s.!?]/.test(text[p - 1]!) && text[p - 1] !== '\n') p--;
    if (p > 0 && p < s && !text.slice(p, s).includes('\n\n')) {
      const [ps] = sentenceBounds(text, p - 1, p);
      if (personIn(ps, p) && !GROUP_RE.test(text.slice(ps, p))) return true;
    }
    let n = e;
    while (n < text.length && /[\s.!?]/.test(text[n]!)) n++;
    if (n < text.length && !text.slice(e, n).includes('\n\n')) {
      const [, ne] = sentenceBounds(text, n, n + 1);
      if (personIn(n, ne) && !GROUP_RE.test(text.slice(n, ne))) return true;
    }
    return false;
  };
  const ownedInjury = (start: number, end: number) => {
    const before = text.slice(Math.max(0, start - 30), start);
    if (SELF_RE.test(before) || GENERIC_RE.test(before)) return;
    out.push({ category: 'health', start, end, priority: 5 });
  };
  const tokens = scope === 'text' ? [] : input.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const phrases = PHRASES.get(t.lower);
    let start = -1;
    let k = i;
    if (phrases) {
      for (const words of phrases) {
        k = i - words.length;
        if (k >= 0 && words.every((w, n) => tokens[k + n]!.lower === w && (n === 0 || tokens[k + n]!.before === '')) && t.before === '') {
          start = tokens[k]!.start;
          break;
        }
      }
      if (start >= 0 && PLACE_WORDS.has(t.lower)) {
        // A stay needs a verb of being or landing there within the three words before.
        let stay = false;
        for (let b = k - 1; b >= 0 && b >= k - 3 && !stay; b--) stay = STAY_VERBS.has(tokens[b]!.lower);
        // "je moeder in het ziekenhuis", "her dad in hospital": a kin noun right before is someone's stay.
        // An adverb may stand between ("is je moeder al uit het ziekenhuis?"), a verb may not ("werkt in het …").
        if (!stay && k > 0) stay = KIN_BEFORE_STAY.has(tokens[k - 1]!.lower) || (k > 1 && KIN_BEFORE_STAY.has(tokens[k - 2]!.lower) && STAY_ADVERBS.has(tokens[k - 1]!.lower));
        if (!stay) continue;
      }
    }
    if (start < 0) {
      // "hoofddoek-mevrouw", "adhd-medicatie": the first part of a hyphenated word names it too.
      const head = t.lower.includes('-') ? t.lower.slice(0, t.lower.indexOf('-')) : conditionOf(t.lower);
      if (!CONDITIONS.has(t.lower) && !(t.text.length > 8 && CONDITION_SUFFIX_RE.test(t.lower)) && !(head.length > 3 && CONDITIONS.has(head) && !NEEDS_STATE.has(head) && !CAPS_ONLY.has(head))) continue;
      if (CAPS_ONLY.has(t.lower) && !t.allCaps) continue;
      if (NEEDS_STATE.has(t.lower) && !(i > 0 && STATE_BEFORE.has(tokens[i - 1]!.lower) && t.before === '')) {
        const det = i > 0 && DETERMINERS.has(tokens[i - 1]!.lower) && t.before === '';
        const stateBeforeDet = det && i > 1 && STATE_BEFORE.has(tokens[i - 2]!.lower) && tokens[i - 1]!.before === '';
        const owned = det && OWNED_AFTER_NOUN.test(text.slice(t.end, t.end + 20));
        if (!stateBeforeDet && !owned) continue;
        start = tokens[i - 1]!.start;
      }
      if (start < 0) start = t.start;
    }
    // A compound whose first part names a condition ("de chemo-afdeling") is a ward or a policy as often as
    // someone's care: only a condition named in its own word is inferred to be a neighbour sentence's person's.
    check(start, t.end, !(t.lower.includes('-') && !CONDITIONS.has(t.lower)));
  }
  if (scope === 'tokens') return out;
  // "broke her wrist": the possessive is the person the injury is about, even when the name was missed.
  eachMatch(INJURY_RE, text, (m) => (/\b(?:his|her|zijn|haar|z'n)\b/i.test(m[0]) ? ownedInjury(m.index, m.index + m[0].length) : check(m.index, m.index + m[0].length)));
  eachMatch(DIAGNOSIS_RE, text, (m) => check(m.index, m.index + m[0].length));
  eachMatch(COMING_OUT_RE, text, (m) => check(m.index, m.index + m[0].length));
  eachMatch(CONVERSION_RE, text, (m) => check(m.index, m.index + m[0].length));
  eachMatch(BIRTH_GIVEN_RE, text, (m) => check(m.index, m.index + m[0].length));
  eachMatch(LAY_MEDICATION_RE, text, (m) => check(m.index, m.index + m[0].length));
  eachMatch(ILLNESS_PHRASE_RE, text, (m) => check(m.index, m.index + m[0].length));
  for (const re of PRACTICE_RES) eachMatch(re, text, (m) => check(m.index, m.index + m[0].length));
  for (const re of PARTNER_RES) {
    eachMatch(re, text, (m) => {
      const start = m[1] ? m.index + m[0].lastIndexOf(m[1]) : m.index;
      check(start, m.index + m[0].length);
    });
  }
  return out;
}
