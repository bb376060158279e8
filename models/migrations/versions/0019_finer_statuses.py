"""finer call statuses (issue 15): rejected, no free channels, cancelled vs not answered

No new column: ``calls.disposition`` (how the call ended) gains ``rejected``,
``cancelled`` and ``congestion``, and ``calls.status`` gains ``unanswered``, ``rejected``,
``no_channels`` and ``in_progress`` (a call with no end yet: a softphone's call being
talked). Existing rows are back-filled from what they already say:

* an outgoing call nobody answered that our employee hung up (``hangup_by``) was
  cancelled by them; the others rang out: "not answered" instead of "cancelled";
* an incoming call nobody answered that our employee hung up was rejected by them (the
  softphone sent 486; CEL's hang-up source was the employee's phone);
* "congestion" cannot be told from "failed" afterwards: old rows stay "failed".

Parts keep the disposition of their own leg. Then the statuses of the calls nobody
answered or still going are recomputed by the rule as it stands at this revision (a frozen
copy of app.calls.status.status_sql). The report summaries count calls by status:
app.database.migrate rebuilds them after upgrading past this revision, so report totals
stay the same. A downgrade keeps the dispositions (nothing is lost on the way down and back
up) and puts back the statuses of the rule before this revision.

Revision ID: 0019
Revises: 0016
Create Date: 2026-12-07 17:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_STATUS_0019 = """
CASE
  WHEN ended_at IS NULL THEN 'in_progress'
  WHEN direction = 'out' AND disposition = 'cancelled' THEN 'cancelled'
  WHEN direction = 'out' AND disposition = 'busy' THEN 'busy'
  WHEN direction = 'out' AND disposition = 'failed' THEN 'failed'
  WHEN direction = 'out' AND disposition = 'congestion' THEN 'no_channels'
  WHEN direction = 'out' AND disposition = 'rejected' THEN 'rejected'
  WHEN direction = 'out' THEN 'unanswered'
  WHEN direction = 'in' AND number_known = 0
       AND (resolved_at IS NULL OR NOT date(resolved_at) <= date(started_at)) THEN 'lost'
  WHEN disposition = 'busy' THEN 'busy'
  WHEN disposition = 'failed' THEN 'failed'
  WHEN disposition = 'congestion' THEN 'no_channels'
  WHEN disposition = 'rejected' THEN 'rejected'
  ELSE 'no_answer'
END
"""

_BACK_TO_0015 = """
CASE
  WHEN disposition = 'answered' AND direction = 'out' THEN 'reached'
  WHEN disposition = 'answered' THEN 'accepted'
  WHEN direction = 'out' AND disposition = 'busy' THEN 'busy'
  WHEN direction = 'out' AND disposition = 'failed' THEN 'failed'
  WHEN direction = 'out' THEN 'cancelled'
  WHEN direction = 'in' AND number_known = 0
       AND (resolved_at IS NULL OR NOT date(resolved_at) <= date(started_at)) THEN 'lost'
  ELSE 'no_answer'
END
"""


def _recompute(rule: str) -> None:
    op.get_bind().execute(
        sa.text(
            f"UPDATE calls SET status = {rule} "
            "WHERE disposition <> 'answered' OR ended_at IS NULL OR status = 'in_progress'"
        )
    )


def upgrade() -> None:
    conn = op.get_bind()
    conn.execute(
        sa.text(
            "UPDATE calls SET disposition = 'cancelled' WHERE direction = 'out' "
            "AND disposition = 'no_answer' AND hangup_by = 'employee'"
        )
    )
    conn.execute(
        sa.text(
            "UPDATE calls SET disposition = 'rejected' WHERE direction = 'in' "
            "AND disposition = 'no_answer' AND hangup_by = 'employee'"
        )
    )
    _recompute(_STATUS_0019)


def downgrade() -> None:
    # The finer dispositions stay (nothing is lost on the way down and back up); the
    # statuses are those of the rule before this revision, which reads an unanswered
    # outgoing call that was not busy or failed as cancelled, and no call as in progress.
    _recompute(_BACK_TO_0015)
