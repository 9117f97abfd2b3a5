"""Issue 13 point 14: no sendable document exists without its sharing record.

The export is killed (SIGKILL) the moment the signed PDF appears under its name; the sharing
log must already hold the record (it is committed before the file is renamed into place)."""

from sqlalchemy import text
from support.cli import ibdesk, kill, start, wait_for

from ibdesk.store.opening import open_profile


def _sharings(home) -> int:
    store = open_profile(home)
    try:
        with store.session() as s:
            return s.execute(text("SELECT count(*) FROM sharing_log WHERE document = 'inzage'")).scalar()
    finally:
        store.close()


def test_a_pdf_never_exists_without_its_sharing_record(home, tmp_path):
    assert ibdesk("init").returncode == 0
    assert ibdesk("demo", "--no-gui", "--pupils", "3").returncode == 0
    pdfs = 0
    for attempt in range(4):
        out = tmp_path / f"uit-{attempt}"
        out.mkdir()
        process = start("inzage", "1", "--out", str(out))
        wait_for(
            lambda out=out, process=process: any(out.glob("inzage-*.pdf")) or process.poll() is not None,
            timeout=90,
            interval=0.0005,
        )
        kill(process)
        pdfs += len(list(out.glob("inzage-*.pdf")))
        assert _sharings(home) >= pdfs, f"attempt {attempt}: a PDF without its record"
    assert pdfs >= 3, "the PDFs were written"


def test_staged_export_files_are_cleaned_at_the_next_open(home, tmp_path):
    assert ibdesk("init").returncode == 0
    assert ibdesk("demo", "--no-gui", "--pupils", "3").returncode == 0
    out = tmp_path / "uit"
    out.mkdir()
    process = start("inzage", "1", "--out", str(out))
    wait_for(lambda: any(out.glob(".tmp-export-*")) or process.poll() is not None, timeout=90, interval=0.0005)
    kill(process)
    assert ibdesk("cases").returncode == 0
    assert not list(out.glob(".tmp-*")), "the encrypted-or-not staged copy is gone"
