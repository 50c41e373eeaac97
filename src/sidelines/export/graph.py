"""The actor network as GraphML and GEXF 1.2, written with the standard library's XML writer.

Nodes are actors merged across documents (name, kind, country, events); edges join two actors that
share events, with the count, the count of each PLOVER type and the last date.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from sidelines.lexicon.plover import EVENT_TYPES
from sidelines.query.rows import NetworkLink, NetworkNode

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
GEXF_NS = "http://www.gexf.net/1.2draft"

NODE_ATTRS = (("name", "string"), ("kind", "string"), ("country", "string"), ("events", "int"))
EDGE_ATTRS = (("count", "int"), ("last_date", "string"), *((f"count_{t}", "int") for t in EVENT_TYPES))


def _node_values(n: NetworkNode) -> dict[str, object]:
    return {"name": n.name, "kind": n.kind, "country": n.country or "", "events": n.events}


def _edge_values(e: NetworkLink) -> dict[str, object]:
    return {"count": e.count, "last_date": e.last_date or "", **{f"count_{t}": e.types.get(t, 0) for t in EVENT_TYPES}}


def _write(root: ET.Element, path: Path) -> None:
    tree = ET.ElementTree(root)
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def write_graphml(nodes: list[NetworkNode], edges: list[NetworkLink], path: Path) -> None:
    """An undirected GraphML graph; every attribute declared with its type."""
    root = ET.Element("graphml", xmlns=GRAPHML_NS)
    for scope, attrs in (("node", NODE_ATTRS), ("edge", EDGE_ATTRS)):
        for name, kind in attrs:
            ET.SubElement(root, "key", {"id": f"{scope[0]}_{name}", "for": scope, "attr.name": name,
                                        "attr.type": kind})
    graph = ET.SubElement(root, "graph", id="actors", edgedefault="undirected")
    for n in nodes:
        el = ET.SubElement(graph, "node", id=f"a{n.id}")
        for key, value in _node_values(n).items():
            ET.SubElement(el, "data", key=f"n_{key}").text = str(value)
    for i, e in enumerate(edges):
        el = ET.SubElement(graph, "edge", id=f"l{i}", source=f"a{e.source}", target=f"a{e.target}")
        for key, value in _edge_values(e).items():
            ET.SubElement(el, "data", key=f"e_{key}").text = str(value)
    _write(root, path)


def write_gexf(nodes: list[NetworkNode], edges: list[NetworkLink], path: Path) -> None:
    """An undirected GEXF 1.2 graph; node labels are actor names, edge weights event counts."""
    root = ET.Element("gexf", xmlns=GEXF_NS, version="1.2")
    graph = ET.SubElement(root, "graph", mode="static", defaultedgetype="undirected")
    for scope, attrs in (("node", NODE_ATTRS[1:]), ("edge", EDGE_ATTRS)):
        decl = ET.SubElement(graph, "attributes", {"class": scope})
        for name, kind in attrs:
            ET.SubElement(decl, "attribute", id=f"{scope[0]}_{name}", title=name, type="integer" if kind == "int"
                          else kind)
    node_list = ET.SubElement(graph, "nodes")
    for n in nodes:
        el = ET.SubElement(node_list, "node", id=f"a{n.id}", label=n.name)
        values = ET.SubElement(el, "attvalues")
        for key, value in list(_node_values(n).items())[1:]:
            ET.SubElement(values, "attvalue", {"for": f"n_{key}", "value": str(value)})
    edge_list = ET.SubElement(graph, "edges")
    for i, e in enumerate(edges):
        el = ET.SubElement(edge_list, "edge", id=f"l{i}", source=f"a{e.source}", target=f"a{e.target}",
                           weight=str(e.count))
        values = ET.SubElement(el, "attvalues")
        for key, value in _edge_values(e).items():
            ET.SubElement(values, "attvalue", {"for": f"e_{key}", "value": str(value)})
    _write(root, path)


GRAPH_WRITERS = {"graphml": write_graphml, "gexf": write_gexf}
