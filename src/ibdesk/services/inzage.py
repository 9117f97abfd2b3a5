"""Inzage (right of access): everything ibdesk holds about one pupil and the family, as
machine-readable JSON (and, through the dossier pipeline, a readable PDF)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from pathlib import Path

from sqlalchemy import select

from ibdesk.errors import NotFoundError
from ibdesk.i18n import tr
from ibdesk.services import convert
from ibdesk.store import audit
from ibdesk.store import models as m
from ibdesk.store.files import atomic_write
from ibdesk.store.profile import Store


def _iso(value):
    return value.isoformat() if hasattr(value, "isoformat") else value


class InzageService:
    def __init__(self, store: Store, today: Callable[[], date] = date.today):
        self.store, self.today = store, today

    def collect(self, pupil_id: int) -> dict:
        """Every record about the pupil: personal data, guardians, cases and their steps,
        forms (with the form version), absence, consent, views, meetings, sharing and audit."""
        with self.store.session() as s:
            pupil = s.get(m.PupilRow, pupil_id)
            if pupil is None:
                raise NotFoundError(tr("Leerling {pupil_id} bestaat niet.", pupil_id=pupil_id))
            case_ids = list(s.scalars(select(m.CaseRow.id).where(m.CaseRow.pupil_id == pupil_id)))
            data = {
                "generated_on": self.today().isoformat(),
                "pupil": _jsonable(asdict(convert.pupil_from_row(pupil))),
                "cases": [
                    _jsonable(asdict(convert.case_from_row(c)))
                    for c in s.scalars(select(m.CaseRow).where(m.CaseRow.pupil_id == pupil_id))
                ],
                "route_steps": _rows(s, m.StepProgressRow, m.StepProgressRow.case_id.in_(case_ids)),
                "case_events": _rows(s, m.CaseEventRow, m.CaseEventRow.case_id.in_(case_ids)),
                "forms": [
                    {**_row(r), "answers": json.loads(r.answers)}
                    for r in s.scalars(select(m.FormAnswerRow).where(m.FormAnswerRow.pupil_id == pupil_id))
                ],
                "drafts": [
                    {**_row(r), "answers": json.loads(r.answers)}
                    for r in s.scalars(select(m.FormDraftRow).where(m.FormDraftRow.pupil_id == pupil_id))
                ],
                "absence": _rows(s, m.AbsenceRow, m.AbsenceRow.pupil_id == pupil_id),
                "exemptions": _rows(s, m.ExemptionRow, m.ExemptionRow.pupil_id == pupil_id),
                "legal_bases": _rows(s, m.LegalBasisRow, m.LegalBasisRow.pupil_id == pupil_id),
                "viewpoints": _rows(s, m.ViewpointRow, m.ViewpointRow.case_id.in_(case_ids)),
                "meetings": _meetings(s, case_ids),
                "action_points": _rows(s, m.ActionPointRow, m.ActionPointRow.case_id.in_(case_ids)),
                "case_flags": _rows(s, m.CaseFlagRow, m.CaseFlagRow.case_id.in_(case_ids)),
                "sharing_log": _rows(s, m.SharingLogRow, m.SharingLogRow.pupil_id == pupil_id),
                "signatures": _rows(s, m.SignatureRow, m.SignatureRow.pupil_id == pupil_id),
                "notes": _rows(s, m.NoteRow, m.NoteRow.pupil_id == pupil_id),
                "attachments": [
                    {k: v for k, v in _row(r).items() if k != "data"}
                    for r in s.scalars(select(m.AttachmentRow).where(m.AttachmentRow.pupil_id == pupil_id))
                ],
                "audit": [_jsonable(asdict(e)) for e in audit.entries(s, "pupil", pupil_id)]
                + [_jsonable(asdict(e)) for cid in case_ids for e in audit.entries(s, "case", cid)],
            }
            self.store.audit(s, "inzage", "pupil", pupil_id)
        return data

    def known_actors(self) -> list[str]:
        """Every name the user profile has had in the logbook (store.actor): these are people;
        any other actor (a login name in an older entry) is not shown to parents."""
        return json.loads(self.store.get_setting("user.actors") or "[]")

    def write_json(self, pupil_id: int, folder: Path) -> Path:
        data = self.collect(pupil_id)
        path = folder / f"inzage-leerling-{pupil_id}-{self.today().isoformat()}.json"
        atomic_write(path, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
        return path


def _row(row) -> dict:
    """Every column but the answers (read separately) and file bytes (an attachment is listed,
    its contents are handed over as the file itself)."""
    return {c.name: _iso(getattr(row, c.key)) for c in row.__table__.columns if c.key not in ("answers", "data")}


def _meetings(s, case_ids: list[int]) -> list[dict]:
    """Each meeting the pupil was discussed in: when, which meeting, the question, and in which
    roles people took part (as the meeting records them; roles, not names, as for any recipient)."""
    found = []
    query = (
        select(m.MeetingCaseRow, m.MeetingRow)
        .join(m.MeetingRow, m.MeetingRow.id == m.MeetingCaseRow.meeting_id)
        .where(m.MeetingCaseRow.case_id.in_(case_ids))
        .order_by(m.MeetingRow.held_on, m.MeetingCaseRow.id)
    )
    for item, meeting in s.execute(query):
        roles = [str(p.get("rol", "")).strip() for p in json.loads(meeting.participants or "[]")]
        found.append(
            {
                **_row(item),
                "held_on": _iso(meeting.held_on),
                "title": meeting.title,
                "roles": [r for r in dict.fromkeys(roles) if r],
            }
        )
    return found


def _rows(s, model, where) -> list[dict]:
    rows = [_row(r) for r in s.scalars(select(model).where(where))]
    for row in rows:
        for key in ("categories", "givers", "participants", "shared", "withheld"):
            if isinstance(row.get(key), str):
                row[key] = json.loads(row[key])
    return rows


def _jsonable(value):
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return _iso(value)
