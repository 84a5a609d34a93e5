// Word classes for the A8 grammar, Dutch and English, curated by hand (the HurtLex-derived nouns and adjectives
// that only count in a frame aimed at a person are in ../data/abuse-lexicon.generated.ts). Every list is turned
// into a set of matching keys (see keyOf in tokens.ts), so "sukkel", "sukel" and "$ukk3l" share one entry.
import {
  HURTLEX_EN_ADJECTIVES,
  HURTLEX_EN_NOUNS,
  HURTLEX_NL_ADJECTIVES,
  HURTLEX_NL_NOUNS,
} from '../data/abuse-lexicon.generated.ts';
import { keyOf, MAX_FUZZY_WORD, work } from './tokens.ts';

/** Whitespace between the words of a list. */
export const SPACES = /\s+/;

const set = (...lists: string[]): ReadonlySet<string> => {
  const s = new Set<string>();
  for (const l of lists) for (const w of l.split(SPACES)) if (w) s.add(keyOf(w));
  return s;
};

/** Second person: the reader is the target. */
export const P2 = set('je jij jou u uw jullie you ya youre ur yall ye jouw your yours jezelf yourself yourselves');
/** Second-person words that also carry the copula ("you're", "ur"). */
export const P2_COPULA = set("you're youre ur ure");
/** Third person pronouns that refer to people. */
export const P3 = set('hij zij ze hem haar he she him her they them hen hun');
export const P3_COPULA = set("he's she's hes shes they're theyre");
/** The writer: abuse of oneself is let through. */
export const SELF = set("ik i me mij mezelf mijzelf myself i'm im ikke we wij ons us ourselves onszelf");
export const SELF_COPULA = set("i'm im we're");
/** Words that point at a thing, not a person. */
export const THING = set("het it dit this dat that it's its dat's thats wat what");
/** Demonstratives that can pick out a person: "die klootzak", "that retard". */
export const DEMONSTRATIVE = set("die deze dat that this those these zo'n zon zulke such");

/** Nouns for people (singular and plural); compounds that end in one are people too (see PERSON_NOUN). */
const PERSON_BASE = set(`man mannen vrouw vrouwen jongen jongens meisje meisjes meid meiden kind kinderen kid kids
  leerling leerlingen docent docenten leraar leraren lerares juf juffen meester moeder moeders vader vaders ouder ouders
  buurman buurvrouw buren collega collega's gast gasten vent venten gozer gozers wijf wijven mens mensen persoon personen
  iemand figuur kerel kerels dude dudes guy guys girl girls boy boys woman women person people teacher teachers parent
  parents mother mothers father fathers mom mum mam mama dad pa ma papa neighbour neighbor neighbours neighbors student
  students pupil pupils colleague colleagues lady ladies bloke dochter zoon daughter son sister brother zus zusje broer
  broertje mevrouw meneer mr mrs ms miss sir klasgenoot klasgenoten classmate classmates coach trainer scheidsrechter
  referee scheids scheidsrechters directeur rector principal conciërge mentor type types human humans someone somebody individual kereltje
  chick bitch wench hoofd leider leiders begeleider chauffeur coördinator coordinator decaan stagiair stagiaire
  vrijwilliger manager boss baas bazin assistent assistant men kid head headteacher headmaster headmistress deputy familie family gezin`);
/**
 * A person noun, or a compound whose head is one: Dutch writes roles as one word ("conrector", "teamleider",
 * "gymleraar", "wiskundedocent"), and no list can hold every school role. Heads of five letters or more only,
 * with at least two letters before them, so short nouns ("man", "ma") do not match inside other words.
 */
