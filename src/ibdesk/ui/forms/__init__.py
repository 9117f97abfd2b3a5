"""Qt rendering of form definitions (ibdesk.forms): FormView, FormEditor, SignaturePad."""

from .date_input import DateInput
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
    "decode_strokes",
    "draft_context",
    "encode_strokes",
    "resolve_container",
    "signature_image",
]
