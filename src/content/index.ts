// Content script entry: placeholder until the site adapters land.
export {};