let longestPerson = 0;
for (const k of PERSON_BASE) longestPerson = Math.max(longestPerson, k.length);
export const PERSON_NOUN = {
  has(k: string): boolean {
    if (PERSON_BASE.has(k)) return true;
    // Only tails as long as a listed noun can match, and no compound is longer than a word can plausibly be:
    // the work per word is bounded, whatever the draft holds.
    if (k.length > MAX_FUZZY_WORD * 2) return false;
    for (let i = Math.max(2, k.length - longestPerson); i + 5 <= k.length; i++) {
      work.steps += k.length - i;
      if (PERSON_BASE.has(k.slice(i))) return true;
    }
    return false;
  },
};
/** Heads that only insult with an insulting adjective: "luie zak", "hopeless case". */
export const INSULT_HEAD = set('zak zakken geval gevallen case cases exemplaar excuus excuse mormel ding');

/** Groups by religion, origin, colour, gender, sexual orientation, disability. */
export const GROUP = set(`moslims moslim muslims muslim moslima's islamieten joden jood jews jew christenen christians
  katholieken catholics hindoes hindus boeddhisten buddhists atheïsten atheists homo's homo homos gays gay lesbiennes lesbienne
  lesbians lesbian lesbo's transgenders transgender trans transen transpersonen bisexuals biseksuelen queers
  vrouwen women meisjes girls zwarten blacks negers neger buitenlanders buitenlander foreigners immigranten immigrant
  immigrants migranten migrant migrants vluchtelingen vluchteling refugees refugee asielzoekers asielzoeker
  gelukszoekers gelukszoeker allochtonen allochtoon marokkanen marokkaan turken turk polen pool surinamers surinamer antillianen afrikanen afrikaan
  africans arabieren arabier arabs aziaten asians chinezen chinees mexicans roma zigeuners zigeuner gypsies
  gehandicapten gehandicapte disabled autisten autist invaliden blinden doven deaf cripples kreupelen`);
/** Modifiers that, with "people/mensen", name a group: "black people", "gehandicapte mensen". */
export const GROUP_MOD = set(`zwarte black gay trans disabled gehandicapte homoseksuele joodse jewish islamitische
  moslim muslim buitenlandse foreign arabische arab asian aziatische afrikaanse african marokkaanse turkse
  lesbische lesbian queer poolse transgender bisexual jewish`);

/** Copulas and linking verbs. */
export const COPULA = set("isn't aren't wasn't weren't ain't " + 'worden is ben bent zijn was waren are am were be r being blijft blijf lijkt lijken lijk seems seem looks look wordt word become becomes bleek bleef remains zou zouden');
/** Words skipped between a frame word and its predicate. */
export const FILLER = set(`een a an zo so zo'n zon such echt echte really real gewoon just totally totaal totale complete
  completely complete total absolute absolutely truly utter ongelofelijk ongelooflijk onwijs enorm enorme super
  mega hartstikke ontiegelijk verschrikkelijk afschuwelijk unbelievably incredibly insanely ridiculously seriously damn
  fucking freaking bloody de the grootste biggest allemaal all ook also nog still altijd always
  wel toch eigenlijk actually basically simply honestly helemaal helemáál te too ontzettend extreem extremely very heel
  erg vreselijk nou now nu nogal rather pretty quite best little kleine klein beetje bit of van niks anders dan nothing
  but more meer than zoals like net as such`);
export const NEGATOR = set("geen niet not no never nooit n't isn't aren't wasn't weren't don't doesn't didn't won't can't cannot ain't shouldn't mustn't wouldn't couldn't niemand nobody none nowhere nergens");

/** Adjectives that derogate a person: predicate ("je bent dom") or before a person noun ("domme moslims"). */
export const NEG_ADJ = set(`dom domme domste stom stomme stomste achterlijk achterlijke achterlijkste debiel debiele
  lelijk lelijke lelijkste dik dikke vet vette lui luie waardeloos waardeloze incompetent incompetente zielig zielige
  walgelijk walgelijke vies vieze smerig smerige vuil vuile gestoord gestoorde gek gekke crimineel criminele primitief
  primitieve minderwaardig minderwaardige inferieur inferieure onderontwikkeld hopeloos hopeloze ellendig ellendige
  verachtelijk verachtelijke kansloos kansloze nutteloos nutteloze pathetisch irritant irritante weerzinwekkend
  weerzinwekkende misselijkmakend misselijkmakende dommer stupid stupidest dumb dumber dumbest ugly uglier
  ugliest fat fatter fattest lazy laziest worthless useless pathetic disgusting gross vile filthy dirty inferior
  subhuman primitive retarded thick hopeless brainless moronic idiotic despicable repulsive revolting twisted
  criminal miserable pitiful lying cheating stinking stinky smelly trashy nasty freaking freakin fucking fuckin bloody kankerlelijk
  kankerdom kutte leugenachtig leugenachtige asociaal asociale gluiperig gluiperige slappe perverse pervert smerig
  achterbakse hysterisch hysterische hysterical spineless ruggengraatloos fukin fking fkn fkin fckin fcking fcken kk kkr violent gewelddadig gewelddadige`);
