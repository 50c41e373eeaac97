"""The typed rows the query API returns: one dataclass per kind of row, one module per domain.

Every row is also a read-only mapping of its fields (``row["name"]``, ``dict(row)``), so a
row prints as JSON as it is (``base``). Every row type is importable from here.
"""

from sidelines.query.rows.actors import (
    ActorDetail,
    ActorDocument,
    ActorPage,
    ActorPair,
    ActorRow,
    MetActor,
    NetworkLink,
    NetworkNode,
    RoleMention,
    RoleRow,
)
from sidelines.query.rows.base import Row, to_jsonable
from sidelines.query.rows.brief import AlertRow, Brief, NewActor, NewActorRow, QuotedPerson, TimelineRow
from sidelines.query.rows.documents import (
    Change,
    DocumentRow,
    EventView,
    FailureRow,
    LayerItemRow,
    QuoteView,
    SearchHit,
    StoreCounts,
    VersionDiff,
    VersionRow,
)
from sidelines.query.rows.events import EventActorRow, EventRow, QuoteRow
from sidelines.query.rows.exports import ExportActor, ExportEvent, ExportQuote
from sidelines.query.rows.places import EventPlace, MapPoint
from sidelines.query.rows.stories import StoryArticle, StoryDetail, StoryEvent, StoryRow

__all__ = [
    "ActorDetail", "ActorDocument", "ActorPage", "ActorPair", "ActorRow", "AlertRow", "Brief", "Change", "DocumentRow",
    "EventActorRow", "EventPlace", "EventRow", "EventView", "ExportActor", "ExportEvent", "ExportQuote",
    "FailureRow", "LayerItemRow", "MapPoint", "MetActor", "NetworkLink", "NetworkNode", "NewActor", "NewActorRow",
    "QuoteRow", "QuoteView", "QuotedPerson", "RoleMention", "RoleRow", "Row", "SearchHit", "StoreCounts",
    "StoryArticle", "StoryDetail", "StoryEvent", "StoryRow", "TimelineRow", "VersionDiff", "VersionRow",
    "to_jsonable",
]
