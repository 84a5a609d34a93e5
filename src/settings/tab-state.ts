// The message a content script sends its worker when this tab's findings appear or go: one boolean, never any
// draft text, names or counts. Its own code-free module, shared by both sides like published.ts.

export const TAB_STATE = 'postwacht:tab-state';

export interface TabStateMessage {
  type: typeof TAB_STATE;
  /** Something in a compose box on this tab needs a look. */
  attention: boolean;
}

export function isTabStateMessage(m: unknown): m is TabStateMessage {
  const o = m as Partial<TabStateMessage> | null;
  return !!o && typeof o === 'object' && o.type === TAB_STATE && typeof o.attention === 'boolean' && Object.keys(o).length === 2;
}
