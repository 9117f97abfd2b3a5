"""Issue 13 point 15: secrets not in argv, private file modes, Dutch errors only, no leftovers."""

import os
import stat

import pytest
from support.cli import assert_clean_failure, flip, ibdesk, kill, start, wait_for


@pytest.fixture
def demo(home):
    assert ibdesk("init").returncode == 0
    assert ibdesk("demo", "--no-gui", "--pupils", "3").returncode == 0
    return home


def test_verify_reads_the_document_password_from_the_environment_not_argv(demo, tmp_path):
    from ibdesk.services.container import Services
    from ibdesk.services.export_documents import export_inzage
    from ibdesk.store.opening import open_profile

    services = Services.build(open_profile(demo))
    try:
        result, _ = export_inzage(services, 1, tmp_path / "versleuteld.pdf", encrypt=True)
    finally:
        services.store.close()
    target = str(result.path)
    assert_clean_failure(ibdesk("verify", target), "IBDESK_PDF_PASSWORD")
    ok = ibdesk("verify", target, env={"IBDESK_PDF_PASSWORD": result.password})
    assert ok.returncode == 0 and "IN ORDE" in ok.stdout
    old_style = ibdesk("verify", target, "--password", result.password)
    assert "proceslijst" in old_style.stderr, "the deprecated flag warns"


def test_profile_folder_and_files_are_private(demo):
    assert stat.S_IMODE(demo.stat().st_mode) == 0o700
    files = [p for p in demo.rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"ibdesk.db", "keys.json", "ibdesk.log", "ibdesk.lock"}
    assert any(p.suffix == ".ibbak" for p in files)
    loose = {
        str(p.relative_to(demo)): oct(stat.S_IMODE(p.stat().st_mode))
        for p in files
        if stat.S_IMODE(p.stat().st_mode) & 0o077
    }
    assert loose == {}
    for folder in [p for p in demo.rglob("*") if p.is_dir()]:
        assert stat.S_IMODE(folder.stat().st_mode) & 0o077 == 0, folder


def test_only_the_dutch_message_is_printed_for_a_damaged_database(demo):
    for offset in range(16, 48):
        flip(demo / "ibdesk.db", offset)
    result = ibdesk("cases")
    assert_clean_failure(result, "beschadigd")
    assert result.stderr.startswith("ibdesk: "), result.stderr
    assert "ERROR" not in result.stderr and "hmac" not in result.stderr.lower()


def test_encrypted_temporary_files_are_removed_at_the_next_open(demo, tmp_path):
    out = tmp_path / "usb"
    out.mkdir()
    process = start("--home", str(demo), "backup", "--out", str(out / "b.ibbak"))

    def staged() -> list:
        return [
            p
            for p in [*out.iterdir(), *((demo / "tmp").iterdir() if (demo / "tmp").exists() else [])]
            if p.name != "outside.txt"
        ]

    assert wait_for(lambda: staged() or process.poll() is not None, timeout=60, interval=0.0005)
    kill(process)
    assert ibdesk("cases").returncode == 0
    leftovers = [p.name for p in out.iterdir() if p.name.startswith(".")]
    leftovers += [p.name for p in (demo / "tmp").iterdir()] if (demo / "tmp").exists() else []
    leftovers += [p.name for p in demo.iterdir() if p.name.startswith((".tmp", ".snapshot", ".restore"))]
    assert leftovers == []
    assert os.listdir(out) in ([], ["b.ibbak"])
