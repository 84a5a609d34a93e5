import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

describe('handle', () => {
  it('finds handles and profile links of persons', () => {
    expect(found('Met @marieke.zwart en @luukjansma_!', 'handle')).toEqual(['@marieke.zwart', '@luukjansma_']);
    expect(found('tiktok.com/@meneer_wybe 😂', 'handle')).toEqual(['tiktok.com/@meneer_wybe']);
    expect(found('(linkedin.com/in/marloes-hiemstra-4b7a21)', 'handle')).toEqual(['linkedin.com/in/marloes-hiemstra-4b7a21']);
    expect(found('https://www.instagram.com/lisa.bakker', 'handle')).toEqual(['https://www.instagram.com/lisa.bakker']);
  });
  it("leaves the school's handles, e-mail addresses and businesses alone", () => {
    expect(found('@csgliudger #liudger @liudger', 'handle')).toEqual([]);
    expect(found('mail info@liudger.nl', 'handle')).toEqual([]);
    expect(found('Thanks @tattoostudio_inkdrachten!', 'handle')).toEqual([]);
  });
});
