// The actor network: a small force layout over the server's SVG (nodes <g class="node">, edges <line class="edge">).
"use strict";

(function () {
  const svg = document.getElementById("network");
  if (!svg) return;
  const box = svg.viewBox.baseVal;
  const nodes = Array.from(svg.querySelectorAll("g.node")).map((el) => {
    const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(el.getAttribute("transform"));
    return { el, x: Number(m[1]), y: Number(m[2]), vx: 0, vy: 0, fixed: false };
  });
  const edges = Array.from(svg.querySelectorAll("line.edge")).map((el) => ({
    el, a: nodes[Number(el.dataset.a)], b: nodes[Number(el.dataset.b)],
    w: Number(el.getAttribute("stroke-width")) || 1,
  }));

  function step(heat) {
    for (let i = 0; i < nodes.length; i++) {          // every pair repels
      for (let j = i + 1; j < nodes.length; j++) {
        const p = nodes[i], q = nodes[j];
        let dx = p.x - q.x, dy = p.y - q.y;
        const d2 = Math.max(dx * dx + dy * dy, 25);
        const f = 2400 / d2;
        dx *= f / Math.sqrt(d2); dy *= f / Math.sqrt(d2);
        p.vx += dx; p.vy += dy; q.vx -= dx; q.vy -= dy;
      }
    }
    for (const e of edges) {                            // each edge pulls like a spring
      const dx = e.b.x - e.a.x, dy = e.b.y - e.a.y;
      const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
      const f = (d - 90) * 0.02 * Math.min(e.w, 4) / d;
      e.a.vx += dx * f; e.a.vy += dy * f; e.b.vx -= dx * f; e.b.vy -= dy * f;
    }
    for (const n of nodes) {                            // a weak pull to the centre keeps parts together
      n.vx += (box.width / 2 - n.x) * 0.004; n.vy += (box.height / 2 - n.y) * 0.004;
      if (!n.fixed) {
        n.x = Math.min(box.width - 20, Math.max(20, n.x + n.vx * heat));
        n.y = Math.min(box.height - 20, Math.max(20, n.y + n.vy * heat));
      }
      n.vx *= 0.5; n.vy *= 0.5;
    }
  }

  function draw() {
    for (const n of nodes) n.el.setAttribute("transform", `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})`);
    for (const e of edges) {
      e.el.setAttribute("x1", e.a.x.toFixed(1)); e.el.setAttribute("y1", e.a.y.toFixed(1));
      e.el.setAttribute("x2", e.b.x.toFixed(1)); e.el.setAttribute("y2", e.b.y.toFixed(1));
    }
  }

  // Lay the graph out at once (a few hundred steps of cooling forces), then draw it.
  let heat = 1;
  for (let k = 0; k < 300; k++) { step(heat); heat *= 0.985; }
  draw();
  svg.dataset.settled = "yes";

  // Drag a node (a click without moving still follows its link).
  let dragged = null, moved = false;
  function point(ev) {
    const pt = svg.createSVGPoint(); pt.x = ev.clientX; pt.y = ev.clientY;
    return pt.matrixTransform(svg.getScreenCTM().inverse());
  }
  svg.addEventListener("pointerdown", (ev) => {
    const g = ev.target.closest("g.node");
    if (!g) return;
    dragged = nodes[Number(g.dataset.i)]; moved = false; dragged.fixed = true;
  });
  svg.addEventListener("pointermove", (ev) => {
    if (!dragged) return;
    const p = point(ev); dragged.x = p.x; dragged.y = p.y; moved = true;
    step(0.2); draw();
  });
  window.addEventListener("pointerup", () => { if (dragged) dragged.fixed = false; dragged = null; });
  svg.addEventListener("click", (ev) => { if (moved) { ev.preventDefault(); moved = false; } }, true);
})();
