// Background worker: placeholder.
export {};
