"""Loaders: files and folders of documents in, one :class:`Document` type out."""

from loaders.document import Document
from loaders.readers import SUFFIXES, iter_documents

__all__ = ["SUFFIXES", "Document", "iter_documents"]