/** Attributes that derogate when said of a whole group ("Black kids are all violent", "Girls are too emotional"),
 * but describe when said of one person ("die jongen is agressief" in an incident report). */
export const GROUP_ADJ = set('emotioneel emotionele emotional agressief agressieve aggressive crimineel criminele criminal gevaarlijk gevaarlijke dangerous onbetrouwbaar onbetrouwbare untrustworthy dishonest oneerlijk oneerlijke inferieur minder less zwak zwakke weak');
/** Disability words used as insults; only aimed at the reader or with mockery do they count. */
export const DISABILITY_ADJ = set('autistisch gehandicapt spastisch mongoloïde retarded autistic spastic spaz mentaal gestoord');

/** Nouns that insult whoever they are aimed at, with a demonstrative or any frame ("die sukkel"). */
export const INSULT_NOUN = set(`sukkel sukkels idioot idioten debiel debielen randdebiel eikel eikels lul lullen klier
  etterbak etter ettertje hufter hufters zakkenwasser klojo schoft schoften rotzak rotzakken vuilak smeerlap smeerlappen
  engerd viezerik griezel mafkees kneus domkop stomkop dombo mislukkeling nietsnut leugenaar leugenaars sufferd oen
  malloot uilskuiken zeikerd zeurpiet zeurkous snotaap snotneus hork lomperik lafaard loser losers lozer idiot idiots
  moron morons imbecile imbeciel cretin dumbass dickhead jerk jerks creep creeps freak freaks weirdo psycho psychopath
  lunatic maniac nutcase nutjob liar liars brat brats pervert perverts viespeuk viespeuken perverseling fuckwit
  fuckwits dickwad knobhead trol trollen kutvent weasel weasels klaploper klaplopers racist racisten
  scumbag scumbags bastard bastards asshole assholes arsehole arseholes prick pricks twat twats wanker wankers tosser
  douche douchebag dipshit shithead fuckface fucker fuckers dimwit halfwit nitwit numbskull bozo dork dweeb
  vetzak vetzakken dikzak dikzakken vetklep fatso fatty lardass puistenkop pizzagezicht lelijkerd brillenjood zittenblijver
  aansteller zielenpoot trut trutten bimbo skank
  autist spast spasticus mongool tard`);
/** Slurs: they insult wherever they stand, unless quoted, reported, negated or said of oneself. */
export const SLUR = set(`klootzak klootzakken klootviool kankerlijer kankerlijers kankerlijder teringlijer teringlijder
  tyfuslijer tyfuslijder pleurislijer klerelijer kolerelijer pokkenlijer kutwijf kutwijven kuttekop hoer hoeren slet
  sletten sloerie sletje hoertje mongool retard retards cunt cunts whore whores slut sluts motherfucker motherfuckers
  nigger niggers nigga niggas nikker nikkers negerhoer kike kikes faggot faggots fag fags flikker flikkers dyke
  dykes tranny trannies spic spics chink chinks paki pakis wetback gook raghead sandnigger towelhead kutmarokkaan
  kutmarokkanen kankermarokkaan kankerturk kankerjood kankerhomo geitenneuker geitenneukers makakken makak bosneger
  bitch bitches kankerjong kankerhoer tyfushoer teringhoer kankerwijf homo-ei poepchinees spleetoog spleetogen
  zandneger mof moffen rukker cocksucker makaak makaken`);
