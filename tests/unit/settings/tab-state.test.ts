import { describe, expect, it } from 'vitest';
import { iconFor } from '../../../src/background/icon-state.ts';
import { ICON_PIXELS } from '../../../src/background/icon-pixels.generated.ts';
import { isTabStateMessage, TAB_STATE } from '../../../src/settings/tab-state.ts';

describe('tab state message', () => {
  it('is one boolean and nothing else', () => {
    expect(isTabStateMessage({ type: TAB_STATE, attention: true })).toBe(true);
    expect(isTabStateMessage({ type: TAB_STATE, attention: 'yes' })).toBe(false);
    expect(isTabStateMessage({ type: TAB_STATE, attention: true, text: 'Jan de Vries' })).toBe(false);
    expect(isTabStateMessage('postwacht:publish-settings')).toBe(false);
  });
});

describe('toolbar icon', () => {
  it('shows a pause over everything, else findings, else watching', () => {
    expect(iconFor(true, true)).toBe('paused');
    expect(iconFor(false, true)).toBe('attention');
    expect(iconFor(false, false)).toBe('watching');
  });

  it('has RGBA pixels of the right length for every state at 16 and 32 px', () => {
    for (const state of ['watching', 'attention', 'paused'] as const) {
      for (const size of [16, 32] as const) expect(Buffer.from(ICON_PIXELS[state][size], 'base64').length).toBe(size * size * 4);
    }
    // The states differ visibly.
    expect(ICON_PIXELS.watching[16]).not.toBe(ICON_PIXELS.attention[16]);
    expect(ICON_PIXELS.watching[16]).not.toBe(ICON_PIXELS.paused[16]);
  });
});
