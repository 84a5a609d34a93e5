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
  it('reports a Facebook reply tag "@First Last" as a name, whole, not as a handle', () => {
    expect(found('@Sanne de Jong bedankt voor het regelen!', 'handle')).toEqual([]);
    expect(found('@Sanne de Jong bedankt voor het regelen!', 'name')).toEqual(['@Sanne de Jong']);
    expect(found('Top gedaan @Yusuf Öztürk en @Wytske Hoekstra', 'name')).toEqual(['@Yusuf Öztürk', '@Wytske Hoekstra']);
    expect(found('Dank @Anne-Marie van der Vlist!', 'name')).toEqual(['@Anne-Marie van der Vlist']);
    // A handle stays a handle: no space, or lower case, or nothing after it.
    expect(found('@marieke.zwart en @Luuk', 'handle')).toEqual(['@marieke.zwart', '@Luuk']);
    expect(found('@csgliudger Open dag', 'handle')).toEqual([]);
  });
});
