// Runs in the page (npm run layout:report): the first view as Cytoscape draws it, in screen pixels. Plain JavaScript,
// evaluated as it is. Lines are straight segments between their ends' centres; lines sharing an end never cross.
(() => {
  const cy = window.__MG__.cy;
  const box = cy.container().getBoundingClientRect();
  const screen = {
    x1: Math.max(0, box.left),
    y1: Math.max(0, box.top),
    x2: Math.min(innerWidth, box.right),
    y2: Math.min(innerHeight, box.bottom),
  };
  const zoom = cy.zoom();
  const pan = cy.pan();
  const toScreen = (p) => ({ x: box.left + p.x * zoom + pan.x, y: box.top + p.y * zoom + pan.y });
  const rect = (b) => {
    const a = toScreen({ x: b.x1, y: b.y1 });
    const c = toScreen({ x: b.x2, y: b.y2 });
    return { x1: a.x, y1: a.y, x2: c.x, y2: c.y };
  };
  const nodes = cy.nodes().filter((n) => n.visible() && !n.isParent());
  const edges = cy.edges().filter((e) => e.visible());
  const overlap = (a, b) =>
    Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 0.5 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 0.5;
  const pairs = (boxes) => {
    let n = 0;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) if (overlap(boxes[i], boxes[j])) n++;
    return n;
  };
  const labelled = nodes.filter((n) => String(n.style('label') || '') !== '' && Number(n.style('text-opacity')) > 0);
  const labels = labelled.map((n) =>
    rect(n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true })),
  );
  const bodies = nodes.map((n) => rect(n.boundingBox({ includeLabels: false, includeOverlays: false })));
  const segments = edges.map((e) => ({
    s: e.source().id(),
    t: e.target().id(),
    a: toScreen(e.source().position()),
    b: toScreen(e.target().position()),
  }));
  const side = (p, q, r) => (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
  let crossings = 0;
  for (let i = 0; i < segments.length; i++)
    for (let j = i + 1; j < segments.length; j++) {
      const u = segments[i];
      const v = segments[j];
      if (u.s === v.s || u.s === v.t || u.t === v.s || u.t === v.t) continue;
      if (side(u.a, u.b, v.a) * side(u.a, u.b, v.b) < 0 && side(v.a, v.b, u.a) * side(v.a, v.b, u.b) < 0) crossings++;
    }
  // A dot that a line not its own runs through (or brushes, within 3 px) reads as joined to it.
  const segDistance = (p, a, b) => {
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = dx * dx + dy * dy;
    const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len));
    return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
  };
  let onLines = 0;
  nodes.forEach((n) => {
    const p = toScreen(n.position());
    const r = n.renderedOuterWidth() / 2 + 3;
    for (const u of segments) if (u.s !== n.id() && u.t !== n.id() && segDistance(p, u.a, u.b) < r) onLines++;
  });
  const offScreen = nodes.filter((n) => {
    const p = toScreen(n.position());
    return p.x < screen.x1 || p.x > screen.x2 || p.y < screen.y1 || p.y > screen.y2;
  }).length;
  const sizes = labelled.map((n) => parseFloat(String(n.style('font-size'))) * zoom);
  return {
    nodes: nodes.length,
    lines: edges.length,
    crossings,
    labelOverlaps: pairs(labels),
    nodeOverlaps: pairs(bodies),
    nodesOnLines: onLines,
    offScreen,
    smallestLabelPx: sizes.length ? Math.round(Math.min(...sizes) * 10) / 10 : 0,
  };
})();
