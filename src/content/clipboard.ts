// Last resort when an insertion cannot be verified: the disclaimer goes on the clipboard for the person to paste.
// Called from a click, so the page has the user activation the Clipboard API asks for; the execCommand copy
// from a scratch textarea inside our own shadow root covers browsers that refuse it.
export async function copyText(text: string, scratchParent: ShadowRoot | HTMLElement): Promise<boolean> {
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
