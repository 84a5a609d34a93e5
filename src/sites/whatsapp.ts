// WhatsApp Web (web.whatsapp.com): the message box of the open chat, a Lexical editor. Chats are private
// conversation, so this adapter is unlike the others: the box is judged only while the open chat's title looks like
// a class or parents' group (B1, src/protocol/chat-title.ts), and then only by the rules that judge chats
// (personal data, A8, B1). The title is read from the page each time a draft is judged, since WhatsApp switches
// chats without navigating; it is never stored or sent anywhere.
//
// No disclaimer is offered here, by design: B1 asks staff not to use such a group at all, and "I work at the
// school; this is my personal opinion" under a message to parents would say the opposite of what the reminder
// means. The disclosure and opinion rules do not judge chats (RuleMeta.inChats), so the banner never shows the
// insert button on this site.
//
// Markup it expects (evidence from the search tool, each with its date):
//   <div id="main">
//     <header> … <span dir="auto">Ouders 2B</span> …   ← the open chat's name; in a group header the
//           <span title="Anna, Bram, …"> lists members and a span[title] can be the "click here for group info"
//           tooltip, so the name is read from span[dir="auto"], not span[title] (a Python WhatsApp Web driver's
//           SELECTORS table, "chat_title": "#main header span[dir='auto']", verified live 2026-10-02; a Portuguese
//           bot's tests "TestCabecalhoOndeSoOsParticipantesTemTitle", 2025: the group name has no title attribute).
//           Older builds: [data-testid="conversation-info-header-chat-title"] (several 2024–2025 extensions).
//     </header> …
//     <footer> …
//       <div contenteditable="true" role="textbox" data-lexical-editor="true" data-tab="10"
//            aria-label="Type a message" | "Typ een bericht" aria-placeholder="…"><p>…</p></div>
//   Evidence for the box: `find_string 'data-lexical-editor="true"][aria-label'` — a Gemini-enhancer userscript for
//   WhatsApp Web (2025) selects div[contenteditable="true"][data-lexical-editor="true"][aria-label="Type a message"];
//   a Brazilian sender (2025) uses div[data-lexical-editor="true"][aria-label*="Digitar"]. The same Portuguese
//   bot's tests (2025) show newer labels that name the chat — "Digite uma mensagem para o grupo X" — inside
//   #main footer with data-tab="10", and a media preview's caption box labelled "Digite uma mensagem" outside
//   #main: hence prefix matches, and only boxes inside #main footer (a caption is not the chat's message box).
import type { SiteAdapter } from './types.ts';

export const whatsapp: SiteAdapter = {
  site: 'whatsapp',
  hosts: ['web.whatsapp.com'],
  examples: ['https://web.whatsapp.com/'],
  excludePaths: [],
  editors: [
    '#main footer [contenteditable="true"][data-lexical-editor="true"]',
    '#main footer [contenteditable="true"][aria-label^="Type a message"]',
    '#main footer [contenteditable="true"][aria-label^="Typ een bericht"]',
    '#main footer [contenteditable="true"][data-tab="10"]',
  ],
  excludeWithin: [],
  composers: ['#main footer'],
  // Attachments are sent from a separate preview with its own caption box; this adapter does not judge them.
  media: { photos: [], videos: [] },
  chat: {
    title: [
      '#main header [data-testid="conversation-info-header-chat-title"]',
      '#main header span[dir="auto"]',
    ],
  },
  // Below the whole footer (the box sits in a row with the emoji and send buttons).
  anchor: (editor) => editor.closest('#main footer'),
};
