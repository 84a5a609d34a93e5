// Last resort when an insertion cannot be verified: the disclaimer goes on the clipboard for the person to paste.
// Called from a click, so the page has the user activation the Clipboard API asks for; the execCommand copy
// from a scratch textarea inside our own shadow root covers browsers that refuse it.

/**
 * What goes on the clipboard: the disclaimer after exactly one line break, so pasting it at the end of a draft
 * never glues it to the last word (at the start of an empty line it leaves one empty line, which is harmless).
 */
export function clipboardText(disclaimer: string): string {
  return `\n${disclaimer.replace(/^\s+/, '')}`;
}

export async function copyText(disclaimer: string, scratchParent: ShadowRoot | HTMLElement): Promise<boolean> {
  const text = clipboardText(disclaimer);
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const ta = document.createElement('textarea');
    ta.value = text;
    ta.setAttribute('aria-hidden', 'true');
    ta.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0';
    scratchParent.appendChild(ta);
    ta.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    ta.remove();
    return ok;
  }
}
