"""Set-up shared by the screenshot scripts (tests/*/screenshots.py)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]


def prepare_environment(work: Path) -> None:
    """Offscreen Qt and the file keyring of the tests, before Qt or keyring are used."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["PYTHON_KEYRING_BACKEND"] = "support.file_keyring.FileKeyring"
    os.environ["IBDESK_TEST_KEYRING_FILE"] = str(work / "test-keyring.json")
    os.environ.setdefault("IBDESK_POLICY", str(work / "no-machine-policy.yaml"))
    if str(TESTS) not in sys.path:
        sys.path.insert(0, str(TESTS))
    import keyring
    import keyring.core

    from ibdesk.store import keys

    keyring.set_keyring(keyring.core.load_keyring(os.environ["PYTHON_KEYRING_BACKEND"]))
    keys.PASSPHRASE_SCRYPT_N = 2**12


def run_script(argv: list[str], script: str, render_all, confirm: bool | None = None) -> int:
    """`python tests/<x>/screenshots.py OUTDIR`: a temporary profile, messages printed instead
    of shown, `confirm` (when given) answering every yes/no question, PNG paths printed."""
    import tempfile

    if len(argv) != 2:
        print(f"gebruik: python {script} UITVOERMAP", file=sys.stderr)
        return 2
    out = Path(argv[1]).resolve()
    with tempfile.TemporaryDirectory(prefix="ibdesk-shots-") as tmp:
        prepare_environment(Path(tmp))
        from ibdesk.ui.kit import messages

        messages.show_error = lambda parent, title, text: print(f"[melding] {title}: {text}")
        messages.show_info = messages.show_error
        if confirm is not None:
            messages.confirm = lambda parent, title, text, **kw: confirm
        saved = render_all(out, Path(tmp))
    for path in saved:
        print(path)
    return 0
