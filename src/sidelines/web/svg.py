"""Charts drawn on the server as SVG: events per day and type, the map of event places, the actor network.

Every text and attribute that comes from the data goes through ``esc`` (links through ``href``),
so a chart is as safe as an autoescaped template.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from html import escape
from urllib.parse import quote

from markupsafe import Markup

from sidelines.query.rows import ActorPair, MapPoint, TimelineRow

#: A colour per PLOVER type: cooperative types green-blue, conflictual ones warm.
TYPE_COLOURS = {
    "CONSULT": "#3b6ea5", "AGREE": "#2a9d8f", "SUPPORT": "#57a773", "COOPERATE": "#8ab17d", "AID": "#b5c99a",
    "CONCEDE": "#9c89b8", "RETREAT": "#b8b8d1", "REQUEST": "#6c8ead", "ACCUSE": "#e76f51", "REJECT": "#f4a261",
    "THREATEN": "#d62828", "PROTEST": "#e9c46a", "SANCTION": "#a8552e", "MOBILIZE": "#7f5539", "COERCE": "#9d0208",
    "ASSAULT": "#370617",
}
#: The most days a day chart draws (the latest ones).
MAX_DAYS = 366


def esc(value: object) -> str:
    """Text or an attribute value, escaped."""
    return escape(str(value), quote=True)


def href(*parts: str) -> str:
    """A local link from path parts, each percent-encoded."""
    return esc("/" + "/".join(quote(p, safe="") for p in parts))


def _days(first: str, last: str) -> list[str]:
    start, end = date.fromisoformat(first), date.fromisoformat(last)
    n = min((end - start).days + 1, MAX_DAYS)
    return [(end - timedelta(days=n - 1 - i)).isoformat() for i in range(n)]


def day_chart(rows: Iterable[TimelineRow], *, first: str | None = None, last: str | None = None, width: int = 760,
              height: int = 220, link: bool = True) -> Markup:
    """Events per day, stacked by type, with a legend; each bar segment links to that day's events.

    ``first`` and ``last`` fix the days drawn (a brief's period); else the days of the rows.
    """
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for r in rows:
        try:
            date.fromisoformat(r.day)
        except ValueError:
            continue
        if (first and r.day < first) or (last and r.day > last):
            continue
        counts[r.day][r.type] = counts[r.day].get(r.type, 0) + r.count
    if not counts:
        return Markup('<p class="empty">No dated events.</p>')
    days = _days(first or min(counts), last or max(counts))
    types = sorted({t for c in counts.values() for t in c}, key=lambda t: list(TYPE_COLOURS).index(t)
                   if t in TYPE_COLOURS else 99)
    top = max(sum(c.values()) for c in counts.values())
    left, bottom, legend = 34, 30, 18 * ((len(types) + 5) // 6)
    plot_h = height - bottom - legend - 8
    bar_w = min((width - left - 8) / len(days), 28.0)
    out = [f'<svg class="chart day-chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
           f'role="img" aria-label="events per day and type">']
    out.append(f'<line x1="{left}" y1="{plot_h + 4}" x2="{width - 4}" y2="{plot_h + 4}" class="axis"/>')
    out.append(f'<text x="{left - 4}" y="12" class="tick" text-anchor="end">{top}</text>')
    out.append(f'<text x="{left - 4}" y="{plot_h + 4}" class="tick" text-anchor="end">0</text>')
    for i, day in enumerate(days):
        y: float = plot_h + 4
        x = left + i * bar_w
        for t in types:
            n = counts.get(day, {}).get(t, 0)
            if not n:
                continue
            h = plot_h * n / top
            y -= h
            rect = (f'<rect x="{x + 0.5:.1f}" y="{y:.1f}" width="{max(bar_w - 1, 0.8):.1f}" height="{h:.1f}" '
                    f'fill="{TYPE_COLOURS.get(t, "#888")}"><title>{esc(day)} {esc(t)}: {n}</title></rect>')
            if link:
                rect = f'<a href="/events?type={esc(t)}&amp;since={esc(day)}&amp;until={esc(day)}">{rect}</a>'
            out.append(rect)
    for i in sorted({0, len(days) - 1, len(days) // 2}):
        anchor = "start" if i == 0 else "end" if i == len(days) - 1 else "middle"
        out.append(f'<text x="{left + (i + 0.5) * bar_w:.1f}" y="{plot_h + 20}" class="tick" '
                   f'text-anchor="{anchor}">{esc(days[i])}</text>')
    for k, t in enumerate(types):
        lx, ly = left + (k % 6) * 120, plot_h + bottom + 6 + 18 * (k // 6)
        out.append(f'<rect x="{lx}" y="{ly}" width="10" height="10" fill="{TYPE_COLOURS.get(t, "#888")}"/>'
                   f'<text x="{lx + 14}" y="{ly + 9}" class="legend">{esc(t)}</text>')
    out.append("</svg>")
    return Markup("".join(out))


def world_map(points: Iterable[MapPoint], *, outline: str = "/static/world-land.svg") -> Markup:
    """Event places on an equirectangular world (the offline outline, a 30-degree graticule, one dot per place)."""
    out = ['<svg class="chart world-map" viewBox="0 0 360 180" role="img" aria-label="map of event places">',
           '<rect width="360" height="180" class="sea"/>']
    if outline:
        out.append(f'<image href="{esc(outline)}" x="0" y="0" width="360" height="180"/>')
    for lon in range(0, 361, 30):
        out.append(f'<line x1="{lon}" y1="0" x2="{lon}" y2="180" class="graticule"/>')
    for lat in range(0, 181, 30):
        out.append(f'<line x1="0" y1="{lat}" x2="360" y2="{lat}" class="graticule"/>')
    for p in sorted(points, key=lambda p: -(p.events + p.mentions)):
        r = 1 + math.sqrt(p.events + p.mentions) * 0.6
        x, y = p.lon + 180, 90 - p.lat
        label = f"{p.name}{f' ({p.country})' if p.country else ''}: {p.events} events, {p.mentions} mentions"
        target = esc("/events?place=" + quote(p.name, safe=""))
        out.append(f'<a href="{target}" class="map-point"><circle cx="{x:.2f}" cy="{y:.2f}" r="{r:.2f}">'
                   f'<title>{esc(label)}</title></circle></a>')
    out.append("</svg>")
    return Markup("".join(out))


def network_svg(pairs: Iterable[ActorPair], *, width: int = 900, height: int = 640) -> Markup:
    """The actor network: one node per actor on a circle (network.js then lays it out by forces).

    Each node links to its actor page; each edge carries how many events the pair shares.
    """
    pairs = list(pairs)
    weight: dict[str, int] = defaultdict(int)
    country: dict[str, str | None] = {}
    for p in pairs:
        weight[p.actor_a] += p.count
        weight[p.actor_b] += p.count
        country.setdefault(p.actor_a, p.country_a)
        country.setdefault(p.actor_b, p.country_b)
    names = sorted(weight, key=lambda n: (-weight[n], n))
    if not names:
        return Markup('<p class="empty">No actors share events yet.</p>')
    cx, cy, radius = width / 2, height / 2, min(width, height) / 2 - 60
    at = {n: (cx + radius * math.cos(2 * math.pi * i / len(names)),
              cy + radius * math.sin(2 * math.pi * i / len(names))) for i, n in enumerate(names)}
    index = {n: i for i, n in enumerate(names)}
    out = [f'<svg id="network" class="chart network" viewBox="0 0 {width} {height}" width="{width}" '
           f'height="{height}" role="img" aria-label="actor network">']
    for p in pairs:
        (x1, y1), (x2, y2) = at[p.actor_a], at[p.actor_b]
        out.append(f'<line class="edge" data-a="{index[p.actor_a]}" data-b="{index[p.actor_b]}" '
                   f'x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                   f'stroke-width="{min(1 + p.count, 8)}"><title>{esc(p.actor_a)} and {esc(p.actor_b)}: '
                   f'{p.count} events, last {esc(p.last_date or "undated")}</title></line>')
    for n in names:
        x, y = at[n]
        r = 5 + min(math.sqrt(weight[n]) * 2, 14)
        label = n + (f" ({country[n]})" if country.get(n) else "")
        out.append(f'<g class="node" data-i="{index[n]}" transform="translate({x:.1f},{y:.1f})">'
                   f'<a href="{href("actors", n)}"><circle r="{r:.1f}"><title>{esc(label)}: {weight[n]} shared '
                   f'events</title></circle><text x="{r + 3:.1f}" y="4">{esc(n)}</text></a></g>')
    out.append("</svg>")
    return Markup("".join(out))
