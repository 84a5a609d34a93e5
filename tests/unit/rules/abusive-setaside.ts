// Set-aside A8 cases: written together with abusive-cases.ts, before the rule was rebuilt, and kept out of the
// work on the rule; measured once at the end (figure in the commit that added the measurement and in
// abusive-setaside.test.ts). Do not tune the rule on these: add new cases to abusive-cases.ts instead.
import type { Case } from './abusive-cases.ts';

const c = (cat: string, lang: 'nl' | 'en', fire: boolean, texts: string[]): Case[] => texts.map((text) => ({ cat, lang, fire, text }));

export const SET_ASIDE_CASES: Case[] = [
  ...c('threat', 'nl', true, ['Ik trap je kop in als je nog één keer iets zegt', 'Ik ga je wurgen', 'Jou maak ik kapot']),
  ...c('threat', 'en', true, ["I'll smash your face in", 'I am going to strangle you', 'Say that again and I will end you']),
  ...c('threat-normative', 'nl', true, ['Zulke mensen moeten ze opsluiten en de sleutel weggooien en afmaken', 'Jij verdient het om te sterven']),
  ...c('threat-normative', 'en', true, ['Women like her should be beaten', 'They all deserve to be shot']),
  ...c('derogation-emotion', 'nl', true, ['Ik haat die jongen uit 2b', 'Ik walg van homo\'s']),
  ...c('derogation-emotion', 'en', true, ['I fucking hate you', 'I despise immigrants']),
  ...c('derogation-attribute', 'nl', true, ['Turken zijn vies', 'Jij bent echt lelijk']),
  ...c('derogation-attribute', 'en', true, ['Trans people are disgusting', "You're pathetic"]),
  ...c('derogation-dehumanise', 'nl', true, ['Jij bent een stuk vuil', 'Migranten zijn parasieten']),
  ...c('derogation-dehumanise', 'en', true, ['You are filth', 'Jews are rats']),
  ...c('slur', 'nl', true, ['Hoer', 'Vuile nikker']),
  ...c('slur', 'en', true, ['You slut', 'Fucking fag']),
  ...c('profanity-aimed', 'nl', true, ['Tyfus op jij', 'Val dood']),
  ...c('profanity-aimed', 'en', true, ['Fuck off you loser', 'Screw you']),
  ...c('negated-positive', 'nl', true, ['Jij bent niet normaal in je hoofd']),
  ...c('negated-positive', 'en', true, ['Gay people are not normal']),
  ...c('spelling', 'nl', true, ['j3 b3nt 33n 1d1oot', 'kl00tzak']),
  ...c('spelling', 'en', true, ['you are an iddiot', 'stfu b1tch']),
  ...c('bullying', 'nl', true, ['Niemand wil naast jou zitten, vetzak', 'Stuur dit door naar de hele klas zodat iedereen lacht om haar']),
  ...c('bullying', 'en', true, ['Nobody likes you, fatso', "Everyone send this to the group so we can laugh at him"]),
  ...c('belittle-parent', 'nl', true, ['De vader van Noor is echt een idioot']),
  ...c('belittle-parent', 'en', true, ["Noor's father is an idiot"]),
  ...c('contrast', 'nl', false, [
    'Ik haat spinnen',
    'Deze laptop is echt troep',
    'Homo\'s zijn welkom bij ons op school',
    'Je bent geen sukkel, je bent gewoon moe',
    'Iemand een "mongool" noemen kan echt niet',
    'Ik ben zo\'n kluns vandaag',
    'Kut, trein gemist',
    'Die wiskundetoets was tering lastig',
    'Moslims vieren vandaag feest, fijne dag!',
    'Ik kan deze wifi wel vermoorden',
  ]),
  ...c('contrast', 'en', false, [
    'I hate spiders',
    'This software is garbage',
    'Gay people are welcome here',
    "You're not an idiot, you're just tired",
    'Never call anyone a "retard"',
    "I'm such a klutz today",
    'Shit, missed the train',
    'That maths test was fucking hard',
    'Happy Eid to all Muslims!',
    'I could kill this wifi',
  ]),
];
