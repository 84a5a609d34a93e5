// The contract between the worker that publishes the effective settings and the content scripts that read them.
// Its own module, free of code, so the content script imports the names without pulling in the worker's.

/** storage.local key of the worker's validated copy of the effective settings. */
export const EFFECTIVE_SETTINGS_KEY = 'effectiveSettings';
/** Message a content script sends when it finds no published copy (first run): the worker publishes one. */
export const PUBLISH_REQUEST = 'postwacht:publish-settings';
