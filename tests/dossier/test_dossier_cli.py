"""`ibdesk export/handover/mdo/inzage/verify/cert`: exit codes and messages, in-process."""

from __future__ import annotations

import pytest

from ibdesk import cli

from .helpers import READY_CASE, WITHDRAWN_CASE, flip_byte_in_content


@pytest.fixture
def run(services, home, capsys):
    """`run(*argv)` -> (exit code, stdout, stderr) on the demo profile."""

    def run(*argv: str):
        code = cli.main(["--home", str(home), *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_export_verify_and_tamper(run, out):
    target = out / "dossier.pdf"
    code, stdout, stderr = run("export", str(READY_CASE), "--out", str(target))
    assert code == 0, stderr
    assert "Ondertekend document geschreven" in stdout and "vingerafdruk" in stdout
    code, stdout, _ = run("verify", str(target))
    assert code == 0 and "IN ORDE" in stdout and "uw eigen persoonlijke certificaat" in stdout
    bad = out / "gewijzigd.pdf"
    bad.write_bytes(flip_byte_in_content(target.read_bytes()))
    code, stdout, stderr = run("verify", str(bad))
    assert code == 1 and "NIET IN ORDE" in stdout and "Traceback" not in stdout + stderr


def test_export_refused_says_why(run, out):
    code, _stdout, stderr = run("export", str(WITHDRAWN_CASE), "--out", str(out / "x.pdf"))
    assert code == 1 and "nog niet klaar" in stderr and "Traceback" not in stderr
    code, _, stderr = run("export", str(WITHDRAWN_CASE), "--purpose", "arrangement_swv", "--out", str(out / "x.pdf"))
    assert code == 1 and "Er mag niets worden gedeeld" in stderr
    assert not (out / "x.pdf").exists()


def test_export_to_named_recipient_and_encrypted(run, out):
    target = out / "d.pdf"
    code, stdout, stderr = run(
        "export", str(READY_CASE), "--to", "sociaal team renkum", "--encrypt", "--out", str(target)
    )
    assert code == 0, stderr
    password = next(line.split(": ", 1)[1] for line in stdout.splitlines() if line.startswith("WACHTWOORD"))
    code, _, stderr = run("verify", str(target))
    assert code == 1 and "versleuteld" in stderr
    code, stdout, _ = run("verify", str(target), "--password", password)
    assert code == 0 and "IN ORDE" in stdout
    code, _, stderr = run("export", str(READY_CASE), "--to", "Renkum", "--out", str(target), "--force")
    assert code == 1 and "Kies één ontvanger" in stderr


def test_handover_mdo_inzage_and_cert(run, out, services):
    assert run("handover", "4", "--kind", "sociaal-team", "--out", str(out / "o.pdf"))[0] == 0
    assert run("mdo", "1", "--out", str(out / "mdo.pdf"))[0] == 0
    pupil_id = services.guidance.overview(READY_CASE, log_view=False).pupil.id
    code, stdout, _ = run("inzage", str(pupil_id), "--out", str(out))
    assert code == 0 and stdout.count("Geschreven") == 2
    assert sorted(p.suffix for p in out.glob("inzage-leerling-*")) == [".json", ".pdf"]
    code, stdout, _ = run("cert", "export", "--out", str(out / "mijn.pem"))
    assert code == 0 and (out / "mijn.pem").read_bytes().startswith(b"-----BEGIN CERTIFICATE")
    code, stdout, _ = run("cert", "show")
    assert code == 0 and "Vingerafdruk" in stdout
    code, _, stderr = run("handover", str(READY_CASE), "--kind", "po-vo", "--out", str(out / "x.pdf"))
    assert code == 1 and "Vul eerst het formulier" in stderr


def test_verify_without_profile_trusts_given_certificate(run, out, home, tmp_path):
    target = out / "d.pdf"
    run("export", str(READY_CASE), "--out", str(target))
    run("cert", "export", "--out", str(out / "school.pem"))
    elsewhere = tmp_path / "ander-profiel"
    code = cli.main(["--home", str(elsewhere), "verify", str(target)])
    assert code == 1, "an unknown signer is never 'in orde' (issue 13.8)"
    code = cli.main(["--home", str(elsewhere), "verify", str(target), "--trust", str(out / "school.pem")])
    assert code == 0