/** Dehumanising nouns: an insult when a person or group is said to be one ("jullie zijn ongedierte"). */
export const DEHUM = set(`scum vermin rats rat cockroaches cockroach parasites parasite animals animal beasts beast
  savages savage pigs pig trash garbage filth rubbish disease plague cancer apes monkeys monkey dogs dog swine
  insects insect leeches leech subhumans subhuman lowlife lowlifes ongedierte tuig schorem uitschot gespuis geteisem
  parasieten parasiet ratten rat kakkerlakken kakkerlak beesten beest dieren dier varkens varken apen wilden
  vuilnis afval vuil plaag ziekte kanker kankergezwel pest zwijnen zwijn honden hond luizen luis insecten
  onmensen untermenschen tuig crap shit stront troep bacteriën virus`);

/** Positive words that, negated and said of a person, derogate: "geen echt mens", "not real people". */
export const POSITIVE = set('mens mensen human humans person people persoon waard worth slim smart intelligent normaal normal welkom welcome capable gelijkwaardig equal vertrouwen trusted trustworthy betrouwbaar funny grappig schat schatje topper toppers kanjer kanjers held heldin engel star legend gem sweetheart darling');
/** Words that say "genuine" before a noun: negated with any person noun after them they deny someone's identity
 * ("geen echte Nederlander", "not a real girl", "never real Dutch people"). */
export const GENUINE = set('echt echte real true proper fatsoenlijk fatsoenlijke decent goed goede good');
export const NOTHING = set('niks niets nothing nix');
/** "minder slim", "less intelligent": a positive lessened. */
export const LESS = set('minder less');
/** Adjectives that, before a person noun, make it an insult ("een vreselijk mens", "a horrible woman"). */
export const BAD_PERSON_ADJ = set('vreselijk vreselijke verschrikkelijk verschrikkelijke afschuwelijk afschuwelijke naar nare rot rotte slecht slechte gemeen gemene terrible awful horrible horrid evil wretched');
/** Gladness and missing: "niemand is blij dat jij er bent", "nobody would miss you". */
/** Smelling said of a person ("stinken", "smells like"): "smell" only with "like/of/bad". */
export const STINK = set('stinkt stinken stink stinks stonk stank reek reeks smell smells smelt');
// Also English "reek(s)", which is Dutch for a series: only with what it smells of.
export const SMELL = set('smell smells smelt reek reeks');
/** Verbs of belonging and permission that, negated of a group, exclude it. */
export const EXCLUDE_BELONG = set('thuishoren thuishoort horen hoort belong belongs welkom welcome');
export const EXCLUDE_ALLOW = set('allowed toegestaan mogen mag permitted');
/** Verbs that blame a group for ruin or crime. */
export const RUIN = set('ruining ruin ruins ruined destroying destroy destroys verpesten verpest verzieken verziekt verneuken verneukt stealing steal steals stelen stelen jatten pikken invading overspoelen');
/** Words for how someone looks, mocked with laughter ("look at his teeth lol"). */
export const LOOKS = set('teeth tanden hair haar haren kapsel clothes kleren trainers schoenen shoes bril glasses beugel braces oren ears neus nose face gezicht kop buik belly thighs dijen');
/** A member named by what they are, for implicit derogation ("for a girl", "voor een Marokkaan"). */
export const MEMBER = set('girl meisje meid vrouw woman blondje black zwarte wheelchair rolstoel moslim muslim jood jew homo gay marokkaan turk allochtoon immigrant migrant vluchteling refugee');
/** Praise that, qualified "for a <group>", derogates the group. */
export const PRAISE = set('smart slim goed good well knap clever bright verrassend surprisingly articulate welbespraakt well-spoken wellspoken bad intelligent netjes');
/** "Natuurlijk", "of course", "typisch": the expected culprit. */
export const OF_COURSE = set('natuurlijk uiteraard typisch typical obviously');
/** "Jammer dat …", "too bad that …": regret that someone is a member of a group. */
export const PITY = set('jammer helaas shame unfortunately pity');
export const GLAD = set('blij happy mist miss missen mis');

