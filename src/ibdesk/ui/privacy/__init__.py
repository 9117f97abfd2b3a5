"""Privacy screens: retention periods (Bewaartermijnen) and the inzage export for parents."""

from .inzage_page import InzagePage, export_inzage
from .retention_page import RetentionPage

__all__ = ["InzagePage", "RetentionPage", "export_inzage"]
