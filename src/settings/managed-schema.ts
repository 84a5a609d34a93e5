// Generates Chrome's managed_schema (public/managed_schema.json) from the zod schema, so the policy an admin can
// set never drifts from what the extension reads. Chrome accepts a JSON-Schema draft-03 subset with one `type`
// per schema and no `additionalProperties` at the top; we emit only type/properties/items/enum/title/description,
// and leave length limits and formats to the extension's own validation (which reports them field by field).
import { z } from 'zod';
import { managedSettingsSchema } from './managed.ts';

const DESCRIPTIONS: Record<string, string> = {
  school: "The school's profile: names, handles, hashtags, locations, contacts and disclaimer texts.",
  'school.name': 'Official name of the school, used for {school} in the disclaimer.',
  'school.aliases': 'Other names the school goes by; a draft naming one is school-related.',
  'school.handles': "The school's social-media handles, without '@'.",
  'school.hashtags': "The school's hashtags, without '#'.",
  'school.domains': "The school's e-mail and web domains, e.g. 'liudger.nl'.",
  'school.locations': 'Places where the school has a location.',
  'school.escalationContact': 'Who staff turn to when a post goes wrong or a parent complains (B3/B4), per language: {"nl": …, "en": …}.',
  'school.escalationContact.nl': "In Dutch, e.g. 'je leidinggevende'.",
  'school.escalationContact.en': "In English, e.g. 'your line manager' (empty: left out of English texts).",
  'school.escalationEmail': 'E-mail address of the escalation contact (empty for none).',
  'school.reportTo': 'Where to report something that crosses a line (A9), per language: {"nl": …, "en": …}.',
  'school.reportTo.nl': 'In Dutch.',
  'school.reportTo.en': 'In English (empty: left out of English texts).',
  'school.reportUrl': 'Web page or form for reports (A9), https (empty for none).',
  'school.protocolUrl': "Link to the school's social-media protocol, https.",
  'school.consentUrl': 'Link to the consent information for photos and videos (A5), https.',
  'school.disclaimers': 'Disclaimer texts per language; placeholders {functie} and {school}. disclosureNoFunction and shortNoFunction are used when the writer has no function in that language (no English function set).',
  'school.articles':
    "The school's protocol as data, per rule (disclosure, opinion, personalData, abusive, mediaConsent, lessonTime, lessonRecording, photoMetadata, groupChat): inProtocol (false: the rule never runs), label (the article's number in the school's protocol, e.g. 'C3'; empty for none), title and text per language ({\"nl\": …, \"en\": …}; empty keeps Postwacht's own title and explanation; {school} is filled in). workContext, colleagues, escalation and report hold only the label of the article the texts refer to.",
  'school.groupChats':
    "Which WhatsApp Web chats are class or parents' groups (B1), by their title. audienceWords name pupils or parents ('ouders', 'leerlingen'; with another sign always a group), groupWords name a class or its group ('klas', 'mentorklas', or the school's own class codes), exceptWords mark chats the reminder is not for ('collega's', 'sectie', 'reünie'); words match whole, accents and case aside, and as the head of a compound ('oudergroep'). classCodes recognises codes such as '2B', 'h4c', 'V5', '3 havo'; schoolNames counts the school's name and aliases.",
  'school.groupChats.alternatives': "The school's own channels named in the B1 reminder, per language: {\"nl\": 'mail, telefoon of Magister', \"en\": …} (empty: the reminder names none).",
  rules: 'Which checks are on (true) or off (false).',
  'rules.disclosure': 'C3/B2: ask staff to say they work at the school.',
  'rules.opinion': 'C4: ask for the personal-opinion disclaimer.',
  'rules.personalData': 'A2/C1: flag personal data of pupils, parents and colleagues.',
  'rules.abusive': 'A8: flag bullying, threats and insults.',
  'rules.mediaConsent': 'A5: remind about written consent for photos and videos.',
  'rules.lessonTime': 'A1: gentle reminder when posting during lesson hours.',
  'rules.lessonRecording': 'A7: warn pupils and parents about recordings of lessons.',
  'rules.photoMetadata': 'Warn about GPS location or owner names in attached photos.',
  'rules.groupChat': "B1: on WhatsApp Web, a reminder in chats whose title looks like a class or parents' group, with the personal-data and A8 checks. Off: no chat is ever judged.",
  accounts: "Per site: 'private' or 'official' (an official school channel). Usually left to the user.",
  sites: 'Per site (facebook, x, linkedin, instagram, threads, bluesky, youtube, tiktok, whatsapp): whether Postwacht watches its compose boxes (true) or leaves the site alone (false).',
  lessonHours: "Lesson hours per weekday (mon…sun), each a list of {start, end} in 'HH:MM', local school time.",
  timeZone: "IANA time zone of the school, e.g. 'Europe/Amsterdam'.",
};

type JsonSchema = Record<string, unknown>;

function convert(schema: z.ZodType, path: string): JsonSchema {
  const out: JsonSchema = {};
  const description = DESCRIPTIONS[path];
  if (schema instanceof z.ZodObject) {
    out.type = 'object';
    out.properties = Object.fromEntries(
      Object.entries(schema.shape as Record<string, z.ZodType>).map(([k, sub]) => [k, convert(sub, path ? `${path}.${k}` : k)]),
    );
  } else if (schema instanceof z.ZodArray) {
    out.type = 'array';
    out.items = convert(schema.element as z.ZodType, `${path}[]`);
  } else if (schema instanceof z.ZodEnum) {
    out.type = 'string';
    out.enum = schema.options;
  } else if (schema instanceof z.ZodBoolean) {
    out.type = 'boolean';
  } else if (schema instanceof z.ZodNumber) {
    out.type = schema.format?.includes('int') ? 'integer' : 'number';
  } else if (schema instanceof z.ZodString || isStringUnion(schema)) {
    out.type = 'string';
  } else {
    throw new Error(`managed schema: no Chrome policy type for ${path} (${schema.def.type})`);
  }
  if (description) out.description = description;
  return out;
}

/** `url | ''` and similar: Chrome's single-type rule makes them plain strings. */
function isStringUnion(schema: z.ZodType): boolean {
  if (!(schema instanceof z.ZodUnion)) return false;
  return (schema.options as z.ZodType[]).every(
    (o) => o instanceof z.ZodString || o instanceof z.ZodStringFormat || (o instanceof z.ZodLiteral && o.values.size > 0 && [...o.values].every((v) => typeof v === 'string')),
  );
}

export function buildManagedSchema(): JsonSchema {
  return convert(managedSettingsSchema, '');
}

export function managedSchemaText(): string {
  return `${JSON.stringify(buildManagedSchema(), null, 2)}\n`;
}