/** Verbs of hatred and contempt aimed at an object. */
export const HATE = set('haat haten haatte hate hates hated hating despise despises despised loathe loathes detest detests verafschuw verafschuwen verafschuwt walg walgen walgt minacht minachten hekel afkeer');
/** "X disgust(s) me", "maken me misselijk". */
export const DISGUST = set('disgust disgusts sicken sickens walgelijk');
export const SICK = set('sick ziek misselijk kotsmisselijk kotsen');
export const MAKE = set('make makes made maken maakt maak');

/** Verbs that hurt or kill a person; with a person object and a first-person, modal or imperative frame, a threat. */
export const VIOLENT = set(`slash slashen deport deporteren uitschoppen kill kills killing murder murders stab stabs shoot strangle strangles choke hang lynch rape
  hurt punch smash slit burn drown torture gas slaughter butcher behead execute exterminate strangle suffer shank
  vermoord vermoorden vermoordt wurg wurgen verkracht verkrachten doodmaken doodslaan doodschieten neersteken
  neerschieten afmaken kapotmaken afslachten slacht slachten ophangen opknopen verzuipen verdrinken mishandel
  mishandelen flikkeren pleuren smijten martel martelen vergas vergassen onthoofden onthoofd neerknallen kapotslaan doodsteken abuse`);
/** Past participles: "should be shot", "moeten vergast worden". */
export const VIOLENT_PART = set(`killed murdered shot hanged hung lynched stabbed beaten burned burnt drowned gassed
  tortured slaughtered executed exterminated eradicated deported raped punished strung afgeschoten doodgeschoten
  opgehangen vergast verbrand afgemaakt uitgeroeid vermoord geëxecuteerd verdronken uitgezet gedeporteerd geslagen
  gemarteld verkracht onthoofd afgeslacht opgeknoopt neergeschoten uitgeschakeld gestenigd stoned geschopt
  weggejaagd afgestraft`);
/** Separable Dutch verbs: stem now, particle later ("ik maak je af", "ik sla je in elkaar"). */
export const VIOLENT_STEM = set('prik prikken maak maken sla slaan trap trappen steek steken schiet schieten knal knallen schop schoppen ram rammen mep meppen timmer doe doen breek breken ga gaan beat beats kick kicks take');
export const VIOLENT_PARTICLE = set('af dood neer kapot elkaar verrot lens bewusteloos overhoop halfdood kreupel moes pijn up out down lek');
/** Property that, smashed or slashed with the reader's or a person's possessive, makes a threat ("slaan we uw ruiten in"). */
export const PROPERTY = set('ruiten ruit ramen raam banden band tyres tires windows window car auto huis house fiets bike');
/** Nouns of a beating or a shot: with a modal or "verdient" and a person, a normative threat ("moet een pak slaag krijgen"). */
export const HARM_NOUN = set('slaag rammel klap klappen mep dreun oplawaai aframmeling schop trap beuk kogel kogels smack beating hiding kicking slap bullet bullets');
/** Phrases of harm that need a person object and a modal, first person or wish ("zo iemand moet je van het dak gooien"). */
export const PERSON_HARM_PHRASES: readonly string[] = [
  'van het dak gooien', 'van een dak gooien', 'van het dak * gooien', 'uit het raam gooien', 'uit het raam * gooien',
  'off the roof', 'off a roof', 'out of the window', 'out of * window', 'out the window', 'run * over', 'put down',
  'been put down', 'voor de trein', 'in front of a train', 'onder de trein', 'kogel door', 'bullet in', 'bullet through',
  'land uitschoppen', 'land uitgooien', 'land uitzetten', 'het land uit', 'kicked out of the country',
];
/** Body parts that, broken or smashed, make a threat ("ik breek je nek", "smash your face"). */
export const BODY = set('bek muil snoet smoelwerk mouth gob nek benen been botten kaak kop hoofd gezicht smoel neus tanden ribben armen neck legs leg bones jaw head face teeth nose ribs arms skull schedel');
export const BREAK = set('breek breken break snap smash bash kick trap sla');
/** Threat subject: the writer, or a modal frame that says it should happen. */
export const FIRST = set("ik i we wij i'll ill we'll i'm im gonna ima imma i'd");
export const MODAL = set('moet moeten should must ought need needs verdient verdienen deserve deserves deserved zou zouden horen hoort mogen');
export const WISH = set('hoop hope hoped wish wens wenst');
export const DIE = set('die dies dying dood dead doodgaat doodgaan sterft sterven sterf creperen crepeert crepeer verrekken verrekt stikken stikt');
/** Verbs of abuse and mocking that, with "let's/we/everyone", call others to pile on. */
export const PILE = set('negeren ignore uitlachen laugh lachen pesten bully buitensluiten exclude blokkeren spammen spam roasten roast uitschelden expose bespotten mock haten');
export const PILE_CALL = set("laten let's lets iedereen everyone everybody allemaal jullie we");
export const SHARE = set('deelt deel share delen stuur forward retweet repost verspreid spread doorsturen');
/** Curse words that intensify rather than describe ("fucking", "bloody"). */
export const CURSE_WORD = set('fucking fuckin freaking freakin bloody kk kkr fukin fking fkn fkin fckin fcking fcken damn');
export const NOBODY = set('niemand nobody noone');
export const LIKE = set('wil mag vindt likes wants loves cares houdt want like love');

