/* global window, document, performance, requestAnimationFrame, setTimeout, PerformanceObserver, getComputedStyle */
// Runs in the page from document start (an init script), so every time is read with the page's
// own clock (performance.now(), 0 = navigation start) and no Playwright round trip is measured.
// window.__benchWatchers is set just before this script: [{ name, selector, text? }].

(() => {
  const bench = { marks: {}, longTasks: [], update: null, scroll: null };
  window.__bench = bench;

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: "longtask" });

  const isVisible = (element) => {
    if (!element.checkVisibility()) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight;
  };

  const found = (watcher) =>
    [...document.querySelectorAll(watcher.selector)].some(
      (element) =>
        (watcher.text === undefined || element.textContent.trim() === watcher.text) &&
        isVisible(element),
    );

  // Checked once per frame, in the frame that will paint what was found.
  const pending = [...(window.__benchWatchers ?? [])];
  const watch = () => {
    const now = performance.now();
    for (let i = pending.length - 1; i >= 0; i -= 1) {
      if (found(pending[i])) {
        bench.marks[pending[i].name] = now;
        pending.splice(i, 1);
      }
    }
    if (pending.length > 0) requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);

  const statusText = (pattern) => {
    const matcher = new RegExp(pattern);
    const status = [...document.querySelectorAll('[role="status"]')].find((element) =>
      matcher.test(element.textContent.trim()),
    );
    return status ? status.textContent.trim() : null;
  };

  // "12 of 5,000 pools" -> 12. A keystroke first re-renders the status with the old rows
  // ("5,000 of 5,000 pools": the list itself is deferred), so only a new count is an update.
  const shownCount = (text) => (text === null ? null : (text.match(/^[\d,.\s]+/)?.[0] ?? null));

  // From the trigger event (keydown or click) to the end of the first frame whose status line
  // counts other rows: the time after that frame's rendering work is read in a task queued
  // from its rAF.
  bench.armUpdate = (trigger, statusPattern, timeoutMs) => {
    const before = statusText(statusPattern);
    bench.update = new Promise((resolve, reject) => {
      setTimeout(() => reject(new Error(`The count in "${before}" did not change`)), timeoutMs);
      document.addEventListener(
        trigger,
        (event) => {
          const started = event.timeStamp;
          const poll = () => {
            const now = statusText(statusPattern);
            if (shownCount(now) === shownCount(before)) {
              requestAnimationFrame(poll);
              return;
            }
            setTimeout(() => resolve({ ms: performance.now() - started, before, after: now }), 0);
          };
          requestAnimationFrame(poll);
        },
        { capture: true, once: true },
      );
    });
    return before;
  };

  const scrollContainer = (gridSelector) => {
    const grid = document.querySelector(gridSelector);
    if (!grid) return null;
    return (
      [grid, ...grid.querySelectorAll("*")].find(
        (element) =>
          element.scrollHeight > element.clientHeight + 1 &&
          /auto|scroll/.test(getComputedStyle(element).overflowY),
      ) ?? null
    );
  };

  // Scrolls one step per frame to the end; the longest task is read from the tasks that
  // started after the first step, once the last frame has had time to report its own.
  bench.scrollToEnd = (gridSelector, viewportsPerStep) => {
    const container = scrollContainer(gridSelector);
    if (!container) return Promise.reject(new Error(`No scrollable element in ${gridSelector}`));
    container.scrollTop = 0;
    const step = container.clientHeight * viewportsPerStep;
    const started = performance.now();
    let frames = 0;
    return new Promise((resolve) => {
      const scroll = () => {
        const end = container.scrollHeight - container.clientHeight;
        if (container.scrollTop >= end - 1) {
          setTimeout(() => {
            const tasks = bench.longTasks.filter((task) => task.start >= started);
            resolve({
              ms: performance.now() - started,
              frames,
              scrolledPx: container.scrollTop,
              longTasks: tasks.length,
              longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
            });
          }, 500);
          return;
        }
        container.scrollTop = Math.min(end, container.scrollTop + step);
        frames += 1;
        requestAnimationFrame(scroll);
      };
      requestAnimationFrame(scroll);
    });
  };
})();
