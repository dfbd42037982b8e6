"""The actor graph: ontology, extraction from documents, resolution, the graph itself and its exports."""