/** Reported, quoted or condemned abuse: the sentence is about the words, not using them. */
export const REPORT = set(`noemen noemde noemden noemt noem genoemd calling call called calls scheldt schold schelden
  uitschelden uitgescholden zeggen zegt zei zeiden say saying said says tells told schreef schreven wrote riep roepen
  shouted yelled gebruiken woord woorden words term`);
export const CONDEMN = set(`racisme racistisch racism seksistisch seksisme sexism homofoob homofobie
  homophobic homophobia discriminatie discriminerend discrimination kwetsend hurtful beledigend offensive slur scheldwoord
  acceptabel acceptable accepteren accept oké okay ok tolerated tolereren meld melden report reported geschorst
  suspended verboden banned onacceptabel unacceptable`);
/** Laughter and affection that make a mild insult to the reader banter. */
export const LAUGH = set('haha hahaha hihi lol lmao xd xD love luv grapje jk kidding schat lieverd gekkie tot');

/** Swear words that only intensify: "kanker moeilijk", "fucking hard" (no target, no finding). */
export const CURSE_PREFIX = ['kanker', 'tering', 'tyfus', 'pleuris', 'klere', 'kolere', 'kut', 'rot', 'pokken', 'vuile'];

/** Aimed profanity, as key sequences; "*" stands for up to two filler words ("rot toch op"). */
export const PROFANITY_PHRASES: readonly string[] = [
  'fuck you', 'fuck u', 'fuck off', 'fuck yourself', 'go fuck', 'screw you', 'screw u', 'kiss my ass', 'kiss my arse',
  'shut the fuck up', 'stfu', 'eat shit', 'suck my dick', 'go to hell', 'drop dead', 'kill yourself', 'kys', 'go die',
  'piss off', 'sod off', 'f off', 'fuck off',
  'rot * op', 'flikker * op', 'sodemieter * op', 'lazer * op', 'tyfus * op', 'kanker * op', 'tering * op', 'pleur * op',
  'donder * op', 'krijg * de tering', 'krijg * de kanker', 'krijg * de tyfus', 'krijg * de klere', 'krijg * de pest',
  'krijg * de pleuris', 'krijg * de kolere', 'krijg * kanker', 'hou je bek', 'hou je kop', 'hou je smoel', 'hou je muil',
  'hou je waffel', 'houd je bek', 'kus mijn reet', "kus m'n reet", 'kus mijn kont', 'val dood', 'ga dood', 'stik erin',
  'zuig mijn lul', 'maak jezelf van kant', 'maak jezelf af', 'pleeg zelfmoord', 'je moeder is een hoer', 'your mom is a whore',
];

