"""Rendering the documents of a case: what goes in (filtered by legal basis), the PDF
(reportlab), the signature (pyHanko, PAdES, offline) and verification.

Modules: `categories` (the one place that maps form data to sharing categories),
`content` (the sharing plan and what a document holds; no reportlab), `document` (the
rendering pipeline), `story_*` (one builder per document kind), `certs`/`signing`
(certificates, signature, encryption) and `verify`. The export itself (checks, signing,
writing, the sharing log) is a service (services/export.py); nothing here imports the
service layer (tests/meta/test_layers.py).
"""
