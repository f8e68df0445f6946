// Runs in the page before the app (Playwright addInitScript) and exposes window.__bench. Plain JS on purpose:
// tsx would wrap named functions in helpers that do not exist in the page.
(() => {
  const bench = { longTasks: [], readyAt: null, visibleAt: null, capture: null, pending: null, scrubbed: null };
  window.__bench = bench;
  const raf = window.requestAnimationFrame.bind(window);
  const frame = () => new Promise((resolve) => raf(resolve));
  // A task after the frame: the frame's main-thread work is over by then.
  const task = () =>
    new Promise((resolve) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve();
      ch.port2.postMessage(0);
    });
  const pct = (xs, p) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : 0;
  };

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    bench.longTasks = null;
  }

  // While a range change is dispatched, time every animation-frame callback it schedules (the app applies
  // visibility changes on the next frame). Outside that window this is a plain pass-through.
  window.requestAnimationFrame = (cb) => {
    const cap = bench.capture;
    if (!cap) return raf(cb);
    const rec = { ms: -1 };
    cap.push(rec);
    return raf((t) => {
      const start = performance.now();
      try {
        cb(t);
      } finally {
        rec.ms = performance.now() - start;
      }
    });
  };

  // "Graph visible": the app sets __MG__.ready inside the render that drew everything; two frames later it is on
  // screen. The accessor catches that moment exactly; the per-frame poll is a fallback if the hook is replaced.
  const onReady = () => {
    if (bench.readyAt !== null) return;
    bench.readyAt = performance.now();
    raf(() => raf(() => (bench.visibleAt = performance.now())));
  };
  let hookValue;
  Object.defineProperty(window, '__MG__', {
    configurable: true,
    enumerable: true,
    get: () => hookValue,
    set: (hook) => {
      hookValue = hook;
      if (!hook || typeof hook !== 'object') return;
      let ready = hook.ready;
      Object.defineProperty(hook, 'ready', {
        configurable: true,
        enumerable: true,
        get: () => ready,
        set: (v) => {
          ready = v;
          if (v) onReady();
        },
      });
      if (ready) onReady();
    },
  });
  const poll = () => (window.__MG__ && window.__MG__.ready ? onReady() : raf(poll));
  raf(poll);

  /** One range change through the slider's own onChange (native value setter + input event, as a drag does). */
  async function stepTo(input, value, cy) {
    const before = performance.getEntriesByName('mg:filter', 'measure').length;
    const cap = [];
    bench.capture = cap;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, String(value));
    const ev = new Event('input', { bubbles: true });
    input.dispatchEvent(ev);
    bench.capture = null;
    let drew = false;
    const onRender = () => (drew = true);
    cy.on('render', onRender);
    await frame(); // runs after the app's own callback in the frame that applies the change
    // Cytoscape draws on the next frame when the change gave it something to draw.
    const pending = () => cy.renderer().requestedFrame === true;
    for (let i = 0; i < 10 && !drew && pending(); i++) await frame();
    cy.off('render', onRender);
    await task();
    const frameMs = performance.now() - ev.timeStamp;
    const measures = performance.getEntriesByName('mg:filter', 'measure').slice(before);
    const filterMs = measures.length
      ? measures.reduce((s, m) => s + m.duration, 0)
      : cap.reduce((s, r) => s + Math.max(0, r.ms), 0);
    return { filterMs, frameMs, drew, callbacks: cap.length, marked: measures.length > 0 };
  }

  const slider = (name) => {
    const el = document.querySelector(`input[type="range"][aria-label="${name}"]`);
    if (!el) throw new Error(`no slider named "${name}" (is the page in English?)`);
    return el;
  };

  /** Moves the end handle from the start of the span forward, then back, one step (1 % of the span) at a time. */
  bench.scrub = async (steps) => {
    const cy = window.__MG__.cy;
    const from = slider('Range start');
    const to = slider('Range end');
    const min = Number(to.min);
    const max = Number(to.max);
    const stepDays = Math.max(1, Math.round((max - min + 1) / 100));
    const top = Math.max(1, Math.floor((max - min) / stepDays));
    await stepTo(to, min, cy); // start from an empty window (not counted: it hides everything at once)
    const out = [];
    // Kept on window as it grows, so a run cut short by its timeout still reports the steps it took.
    bench.scrubbed = { source: 'rAF callbacks', stepDays, steps: out };
    let i = 0;
    let dir = 1;
    let marked = true;
    for (let n = 0; n < steps; n++) {
      if (i + dir > top || i + dir < 0) dir = -dir;
      i += dir;
      const r = await stepTo(to, Math.min(max, min + i * stepDays), cy);
      marked = marked && r.marked;
      out.push({ from: Number(from.value), to: Number(to.value), dir, ...r });
    }
    bench.scrubbed.source = marked ? 'mg:filter measures' : 'rAF callbacks';
    return bench.scrubbed;
  };

  /** Where a click would select this edge (its midpoint, in page coordinates), or null when something else is hit. */
  bench.pointOf = (id) => {
    const cy = window.__MG__.cy;
    const e = cy.getElementById(id);
    const box = cy.container().getBoundingClientRect();
    const p = e.renderedMidpoint();
    const a = e.source().renderedPosition();
    const b = e.target().renderedPosition();
    if (e.hasClass('hidden') || Math.hypot(a.x - b.x, a.y - b.y) < 60) return null;
    if (p.x < 30 || p.y < 30 || p.x > box.width - 30 || p.y > box.height - 30) return null;
    const m = e.midpoint();
    const r = cy.renderer();
    if (r.findNearestElement && r.findNearestElement(m.x, m.y, true, false) !== e) return null;
    return { x: box.left + p.x, y: box.top + p.y };
  };

  /** Visible meeting edges, spread over the graph, that a click on their midpoint would select. */
  bench.selectionTargets = (count) => {
    const edges = window.__MG__.cy.edges('.met').filter((e) => !e.hasClass('hidden'));
    const stride = Math.max(1, Math.floor(edges.length / 400));
    const out = [];
    for (let k = 0; k < edges.length && out.length < count; k += stride)
      if (bench.pointOf(edges[k].id())) out.push(edges[k].id());
    return out;
  };

  const panelShown = () => {
    const panel = document.querySelector('aside[aria-label="Details"]');
    return !!panel && !!panel.querySelector('h2');
  };

  /** Arms a timer from the next mousedown to the panel's content painted (then a frame, then a task). */
  bench.armSelection = (id) => {
    bench.pending = new Promise((resolve) => {
      let t0 = null;
      // A click that opens no panel is a miss, not a hang.
      const timer = setTimeout(() => {
        obs.disconnect();
        resolve({ id, ms: NaN, hit: false, got: `no panel 20 s after a click on ${id}` });
      }, 20000);
      const down = (e) => (t0 = e.timeStamp);
      window.addEventListener('mousedown', down, { capture: true, once: true });
      const obs = new MutationObserver(async () => {
        if (t0 === null || !panelShown()) return;
        obs.disconnect();
        clearTimeout(timer);
        await frame();
        await task();
        const ms = performance.now() - t0;
        const focus = window.__MG__.cy.$('.focus').map((e) => e.id());
        // In a dense graph the pixel may select a neighbouring edge: still an edge click timed to its panel.
        const hit = focus.some((f) => /^(met|agg):/.test(f));
        resolve({ id, ms, hit, got: focus.join(' ') || location.search });
      });
      obs.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    return true;
  };

  /** The common Cytoscape way, for comparison: recompute every visible edge and remove()/restore() the rest. */
  bench.naive = async (ranges, url) => {
    const cy = window.__MG__.cy;
    // graph.json's columns (core/schema/columns.ts) read back into the records this needs.
    const file = await (await fetch(url)).json();
    const people = file.people.id;
    const entities = [...people, ...file.organizations.id];
    const graph = {
      meetings: file.meetings.id.map((id, i) => ({
        id,
        date: file.meetings.date[i],
        participants: file.meetings.participants[i].map((k) => people[k]),
      })),
      agreements: file.agreements.id.map((id, i) => ({
        id,
        date: file.agreements.date[i],
        parties: file.agreements.parties[i].map((k) => entities[k]),
      })),
    };
    const dayStart = (d) => {
      const [y, m, dd] = d.split('-').map(Number);
      return Math.floor(Date.UTC(y, m - 1, dd || 1) / 864e5);
    };
    const dayEnd = (d) => {
      const [y, m, dd] = d.split('-').map(Number);
      return dd ? dayStart(d) : Math.floor(Date.UTC(y, m, 0) / 864e5);
    };
    const when = new Map();
    for (const x of [...graph.meetings, ...graph.agreements]) when.set(x.id, [dayStart(x.date), dayEnd(x.date)]);
    // What each mark stands for (core/graph/marks.ts): a pair's line, a meeting's node and spokes, an agreement.
    const items = new Map();
    const add = (id, item) => (items.get(id) || items.set(id, []).get(id)).push(item);
    for (const m of graph.meetings) {
      const ps = [...new Set(m.participants)].sort();
      if (ps.length === 2) add(`met:${ps[0]}:${ps[1]}`, m.id);
      else for (const p of ps) add(`spk:${m.id}:${p}`, m.id);
    }
    for (const a of graph.agreements) {
      const ps = [...new Set(a.parties)].sort();
      for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) add(`agr:${ps[i]}:${ps[j]}`, a.id);
    }
    const timed = [];
    // The same drawn edges as the app's (a line between collapsed organisations has every item behind it).
    cy.batch(() => {
      cy.edges('.met, .agr, .spoke').forEach((el) => {
        const under = window.__MG__.drawn.underlying(el.id());
        el.data(
          'iv',
          under.flatMap((id) => items.get(id) || []).map((id) => when.get(id)),
        );
        el.removeClass('hidden');
        timed.push(el);
      });
    });
    await frame();
    const times = [];
    for (const [from, to] of ranges) {
      const t0 = performance.now();
      const show = [];
      const hide = [];
      for (const el of timed) {
        const visible = el.data('iv').some(([a, b]) => a <= to && b >= from);
        if (visible === el.removed()) (visible ? show : hide).push(el);
      }
      cy.batch(() => {
        cy.collection(hide).remove();
        cy.collection(show).restore();
      });
      times.push(performance.now() - t0);
      await task(); // drawing between steps is not what is timed here, and would take seconds at scale
    }
    return { n: times.length, p50: pct(times, 50), p95: pct(times, 95), max: Math.max(0, ...times) };
  };
})();