/** Threat phrases that need no analysis: "ik weet waar je woont", "you're dead meat". */
export const THREAT_PHRASES: readonly string[] = [
  'i know where you live', 'i know where u live', 'weet waar je woont', 'weet waar jij woont', 'we komen je halen',
  'ik kom je halen', 'we komen jou halen', 'jij gaat eraan', 'je gaat eraan', 'je bent dood', 'jij bent dood',
  "you're dead", 'you are dead', 'youre dead', 'i will find you', "i'll find you", "i'm coming for you",
  'we will find you', 'watch your back', 'watch ur back', 'je bent er geweest', 'dood aan', 'death to',
  'ik maak je af', 'ik maak jou af', 'you will die', 'you will regret', "you'll regret", 'je gaat spijt krijgen',
  'je krijgt spijt', 'you will pay', "you'll pay", 'dan ben je dood', 'je leven is niet veilig', 'your days are numbered',
  // Veiled threats: harmless words one by one.
  'je gaat * spijt', 'jij gaat * spijt', 'je zult * spijt', 'krijg je * spijt', 'je krijgt * spijt', "you'll * regret",
  'you will * regret', 'you are going to regret', "you're going to regret", 'youre going to regret',
  "a lesson he won't forget", "a lesson she won't forget", "a lesson you won't forget", "a lesson they won't forget",
  'a lesson he will never forget', 'a lesson you will never forget', 'hem * een lesje leren', 'haar * een lesje leren',
  'je * een lesje leren', 'jou * een lesje leren', 'jullie * een lesje leren', 'leer ik je * een lesje',
  'leer ik hem * een lesje', "get what's coming", "gets what's coming", "getting what's coming", 'make his life hell',
  'make her life hell', 'make your life hell', 'make ur life hell', 'make their life hell', 'make * life a living hell',
  'make * life miserable', 'maak * leven zuur', 'maak * leven kapot', 'maak * leven tot een hel', 'ik pak je nog',
  'pak ik je nog', 'ik pak jou nog', 'ik pak hem nog', 'die krijgen we nog', 'die krijg ik nog', 'ik krijg je nog',
  'we krijgen je nog', 'we pakken je nog', 'weten je * te vinden', 'weet je * te vinden', 'weet hem * te vinden',
  'weet jou * te vinden', 'weet waar hij woont', 'weet waar ze woont', 'weet waar zij woont', 'i know where he lives',
  'i know where she lives', 'i know who you are', 'gaat hiervoor boeten', 'gaat daarvoor boeten', 'gaat * boeten',
  'gaan * boeten', 'zal * boeten', 'weet wie je bent', 'weet wie jij bent', 'weet wie jullie zijn', 'weet wie u bent',
  'te grazen nemen', 'goed te pakken nemen', 'zul je het merken', 'zult het merken', 'zal je het merken', 'zul * boeten', "you're going to pay", 'youre going to pay', 'you are going to pay',
  "he's going to pay", "she's going to pay", "he'll pay", "she'll pay", 'kijk maar uit', 'pas maar op', 'wacht maar af',
  'just you wait', 'je gaat eraan', 'je bent de lul', 'ben je * geweest', 'ben jij * geweest', 'watch yourself',
];

// HurtLex nouns and adjectives, and animal and other words that insult only when said of a person: only in a
// frame aimed at a person.
export const HURT_NOUN = set(HURTLEX_NL_NOUNS, HURTLEX_EN_NOUNS, 'thief thieves dief dieven dievegge terrorist terrorists terroristen terrorist uitkeringstrekker uitkeringstrekkers profiteur profiteurs tokkie tokkies koe koeien cow cows heks witch hag tang teef apen mol clown clowns fool fools rat rats parasiet parasieten parasite leech ho hoe varken pig');
export const HURT_ADJ = set(HURTLEX_NL_ADJECTIVES, HURTLEX_EN_ADJECTIVES);

