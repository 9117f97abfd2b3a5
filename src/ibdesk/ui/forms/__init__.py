"""Qt rendering of form definitions (ibdesk.forms): FormView, FormEditor, SignaturePad."""

from .date_input import DateInput, date_placeholder, invalid_date
from .editor import FormEditor, ask_yes_no, draft_context
from .form_view import FormView, resolve_container
from .signature_pad import SignatureBox, SignaturePad, decode_strokes, encode_strokes, signature_image

__all__ = [
    "DateInput",
    "FormEditor",
    "FormView",
    "SignatureBox",
    "SignaturePad",
    "ask_yes_no",
    "date_placeholder",
    "decode_strokes",
    "draft_context",
    "encode_strokes",
    "invalid_date",
    "resolve_container",
    "signature_image",
]
