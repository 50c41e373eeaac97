"""The country of a cluster of mentions: its own, else one its names or roles carry."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sidelines.extractors.entities.clusters import Cluster


def cluster_country(cluster: Cluster) -> str | None:
    """The country of a cluster: its own, else the first one its mentions carry."""
    return cluster_country_reason(cluster)[0]


def cluster_country_reason(cluster: Cluster) -> tuple[str | None, str]:
    """The country of a cluster and how it was read: its own, else the first one its names or roles carry."""
    if cluster.country:
        return cluster.country, "the group's own country"
    for m in cluster.names:
        if m.country:
            return m.country, "read from a name (a country, capital, demonym or a title's country)"
    for r in cluster.roles:
        if r.country:
            return r.country, f"the affiliation of the role {r.title!r}"
    return None, ""
