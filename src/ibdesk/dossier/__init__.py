"""Rendering the documents of a case: what goes in (filtered by legal basis), the PDF
(reportlab), the signature (pyHanko, PAdES, offline) and verification.

Modules: `categories` (the one place that maps form data to sharing categories),
`content` (the sharing plan and what a document holds; no reportlab), `sources` (the plain
records a document is made of), `*_content` (assembling a document from those records),
`document` (the rendering pipeline), `story_*` (one builder per document kind), `certs`/
`signing` (a certificate with its key, signature, encryption) and `verify`. Everything here
takes data already read and returns a document or PDF bytes: reading the store (services/
dossier_sources.py), the profile's certificates (services/certificates.py) and the export
itself (checks, signing, writing, the sharing log; services/export_*.py) are services.
Nothing here imports the service layer or the store (tests/meta/test_layers.py).
"""
