// Styles live inside the shadow root. `all: initial` on the host cuts every inherited page style (font, colour,
// line-height, text-transform …); the rest is our own, with system colours for forced-colours mode.
export const STYLES = `
:host { all: initial; display: block; contain: layout style; margin: 0; max-width: 640px;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2430; }
/* The margin sits inside, on the card: no attribute on the host says whether the banner has anything to show. */
.card { margin: 8px 0; }
.card { box-sizing: border-box; border: 1px solid #c9d3e0; border-left: 4px solid #d97706; border-radius: 8px;
  background: #fffdf7; padding: 10px 12px; text-align: start; }
.card.harm { border-left-color: #b91c1c; }
.summary { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 6px 12px; }
.summary .actions { margin-top: 0; }
.head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 2px 8px; margin: 0; font-size: 13px; color: #5b4a1e; min-width: 0; }
.brand { font-weight: 700; }
.points { font-weight: 600; color: #1d2430; }
.why { margin: 6px 0 0; padding: 4px 8px; border-radius: 6px; background: #fde2e1; color: #7f1d1d; }
.details { margin-top: 6px; }
.details[hidden] { display: none; }
button.toggle { border-color: transparent; text-decoration: underline; padding: 4px 6px; }
ul { list-style: none; margin: 0; padding: 0; }
.finding { margin: 6px 0; }
.finding + .finding { border-top: 1px solid #eee4cc; padding-top: 6px; }
.title { font-weight: 600; }
.article { display: inline-block; min-width: 2.2em; margin-inline-end: 6px; padding: 0 4px; border-radius: 4px;
  background: #fde8c8; color: #6b3d00; font-size: 12px; font-weight: 700; text-align: center; text-decoration: none; }
a.article:hover, a.article:focus-visible { text-decoration: underline; }
.detail { margin: 2px 0 0; color: #3c4656; }
.items { margin: 4px 0 0; }
.item { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin: 3px 0; }
.cat { font-size: 12px; color: #5b6576; }
.text { font-family: ui-monospace, Menlo, Consolas, monospace; background: #f1f3f7; border-radius: 4px; padding: 0 4px;
  white-space: pre-wrap; overflow-wrap: anywhere; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
button { all: initial; box-sizing: border-box; cursor: pointer; font: inherit; font-size: 13px; padding: 4px 10px;
  border-radius: 6px; border: 1px solid #9aa7b8; background: #fff; color: #1d2430; }
button.primary { background: #1d4ed8; border-color: #1d4ed8; color: #fff; font-weight: 600; }
button.small { padding: 1px 8px; font-size: 12px; }
button:hover { filter: brightness(0.95); }
button:focus-visible, a:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
.notice { margin: 6px 0 0; padding: 4px 8px; border-radius: 6px; background: #e8f0fe; }
.notice.warn { background: #fde2e1; }
.foot { margin: 8px 0 0; font-size: 12px; color: #5b6576; }
.foot a { color: #1d4ed8; }
/* Dark pages (X Dim and Lights out, Facebook's and LinkedIn's dark mode, or the system's when the page says
   nothing): chosen by BannerHost from the page's own background, set as a class on the mount. */
.dark { color: #e6e9ef; }
.dark .card { background: #1f2430; border-color: #3a4356; border-left-color: #f59e0b; }
.dark .card.harm { border-left-color: #f87171; }
.dark .head { color: #f3d9a4; }
.dark .points { color: #e6e9ef; }
.dark .detail, .dark .cat, .dark .foot { color: #c3cad6; }
.dark .text { background: #2b3140; }
.dark .article { background: #5a3a0c; color: #ffe2b8; }
.dark button { background: #2b3140; color: #e6e9ef; border-color: #56627a; }
.dark button.primary { background: #8fb3ff; border-color: #8fb3ff; color: #0b1220; }
.dark button.toggle { border-color: transparent; }
.dark button:focus-visible, .dark a:focus-visible { outline-color: #8fb3ff; }
.dark .notice { background: #243456; }
.dark .notice.warn, .dark .why { background: #4a2523; color: #fde2e1; }
.dark .foot a { color: #8fb3ff; }
@media (forced-colors: active) {
  .card, button { border: 1px solid CanvasText; }
}
`;
