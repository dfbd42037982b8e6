"""Questions asked of the graph: networkx functions here, named Cypher files for the stores."""
