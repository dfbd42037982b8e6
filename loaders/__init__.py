"""Loaders: files and folders of documents in, typed facts out.

Reading (``readers``, ``normalise``, ``duplicates``) gives one :class:`Document` type; extraction
(``nlp``, ``mentions``, ``syntax``, ``cues``, ``extract``, ``events``) turns a document into
:class:`~loaders.facts.DocFacts`: actor mentions and typed, evidenced relationships that
``graph`` resolves into one knowledge graph.
"""

from loaders.document import Document
from loaders.readers import SUFFIXES, iter_documents

__all__ = ["SUFFIXES", "Document", "iter_documents"]
