"""Exports of a case: what goes in (filtered by legal basis), the PDF (reportlab), the
signature (pyHanko, PAdES, offline) and verification.

Modules: `categories` (the one place that maps form data to sharing categories),
`content` (the sharing plan and what a document holds; no reportlab), `document` (the
rendering pipeline), `story_*` (one builder per document kind), `certs`/`signing`
(certificates, signature, encryption), `verify`, and `export` (the service the CLI and
the UI call).
"""


def write_inzage_pdf(store, pupil_id: int, folder):
    """The signed inzage PDF of one pupil in `folder` (for the UI); returns its path."""
    from ibdesk.dossier.export import export_inzage_pdf
    from ibdesk.services.container import Services

    return export_inzage_pdf(Services.build(store), pupil_id, folder)
