import type { Page } from 'playwright-core';

/** As a person's "largest text" setting does: every rem doubles (the CSP forbids <style>). */
export async function doubleTextSize(page: Page): Promise<void> {
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
}

/**
 * Every visible element that sticks out of the viewport sideways, or whose content is wider
 * than its own box; one line each. Form fields scroll their own text and are left out.
 */
export function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      if (!(element instanceof HTMLElement) || element.closest('.visually-hidden')) continue;
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      const name = `${element.tagName.toLowerCase()}${[...element.classList].map((c) => `.${c}`).join('')}`;
      const text = (element.textContent ?? '').trim().slice(0, 24);
      if (rect.right > width + 0.5 || rect.left < -0.5) {
        found.push(
          `${name} "${text}" spans ${Math.round(rect.left)}..${Math.round(rect.right)} of ${width}`,
        );
      } else if (
        !['INPUT', 'TEXTAREA', 'SELECT', 'VIDEO'].includes(element.tagName) &&
        element.clientWidth > 0 &&
        element.scrollWidth > element.clientWidth + 1 &&
        style.overflowX === 'visible'
      ) {
        found.push(`${name} "${text}" holds ${element.scrollWidth}px in ${element.clientWidth}px`);
      }
    }
    return found;
  });
}

/**
 * Latin words split across two lines ("Settin/gs") and number groups split mid-group: a word
 * laid out on one line has one client rect.
 */
export function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('.visually-hidden, [hidden], script, style')) continue;
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/[A-Za-z]{2,}/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        if (rects.length > 1) found.push(`"${match[0]}" in <${parent.tagName.toLowerCase()}>`);
      }
    }
    for (const group of document.querySelectorAll('.code__group')) {
      if (group.getClientRects().length > 1) found.push(`number group "${group.textContent}"`);
    }
    return found;
  });
}
