// Functional cases for A8, written from the taxonomy of abusive language (threats, derogation, slurs, profanity,
// pronoun reference, negated positives, questions and opinions, spelling variants, school bullying) before the
// rule was rebuilt, Dutch and English, with contrast cases that must pass (counter-speech, negation, neutral
// and positive group mentions, profanity with no target, abuse of objects, self-deprecation, banter).
// Written by hand for this project; no case is taken from a public test suite.

export type Lang = 'nl' | 'en';
export interface Case {
  cat: string;
  lang: Lang;
  fire: boolean;
  text: string;
}

const c = (cat: string, lang: Lang, fire: boolean, texts: string[]): Case[] => texts.map((text) => ({ cat, lang, fire, text }));

export const FUNCTIONAL_CASES: Case[] = [
  // Direct threats.
  ...c('threat', 'nl', true, [
    'Ik breek je nek als ik je zie',
    'Ik ga je vermoorden',
    'Wie aan mijn kind komt, die maak ik af',
    'Ik sla je morgen helemaal in elkaar',
    'Ik steek je neer na school',
    'We komen je halen, let maar op',
    'Jij gaat eraan vrijdag',
    'Ik doe je pijn, dat beloof ik je',
  ]),
  ...c('threat', 'en', true, [
    "I'm going to break your neck",
    'I will hurt you if you say that again',
    'Touch my kid again and I will kill you',
    "I'm gonna beat you up after school",
    'I will find you and make you suffer',
    "You're dead meat tomorrow",
    'I swear I will stab him',
    "We'll burn your house down",
  ]),
  ...c('threat', 'nl', false, [
    'Ik ga deze printer kapotslaan, hij doet het weer niet',
    'Ik vermoord de tijd met een goed boek',
    'Morgen ga ik de toetsen nakijken',
    'Ik sla deze vraag even over',
    'Ik schiet even een foto van de klas',
    'Wie aan de koekjes komt, krijgt met mij te maken 😂',
  ]),
  ...c('threat', 'en', false, [
    "I'd kill for a coffee right now",
    'I will beat my personal record this weekend',
    "I'm going to shoot a video of the science fair",
    'That comedian killed it last night',
    'I will smash this exam',
    'We are killing time before the bus arrives',
  ]),
  // Threats stated as what should happen.
  ...c('threat-normative', 'nl', true, [
    'Zo iemand moet je gewoon doodschieten',
    'Die moeten ze allemaal ophangen',
    'Moslims moeten het land uit geschopt worden',
    'Je verdient de dood',
    'Ik hoop dat je doodgaat',
    'Homo\'s zouden afgeschoten moeten worden',
    'Iemand moet die vent eens flink in elkaar slaan',
    'Dood aan alle Joden',
  ]),
  ...c('threat-normative', 'en', true, [
    'You deserve to die',
    'People like him should be shot',
    'Immigrants should all be deported and drowned',
    'Someone should beat that kid up',
    'I hope you die in a fire',
    'All gays should be locked up and killed',
    'Kill all the muslims',
    'Death to all immigrants',
  ]),
  ...c('threat-normative', 'nl', false, [
    'Dat oude gebouw moet gewoon gesloopt worden',
    'Die regel moet je afschaffen',
    'Niemand verdient de dood, ook hij niet',
    'Onkruid moet je met wortel en al uittrekken',
    'De planten moeten nog water krijgen',
  ]),
  ...c('threat-normative', 'en', false, [
    'That rule should be killed off',
    'Nobody deserves to die like that',
    'The old gym should be demolished',
    'Weeds should be pulled out by the roots',
    'I hope you have a great holiday',
  ]),
  // Derogation by negative emotion.
  ...c('derogation-emotion', 'nl', true, [
    'Ik haat je',
    'Ik haat moslims',
    'Ik walg van jou',
    'Ik kan die vrouw niet uitstaan, ze is walgelijk',
    'Homo\'s vind ik walgelijk',
    'Jullie maken me misselijk',
  ]),
  ...c('derogation-emotion', 'en', true, [
    'I hate you',
    'I hate black people',
    'You disgust me',
    'I despise women like her',
    'Muslims make me sick',
    'God I hate that teacher so much',
  ]),
  ...c('derogation-emotion', 'nl', false, [
    'Ik haat maandagen',
    'Ik haat het als de trein vertraging heeft',
    'Ik haat je niet, ik ben alleen teleurgesteld',
    'Ik hou van jullie allemaal ❤️',
    'Ik walg van spruitjes',
  ]),
  ...c('derogation-emotion', 'en', false, [
    'I hate Mondays',
    "I don't hate you, I'm just tired",
    'I hate it when the printer jams',
    'I love my students so much',
    'Broccoli makes me sick',
  ]),
  // Derogation by negative attributes.
  ...c('derogation-attribute', 'nl', true, [
    'Je bent zo dom',
    'Vrouwen zijn dom en lui',
    'Marokkanen zijn allemaal criminelen',
    'Die nieuwe juf is echt achterlijk',
    'Jij bent walgelijk',
    'Gehandicapten zijn waardeloos',
  ]),
  ...c('derogation-attribute', 'en', true, [
    'You are so stupid',
    'Women are too dumb to lead',
    'Black people are lazy',
    'That parent is a disgusting human being',
    'Gay people are disgusting',
    'Disabled people are worthless',
  ]),
  ...c('derogation-attribute', 'nl', false, [
    'Vrouwen zijn net zo slim als mannen',
    'Deze printer is waardeloos',
    'Die toets was dom moeilijk',
    'Marokkanen vieren vandaag het Suikerfeest',
    'Je bent niet dom, je moet gewoon meer oefenen',
  ]),
  ...c('derogation-attribute', 'en', false, [
    'Women are brilliant scientists',
    'This laptop is worthless',
    'Black people have contributed so much to music',
    'You are not stupid, you just need practice',
    'The movie was stupid but fun',
  ]),
  // Dehumanising comparisons.
  ...c('derogation-dehumanise', 'nl', true, [
    'Jij bent tuig',
    'Vluchtelingen zijn ongedierte',
    'Die mensen zijn net ratten',
    'Jullie zijn beesten',
    'Moslims zijn een plaag voor dit land',
    'Jij bent uitschot',
  ]),
  ...c('derogation-dehumanise', 'en', true, [
    'You are scum',
    'Immigrants are vermin',
    'Those people are animals',
    'Muslims are a cancer on this country',
    'You are trash',
    'Refugees are cockroaches',
  ]),
  ...c('derogation-dehumanise', 'nl', false, [
    'Ratten zijn ongedierte, zet een val',
    'Deze computer is echt afval',
    'Die film was rommel',
    'Vluchtelingen zijn welkom in onze school',
    'Ik heb de hele middag ongedierte bestreden in de schuur',
  ]),
  ...c('derogation-dehumanise', 'en', false, [
    'Rats are vermin, call pest control',
    'This printer is trash',
    'Those animals at the zoo were beautiful',
    'Refugees are people like us',
    'Cockroaches are hard to get rid of',
  ]),
  // Implicit derogation.
  ...c('derogation-implicit', 'nl', true, [
    'Vrouwen horen in de keuken, niet in de klas',
    'Mensen zoals jij zouden geen kinderen mogen krijgen',
    'Zwarten horen hier niet thuis',
    'Ga terug naar je eigen land',
  ]),
  ...c('derogation-implicit', 'en', true, [
    'Women belong in the kitchen',
    'People like you should not be allowed to teach',
    'Go back to your own country',
    'Immigrants do not belong here',
  ]),
  ...c('derogation-implicit', 'nl', false, [
    'Iedereen hoort erbij op onze school',
    'De pannen horen in de keuken',
    'Mensen zoals jij maken de wereld mooier',
  ]),
  ...c('derogation-implicit', 'en', false, [
    'Everyone belongs here',
    'The pans belong in the kitchen',
    'People like you make this school great',
  ]),
  // Slurs.
  ...c('slur', 'nl', true, [
    'Vuile kankerlijer',
    'Wat een mongool',
    'Hij is een vieze flikker',
    'Dat is een echte kutmarokkaan',
    'Die slet uit 3b',
    'Klootzak',
  ]),
  ...c('slur', 'en', true, [
    'You retard',
    'She is a whore',
    'Shut up faggot',
    'That cunt from next door',
    "He's a dirty kike",
    'Stupid bitch',
  ]),
  ...c('slur', 'nl', false, [
    'Collecte voor KWF Kankerbestrijding',
    'Het woord "mongool" gebruiken we niet meer, dat is kwetsend',
    'De mongolen veroverden een groot rijk',
    'Een teef is een vrouwelijke hond',
  ]),
  ...c('slur', 'en', false, [
    'The word "retard" is a slur and we do not use it',
    'Our dog had puppies; she is a lovely bitch from a great breeder',
    'Calling someone a faggot is homophobic',
    'The Mongol empire was vast',
  ]),
  // Profanity aimed at a person.
  ...c('profanity-aimed', 'nl', true, [
    'Rot op jij',
    'Krijg de tering',
    'Hou je bek, kankerjong',
    'Flikker toch op met je gezeur',
    'Kus mijn reet',
  ]),
  ...c('profanity-aimed', 'en', true, [
    'Fuck you',
    'Go fuck yourself',
    'Shut the fuck up you idiot',
    'Screw you and your stupid rules',
    'Kiss my ass',
  ]),
  ...c('profanity-aimed', 'nl', false, [
    'Kut, ik heb de bus gemist',
    'Shit, mijn koffie is koud',
    'Verdomme wat een regen',
    'Godverdomme, alweer een lekke band',
  ]),
  ...c('profanity-aimed', 'en', false, [
    'Fuck, I missed the bus',
    'Holy shit, what a game',
    'Damn, this coffee is cold',
    'What the hell happened to the wifi',
  ]),
  // Abuse referring back to someone in a later clause or sentence.
  ...c('pronoun-reference', 'nl', true, [
    'Ken je die nieuwe buurman? Hij is een echte klootzak.',
    'Ik heb de moeder van Tim gesproken. Wat een dom wijf is dat.',
    'Die jongen uit 2a, ik haat hem',
  ]),
  ...c('pronoun-reference', 'en', true, [
    'Met the new neighbour today. He is a total moron.',
    'Have you seen that girl from class? She is so ugly.',
    'My sister is dating a guy, I hate him',
  ]),
  ...c('pronoun-reference', 'nl', false, [
    'Ken je die nieuwe buurman? Hij is echt aardig.',
    'Ik heb de moeder van Tim gesproken. Wat een fijne vrouw.',
  ]),
  ...c('pronoun-reference', 'en', false, [
    'Met the new neighbour today. He is really kind.',
    'Have you seen my new phone? It is so ugly, haha.',
  ]),
  // Negated positive statements.
  ...c('negated-positive', 'nl', true, [
    'Jij bent geen echt mens',
    'Je bent niks waard',
    'Vrouwen zijn niet slim genoeg voor de wiskunde',
    'Jij verdient het niet om te leven',
  ]),
  ...c('negated-positive', 'en', true, [
    'You are not a real human',
    'You are worth nothing',
    'Muslims are not real people',
    "You don't deserve to live",
  ]),
  ...c('negated-positive', 'nl', false, [
    'Jij bent geen slecht mens',
    'Dat is niks waard, die oude telefoon',
    'Je bent niet alleen, we helpen je',
  ]),
  ...c('negated-positive', 'en', false, [
    'You are not a bad person',
    'This old phone is worth nothing',
    'You are not alone, we are here for you',
  ]),
  // Abuse phrased as a question.
  ...c('question', 'nl', true, [
    'Waarom ben je zo dom?',
    'Ben jij echt zo achterlijk?',
    'Wie heeft die lelijke trut uitgenodigd?',
  ]),
  ...c('question', 'en', true, [
    'Why are you such an idiot?',
    'Are you retarded or something?',
    'Who invited that fat cow?',
  ]),
  ...c('question', 'nl', false, ['Waarom ben je zo blij vandaag?', 'Ben jij morgen op school?']),
  ...c('question', 'en', false, ['Why are you so happy today?', 'Are you coming to the meeting?']),
  // Abuse phrased as an opinion.
  ...c('opinion', 'nl', true, [
    'Volgens mij ben jij gewoon een idioot',
    'Ik vind moslims ongedierte',
    'Ik denk dat die leraar een sukkel is',
  ]),
  ...c('opinion', 'en', true, [
    'I think you are an idiot',
    'In my opinion immigrants are scum',
    'Honestly I believe women are inferior',
  ]),
  ...c('opinion', 'nl', false, ['Ik vind dat een slecht plan', 'Volgens mij is de toets te moeilijk']),
  ...c('opinion', 'en', false, ['I think that plan is stupid', 'In my opinion the test was too hard']),
  // Spelling variants.
  ...c('spelling', 'nl', true, [
    'Je bent een idioooooot',
    'Wat een k1ootzak',
    'jij bent een s u k k e l',
    'kanker lijer',
    'Je bent een kloozak',
    'jebent een mongool',
  ]),
  ...c('spelling', 'en', true, [
    'You are an 1d10t',
    'you are a m0r0n',
    'f u c k you',
    'You are such an idoit',
    'youre a retrad',
    'u r a b!tch',
  ]),
  ...c('spelling', 'nl', false, ['Idioom is een mooi woord voor uitdrukking', 'Het station is 1 k m verderop']),
  ...c('spelling', 'en', false, ['An idiom is a fixed expression', 'I scored 100 on the test']),
  // School bullying.
  ...c('bullying', 'nl', true, [
    'Moet je die dikke kont van Lisa zien 😂',
    'Haha Daan heeft weer een 2 voor wiskunde, wat een dom kind',
    'Niemand wil jou erbij',
    'Laten we Sanne allemaal negeren vanaf morgen',
    'Deel dit zodat iedereen ziet hoe lelijk ze is',
    'Die spast uit 1c loopt weer raar 😂',
    'Dit is het nummer van Emma, stuur haar maar berichtjes dat ze lelijk is',
    'Die meid uit 3b heeft lekkere tieten',
    'Ga terug naar je land, vieze buitenlander',
  ]),
  ...c('bullying', 'en', true, [
    'Look at his ugly face lol',
    'She failed again, what a loser',
    'Nobody wants you here',
    "Let's all ignore Tom from now on",
    'Share this so everyone sees how fat she is',
    'That retard in our class walks so weird',
    'Here is her number, text her that she is ugly',
    'That girl in year 9 has nice tits',
  ]),
  ...c('bullying', 'nl', false, [
    'Niemand wil de laatste toets missen',
    'Deel dit bericht: de open dag is zaterdag!',
    'Laten we samen de klas versieren',
    'Lisa heeft een 9 voor wiskunde, knap!',
  ]),
  ...c('bullying', 'en', false, [
    'Share this with your friends: open day on Saturday',
    "Let's all welcome our new student Tom",
    'She passed her exam, so proud',
    'Nobody wants the holidays to end',
  ]),
  // A staff member belittling a named parent in public.
  ...c('belittle-parent', 'nl', true, [
    'De moeder van Daan snapt er echt helemaal niks van, hopeloos mens',
    'Vader van Sem weet weer alles beter. Wat een zielige man.',
    'Mevrouw Jansen is te dom om een mail te lezen',
  ]),
  ...c('belittle-parent', 'en', true, [
    "Sem's dad thinks he knows everything. What a pathetic man.",
    'Mrs Jansen is too stupid to read an email',
    "Daan's mother is a hopeless case",
  ]),
  ...c('belittle-parent', 'nl', false, [
    'De moeder van Daan heeft ons enorm geholpen bij de open dag',
    'Vader van Sem kwam taart brengen, wat lief!',
  ]),
  ...c('belittle-parent', 'en', false, [
    "Sem's dad helped us build the stage, what a great man",
    'Mrs Jansen sent a lovely email to the class',
  ]),
  // Contrast: counter-speech quoting or naming abuse to condemn it.
  ...c('counter-speech', 'nl', false, [
    'Iemand "tuig" noemen is niet oké',
    'Zeggen dat moslims ongedierte zijn is gewoon racisme',
    'Als iemand zegt "ik maak je af", meld het dan bij je mentor',
    'Hij schreef "vuile flikker" op de muur, dat accepteren we niet',
  ]),
  ...c('counter-speech', 'en', false, [
    'Calling someone scum is never acceptable',
    'If anyone tells you "I will kill you", report it',
    'Saying that women are inferior is sexist',
    'He called her a whore and got suspended, rightly so',
  ]),
  // Contrast: self-deprecation.
  ...c('self', 'nl', false, [
    'Sorry dat ik zo\'n idioot ben',
    'Ik ben echt achterlijk, weer mijn tas vergeten',
    'Wat ben ik toch een sukkel soms',
  ]),
  ...c('self', 'en', false, [
    "Sorry that I'm such an idiot",
    'I am so stupid, forgot my keys again',
    'What a loser I am, missed the train',
  ]),
  // Contrast: friendly banter.
  ...c('banter', 'nl', false, ['Haha jij gekke gek 😂 love je', 'Lekker bezig, gekkie! Tot morgen 😘']),
  ...c('banter', 'en', false, ['Haha you silly goose 😂 love you', 'You absolute legend, thanks!']),
  // Hard line: a swear word as an intensifier about a thing, not a person (documented in abusive.ts).
  ...c('intensifier', 'nl', false, ['Die toets was kanker moeilijk', 'Het is tering koud buiten']),
  ...c('intensifier', 'en', false, ['That test was fucking hard', 'It is bloody cold outside']),
];

/** Cases that count towards recall (abuse) and towards the contrast share. */
export const ABUSE_CATEGORIES = [
  'threat', 'threat-normative', 'derogation-emotion', 'derogation-attribute', 'derogation-dehumanise',
  'derogation-implicit', 'slur', 'profanity-aimed', 'pronoun-reference', 'negated-positive', 'question', 'opinion',
  'spelling', 'bullying', 'belittle-parent',
];
