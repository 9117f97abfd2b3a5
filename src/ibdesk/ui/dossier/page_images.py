"""The pages of a PDF as images, for the preview before signing (issue 11.4).

PDFium (pypdfium2) renders the very bytes that will be signed; nothing is written to disk.
Qt's own QtPdf module is not part of PySide6-Essentials, which the app ships."""

from __future__ import annotations

from PySide6.QtGui import QImage


def page_images(pdf: bytes, width: int = 620, report=None) -> list[QImage]:
    """Every page of `pdf` as a QImage `width` pixels wide (safe off the GUI thread: no QPixmap).
    `report(done, total)` is called after each page."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        images, total = [], len(document)
        for index in range(total):
            page = document[index]
            scale = width / page.get_width()
            bitmap = page.render(scale=scale)
            picture = bitmap.to_pil().convert("RGB")
            image = QImage(
                picture.tobytes(), picture.width, picture.height, picture.width * 3, QImage.Format.Format_RGB888
            ).copy()  # copy: own the pixels
            images.append(image)
            page.close()
            if report is not None:
                report(index + 1, total)
        return images
    finally:
        document.close()
