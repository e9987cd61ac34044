"""Reads a GraphML or GEXF file with NetworkX and prints what it got as JSON.

Usage: networkx_read.py graphml|gexf FILE
Prints {"class", "nodes": {id: attributes}, "edges": [{"source", "target", "key", "attributes"}]}.
Any error NetworkX raises (an undirected edge in a directed graph, an unknown namespace) exits non-zero.
"""
import json
import sys

import networkx as nx


def main(kind, path):
    graph = nx.read_graphml(path) if kind == "graphml" else nx.read_gexf(path)
    read_as = type(graph).__name__
    if not graph.is_multigraph():
        graph = nx.MultiDiGraph(graph) if graph.is_directed() else nx.MultiGraph(graph)
    print(json.dumps({
        "class": read_as,
        "nodes": {str(node): data for node, data in graph.nodes(data=True)},
        "edges": [{"source": str(u), "target": str(v), "key": str(k), "attributes": data}
                  for u, v, k, data in graph.edges(keys=True, data=True)],
    }, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
