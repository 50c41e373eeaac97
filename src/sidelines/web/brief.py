"""The brief rendered: Markdown for a terminal or a mail, HTML for a file (the page uses the same template).

The data comes from ``sidelines.query.build_brief``; nothing here queries the store.
"""

from __future__ import annotations

from pathlib import Path

from sidelines.query.rows import Brief, EventRow

HERE = Path(__file__).resolve().parent


def event_line(e: EventRow) -> str:
    """One event in a sentence: date, type, actors and place."""
    actors = ", ".join(f"{a.name} ({a.role})" for a in e.actors) or "no named actor"
    when = e.date_start or "undated"
    where = f" in {e.place}" if e.place else ""
    return f"{when} {e.type}: {actors}{where}"


def _md(text: str) -> str:
    """Text for a Markdown line: no markup of its own, no line breaks."""
    out = " ".join(text.split())
    for ch in "\\`*_[]<>#|":
        out = out.replace(ch, "\\" + ch)
    return out


def brief_markdown(brief: Brief) -> str:
    """The brief as Markdown."""
    lines = [f"# Brief: {brief.since} to {brief.until}", "", f"{brief.documents} articles in the period.", ""]
    for heading, rows in (("Meetings", brief.meetings), ("Agreements", brief.agreements),
                          ("Confrontations", brief.confrontations)):
        lines.append(f"## {heading}")
        lines += [f"- {_md(event_line(e))}" + (f" — \u201c{_md(e.evidence)}\u201d" if e.evidence else "")
                  + f" ({_md(e.document)})" for e in rows] or [
            "- none"]
        lines.append("")
    lines.append("## Most quoted")
    for person in brief.quoted:
        lines.append(f"- **{_md(person.name)}** ({person.count} quotes)")
        lines += [f"  - \u201c{_md(q.content)}\u201d ({_md(q.document)})" for q in person.lines]
    if not brief.quoted:
        lines.append("- none")
    lines += ["", "## First seen"]
    lines += [f"- {_md(a.name)} ({a.type}{', ' + a.country if a.country else ''}), {a.first_seen}, "
              f"{a.documents} articles" for a in brief.new_actors] or ["- none"]
    lines += ["", "## Watch alerts"]
    lines += [f"- [{_md(al.rule)}] {_md(al.summary)} ({_md(al.document)})" for al in brief.alerts] or ["- none"]
    lines += ["", "## Events per type per day", ""]
    days = sorted({r.day for r in brief.per_day})
    types = sorted({r.type for r in brief.per_day})
    if days:
        counts = {(r.day, r.type): r.count for r in brief.per_day}
        lines.append("| day | " + " | ".join(types) + " |")
        lines.append("|---|" + "---|" * len(types))
        lines += [f"| {d} | " + " | ".join(str(counts.get((d, t), 0)) for t in types) + " |" for d in days]
    else:
        lines.append("No dated events.")
    return "\n".join(lines) + "\n"


def brief_html(brief: Brief) -> str:
    """The brief as one HTML file (the page's template, with the style sheet inside)."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    from sidelines.web.svg import day_chart

    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True))
    css = (HERE / "static" / "site.css").read_text("utf-8")
    chart = day_chart(brief.per_day, first=brief.since, last=brief.until, link=False)
    return env.get_template("brief_file.html").render(brief=brief, chart=chart, css=css, standalone=True)