/** Multi-word insults, as key sequences: "stuk vuil", "piece of shit", "hopeless case". */
export const INSULT_PHRASES: readonly string[] = [
  'stuk vuil', 'stuk stront', 'stuk shit', 'stuk ongeluk', 'stuk onbenul', 'stuk chagrijn', 'stuk vreten', 'stuk tuig',
  'piece of shit', 'piece of garbage', 'piece of trash', 'piece of crap', 'piece of filth', 'waste of space',
  'waste of oxygen', 'waste of air', 'excuse for a human', 'hopeless case', 'hopeloos geval', 'son of a bitch',
  'zoon van een hoer', 'blinde mol', 'ziek in hun hoofd', 'ziek in je hoofd', 'ziek in zijn hoofd', 'ziek in haar hoofd',
  'ziek in het hoofd', 'sick in the head', 'gestoord in hun hoofd', 'gestoord in je hoofd', 'human garbage', 'human trash', 'menselijk afval', 'lowlife', 'low life',
];

// Word classes only the learned model reads (learned.ts C): kinds of words that carry implicit derogation and
// school bullying without an abusive word, so the model can weigh a frame ("nobody + wants + you", "everyone +
// share + her address") over words it never saw in that frame. Kept general (function and social words, not
// insults), so they carry to new wording instead of listing cases.
/** Being with others: what exclusion takes away ("niemand wil jou erbij", "nobody sits with her"). */
export const SOCIAL = set(`erbij mee samen vriend vrienden vriendin vriendinnen vriendje friend friends mate mates buddy invite invited
  uitnodigen uitgenodigd spelen speelt play plays playing zitten zit sit sits sitting naast next team teams groep groepje group
  partner feestje party parties hangen hang praten praat talk talks talking kiezen kiest pick picks chosen gekozen klassenapp groupchat
  groepsapp appgroep chat erin inviten welkom welcome buiten outside alleen alone`);
/** Exposure and piling on: personal details and the acts of spreading them ("zijn adres", "screenshot", "report"). */
export const EXPOSE = set(`adres address adressen nummer number telefoonnummer phone wachtwoord password account insta instagram tiktok
  snap snapchat screenshot screenshots foto fotos photo photos pic pics dm dms filmpje video filmen film filmed opnemen
  posten post posted posting plaatsen zet zetten spam spammen report reporten rapporteer expose exposen doorsturen forward`);
/** Traits pupils are mocked for: looks, body, speech, grades, money, background. */
export const TRAIT = set(`dik dikke dikker fat fatter fatty dun mager skinny lang klein short tall bril glasses beugel braces puisten
  pimples acne spots zweet sweat sweats stinkt stinks smells stottert stottteren stutter stutters stuttering accent lispelt lisp
  kleding clothes kleren schoenen shoes nep fake goedkoop cheap arm poor armoede poor kapsel haircut haar hair oren ears neus
  nose tanden teeth gewicht weight cijfer cijfers grade grades onvoldoende fail failed zakt zakte blijft zitten hoofddoek
  headscarf hijab kleur colour color huidskleur rolstoel wheelchair gehoorapparaat autisme autism adhd dyslexie dyslexia
  gehandicapt handicap kruk crutches lelijk lelijke ugly uglier vies vieze gross smerig smerige dirty`);
/** Markers of implicit derogation and insinuation ("vast alleen omdat", "for a girl", "typical", "zeker weer"). */
export const INSINUATE = set(`vast zeker alleen only just omdat because want vanwege typisch typical typically natuurlijk uiteraard
  obviously of course weer again altijd always nooit never zulke such soort kind sort those die dat mensen people zoals like
  voor for iemand someone somebody surprisingly verrassend best eigenlijk actually apparently blijkbaar kennelijk hoor`);
/** Sarcasm and mock praise ("wow, knap hoor", "goh", "congrats genius"). */
export const SARCASM = set(`wow goh tjonge jeetje nou well sure tuurlijk zeker knap bravo congrats gefeliciteerd genius genie
  lekker mooi nice great geweldig briljant brilliant impressive indrukwekkend slimmerik smartass prinses princess held hero`);
