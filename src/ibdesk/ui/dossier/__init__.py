"""Screens for signed documents: the export wizard for a case's dossier, 'Controleer
dossier', and the signing section of Instellingen. `preview` holds the non-Qt logic."""

from .export_wizard import ExportWizard
from .signer_settings import SignerSettings
from .verify_dialog import VerifyDialog

__all__ = ["ExportWizard", "SignerSettings", "VerifyDialog"]
