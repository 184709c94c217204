// Keyboard and screen-reader checks axe cannot make: the Tab order with each stop's focus ring,
// and a log of what the live region (#announce) says.

// Presses Tab from where the focus is until the focus leaves the page or comes back to a stop
// already seen; returns each stop: a key ('#id', or 'a[href=…]', or 'tag'), whether it matches
// :focus-visible, its computed outline and box-shadow, and its box in page coordinates.
export async function tabStops(page, max = 60) {
  const stops = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const s = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return null;
      const cs = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      const href = el.getAttribute('href');
      const key = el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}${href ? `[href="${href}"]` : ''}`;
      // an element without id: its position among its kind makes it unique
      const nth = el.id ? 0 : [...document.querySelectorAll(el.tagName)].indexOf(el);
      return {
        key, nth,
        focusVisible: el.matches(':focus-visible'),
        outlineStyle: cs.outlineStyle,
        outlineWidth: parseFloat(cs.outlineWidth) || 0,
        outlineColor: cs.outlineColor,
        boxShadow: cs.boxShadow,
        box: { x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height },
      };
    });
    if (!s) break;
    if (stops.some((t) => t.key === s.key && t.nth === s.nth)) break;
    stops.push(s);
  }
  return stops;
}

// Why a stop's focus indicator is not visible, or null: it must match :focus-visible and draw an
// outline (auto, or at least 2 px of a visible style) or a box-shadow.
export function focusRingProblem(s) {
  if (!s.focusVisible) return `${s.key} does not match :focus-visible after Tab`;
  if (s.box.w < 1 || s.box.h < 1) return `${s.key} has focus but no box on screen`;
  const outline = s.outlineStyle === 'auto'
    || (s.outlineStyle !== 'none' && s.outlineWidth >= 2 && !/rgba\([^)]*,\s*0\)|transparent/.test(s.outlineColor));
  const shadow = s.boxShadow && s.boxShadow !== 'none';
  if (!outline && !shadow) {
    return `${s.key} shows no focus ring (outline ${s.outlineStyle} ${s.outlineWidth}px ${s.outlineColor}, box-shadow ${s.boxShadow})`;
  }
  return null;
}

// Why the stops are not in reading order, or null: each stop lies below the previous one, on the
// same line to its right, or in the next column to its right (the workspace's column beside the
// map starts again at the top).
export function readingOrderProblem(stops) {
  for (let i = 1; i < stops.length; i++) {
    const a = stops[i - 1].box, b = stops[i].box;
    const sameLine = b.y < a.y + a.h && a.y < b.y + b.h;
    // the workspace's second column (the views beside the map) starts again at its top
    const nextColumn = b.x >= a.x + a.w;
    if (sameLine ? b.x < a.x : b.y < a.y && !nextColumn) {
      return `${stops[i].key} comes after ${stops[i - 1].key} in the Tab order but lies ${sameLine ? 'to its left' : 'above it'}`;
    }
  }
  return null;
}

// Records every text the live region #announce is given (a text set twice counts twice: a
// screen reader may read it twice). Call before page.goto; read with announcements(page).
export async function recordAnnouncements(page) {
  await page.addInitScript(() => {
    window.__announced = [];
    const watchRegion = () => {
      const el = document.getElementById('announce');
      if (!el) return false;
      new MutationObserver((records) => {
        for (const r of records) {
          if (r.type === 'characterData') window.__announced.push(r.target.data);
          for (const n of r.addedNodes ?? []) if (n.textContent) window.__announced.push(n.textContent);
        }
      }).observe(el, { childList: true, characterData: true, subtree: true });
      return true;
    };
    if (!watchRegion()) document.addEventListener('DOMContentLoaded', watchRegion, { once: true });
  });
}

export const announcements = (page) => page.evaluate(() => window.__announced.slice());

// Waits until the live region has said something matching `re` since the `from`-th announcement;
// returns the announcements from `from` up to and including that one.
export async function waitForAnnouncement(page, re, from = 0, timeout = 30_000) {
  const handle = await page.waitForFunction(({ src, flags, from }) => {
    const re = new RegExp(src, flags);
    const i = window.__announced.findIndex((t, k) => k >= from && re.test(t));
    return i >= 0 ? window.__announced.slice(from, i + 1) : false;
  }, { src: re.source, flags: re.flags, from }, { timeout }).catch(async () => {
    throw new Error(`the live region never said ${re}; it said: ${JSON.stringify((await announcements(page)).slice(from))}`);
  });
  return handle.jsonValue();
}
