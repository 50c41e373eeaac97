"""Build ``src/sidelines/data/plover_cameo.json``: the CAMEO root code of each PLOVER type (and mode).

Derived, with no hand-added entries, from ``CAMEO2PLOVER-2021.txt``, the PLOVER project's table from
CAMEO codes to PLOVER type, mode and context (CC BY-SA 4.0, Open Event Data Alliance). Give its
folder as the argument::

    .venv/bin/python scripts/build_plover_cameo.py ../shared/lexicons/cameo

The table maps CAMEO to PLOVER; exports need the other way round, which is only defined where the
table is unambiguous:

- ``modes``: type -> mode -> root, where every CAMEO code of that type and mode has one root
  ("ASSAULT", "firearms" -> "19");
- ``types``: type -> root, where exactly one two-digit root line of the table names the type
  ("CONSULT" -> "04"); ACCUSE (09, 11) and ASSAULT (18, 19, 20) have none.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

OUTPUT = Path(__file__).resolve().parent.parent / "src" / "sidelines" / "data" / "plover_cameo.json"
TABLE_FILE = "CAMEO2PLOVER-2021.txt"
LINE = re.compile(r"^(\d{2,4}):\s*([A-Za-z]+)\s*(?:,([^,#]*))?(?:,([^#]*))?")


def build(folder: Path) -> dict:
    """The root of each type and (type, mode) the table maps to one CAMEO root."""
    header_roots: dict[str, set[str]] = defaultdict(set)
    mode_roots: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    text = (folder / TABLE_FILE).read_text(encoding="utf-8")
    lines = [m for raw in text.splitlines() if (m := LINE.match(raw.strip()))]
    # A context written in the mode column ("175: ASSAULT, pro_autocracy, military") is no mode.
    contexts = {c.strip() for m in lines for c in (m.group(4) or "").split(";") if c.strip()}
    for m in lines:
        code, ptype, mode = m.group(1), m.group(2).upper(), (m.group(3) or "").strip()
        if len(code) == 2:
            header_roots[ptype].add(code)
        elif mode and mode not in contexts:
            mode_roots[ptype][mode].add(code[:2])
    types = {t: sorted(r)[0] for t, r in sorted(header_roots.items()) if len(r) == 1}
    modes = {t: {mode: sorted(r)[0] for mode, r in sorted(by_mode.items()) if len(r) == 1}
             for t, by_mode in sorted(mode_roots.items())}
    return {
        "_source": f"Derived by scripts/build_plover_cameo.py from {TABLE_FILE} (the PLOVER project's "
                   "CAMEO-to-PLOVER table, PLOVER manual draft 0.8, Open Event Data Alliance).",
        "_licence": "CC BY-SA 4.0 (the CAMEO2PLOVER table); this derived file is shared under the same licence.",
        "types": types,
        "modes": {t: m for t, m in modes.items() if m},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="folder with CAMEO2PLOVER-2021.txt")
    parser.add_argument("--out", type=Path, default=OUTPUT)
    args = parser.parse_args()
    data = build(args.folder)
    args.out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(data['types'])} types, {sum(map(len, data['modes'].values()))} modes")


if __name__ == "__main__":
    main()
