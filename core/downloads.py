"""Downloads of private files (certificate PDFs, completion reports, exports): sent as an
attachment that no shared cache or browser may keep. The caller has already checked who may
have the file."""

from django.core.files import File
from django.http import FileResponse

PDF = "application/pdf"


def private_download(handle, *, filename: str, content_type: str) -> FileResponse:
    """An open file (or file-like object) as a private, uncached attachment."""
    response = FileResponse(
        handle, as_attachment=True, filename=filename, content_type=content_type
    )
    response["Cache-Control"] = "private, no-store"
    return response


def open_stored(field_file: File):
    """The stored file opened for reading, or None when its record outlives the file (lost from
    the disk or the bucket): the caller says so instead of answering with a server error."""
    try:
        return field_file.open("rb")
    except (FileNotFoundError, OSError):
        return None
