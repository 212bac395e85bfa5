"""Loading report files (.txt, .md, .docx, stdin) into one text plus a map back to the source."""

from draftcheck.document.model import Block, Document, DocumentError
from draftcheck.document.loader import SUPPORTED_SUFFIXES, collect_paths, load_document, load_stdin

__all__ = ["Block", "Document", "DocumentError", "SUPPORTED_SUFFIXES", "collect_paths", "load_document", "load_stdin"]
