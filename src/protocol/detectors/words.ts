// Word lists the detectors share. General vocabulary only (function words, calendar, school subjects,
// kinship and role nouns): nothing here comes from the labelled corpus.

const set = (s: string) => new Set(s.split(' ').filter(Boolean));

/** Frequent Dutch and English words that are never taken as a name, even when a name list has them. */
export const STOPWORDS = set(
  'aan al alle alles als altijd ben bij dag dan dat de den der des deze die dit doch doen door dus een eens en er ' +
    'ge geen geweest had hadden heb hebben heeft hem het hier hij hoe hun ik in is ja je jij jou jouw kan kon kunnen ' +
    'later maar me meer men met mij mijn mn moet na naar niet niets nog nu of om omdat ons onze ook op over reeds ' +
    'te ten ter tot toch toen tussen u uit uw van veel voor want waren was wat we wel werd wezen wie wij wil worden ' +
    'zal ze zei zelf zich zij zijn zo zonder zou zn wel weer even echt heel gewoon ' +
    'a about after all also am an and any are as at be been but by can could did do does for from get go got had ' +
    'has have he her here him his how i if in into is it its just let me more most my no not now of on one or our ' +
    'out say see she so some than that the their them then there these they this to too up us very was we were ' +
    'what when where which who why will with would yes you your may might shall should must ' +
    'hi hey hello hallo hoi dear lieve beste thanks thank dank bedankt sorry ok oke okay lol haha hahaha ' +
    'wow yay super top mooi trots proud happy great nice good best love fijn leuk',
);

/** Capitalised words that look like first names but are calendar words, languages, subjects or holidays. */
export const NOT_NAMES = set(
  'januari februari maart april mei juni juli augustus september oktober november december ' +
    'january february march may june july august october ' +
    'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag monday tuesday wednesday thursday friday saturday sunday ' +
    'nederlands engels frans duits spaans latijn grieks fries chinees arabisch turks russisch italiaans ' +
    'english dutch french german spanish latin greek frisian chinese arabic turkish russian italian ' +
    'wiskunde biologie scheikunde natuurkunde geschiedenis aardrijkskunde economie muziek tekenen gym ' +
    'kerst pasen pinksteren sinterklaas christmas easter god jezus jesus allah heer lord ' +
    'oranje holland friesland fryslân nederland europa amsterdam rotterdam utrecht groningen leeuwarden ' +
    'magister teams google instagram facebook linkedin tiktok twitter whatsapp youtube snapchat ' +
    'nike zara adidas jumbo lidl aldi hema primark netflix spotify disney marvel tesla lego ' +
    'havo vwo vmbo mavo atheneum gymnasium brugklas mentor docent juf meester',
);

/** Dutch and English tussenvoegsels (name particles), lower case; multi-word ones are matched token by token. */
export const PARTICLES = set("van de der den ter ten te het 't d' in op la le du da di del von vd v.d. v/d");

/** Nouns for people that mark the next capitalised word (or lowercase first name) as a person's name. */
export const PERSON_CUES = set(
  'buurman buurvrouw buurjongen buurmeisje collega collega\'s leerling leerlinge mentorleerling mentorkind ' +
    'zoon dochter broer zus zusje broertje neef nicht nichtje neefje oom tante opa oma vader moeder papa mama ' +
    'vriend vriendin vriendje vriendinnetje man vrouw echtgenoot echtgenote partner schoonzus zwager ' +
    'meneer mevrouw juf meester dhr mw mevr fam familie ' +
    'student pupil colleague neighbour neighbor son daughter brother sister niece nephew cousin uncle aunt ' +
    'grandma grandpa granny dad mum mom mother father friend boyfriend girlfriend husband wife ex ' +
    'mr mrs ms miss dr sir madam teacher coach trainer chauffeur driver conciërge rector conrector teamleider',
);

/** Titles after which a capitalised word is a surname even when no list knows it. */
export const TITLES = set('meneer mevrouw juf meester dhr mw mevr fam familie mr mrs ms miss dr drs ir prof');

/** Nouns that make a capitalised run an organisation, place, event or title rather than a person. */
export const ORG_NOUNS = set(
  'school scholen academy academie university universiteit college museum foundation stichting fonds fund day dag ' +
    'kerk church team club vereniging award prize prijs festival centre center centrum hall hal park street straat ' +
    'road bank group groep company bedrijf bv inc ltd hotel restaurant cafe café theater theatre wars party week ' +
    'show cup beker league competitie race races award awards institute instituut society lab project programme ' +
    'program festival markt market zoo dierentuin station airport ziekenhuis hospital kliniek clinic bibliotheek library ' +
    'conservatorium conservatoire lyceum gymnasium hogeschool orchestra orkest',
);

/** Articles: a capitalised word right after one is a thing or a title, not a first name ("de Helder", "the Hope"). */
export const ARTICLES = set('de het een den der the a an');
