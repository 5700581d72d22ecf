"""The PDF plumbing every rendering shares: the URL fetcher reaches only local static files and
data URIs, never the network; HTML in, PDF bytes out with the bundled fonts embedded."""

import io

import pytest
from pypdf import PdfReader

from core import pdf


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "http://169.254.169.254/latest/meta-data/",
        "https://example.org/logo.png",
        "ftp://example.org/x",
    ],
)
def test_the_fetcher_refuses_anything_but_local_static_files(url, no_network):
    fetcher = pdf.LocalOnlyURLFetcher()
    with pytest.raises(ValueError, match="Refused|disallowed"):
        fetcher.fetch(url)


def test_the_fetcher_serves_the_bundled_fonts_and_data_urls(no_network):
    fetcher = pdf.LocalOnlyURLFetcher()
    font = fetcher.fetch(pdf.static_uri(pdf.FONTS["regular"]))
    assert font.read(4) == b"\x00\x01\x00\x00"  # a TrueType font
    assert fetcher.fetch("data:text/plain;base64,aGk=").read() == b"hi"
    # A path that climbs out of the static folder is refused even though it starts inside it.
    escape = pdf.static_uri(pdf.FONTS["regular"]).rsplit("/", 1)[0] + "/../../../../etc/passwd"
    with pytest.raises(ValueError, match="Refused"):
        fetcher.fetch(escape)


def test_html_to_pdf_embeds_the_bundled_font():
    font = pdf.font_uris()["regular"]
    html = (
        f'<html lang="en"><style>@font-face {{ font-family: LiberationSerif; src: url({font}); }}'
        " body { font-family: LiberationSerif; }</style><p>Thérèse Émile</p></html>"
    )
    reader = PdfReader(io.BytesIO(pdf.html_to_pdf(html)))
    page = reader.pages[0]
    fonts = [f.get_object() for f in page["/Resources"]["/Font"].values()]
    assert [str(f["/BaseFont"]).split("+")[-1] for f in fonts] == ["LiberationSerif"]
    descriptor = fonts[0]["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
    assert "/FontFile2" in descriptor  # the TrueType file itself is embedded
    assert "Thérèse Émile" in page.extract_text()
