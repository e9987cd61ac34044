"""Reference measures for KGraph's cross-check test, computed with NetworkX.

usage: networkx_measures.py EDGES OUT_JSON
EDGES: first line the vertex count, then one edge per line "from to symmetric(0|1)".
Writes PageRank, exact betweenness, weak and strong components and Louvain modularity.
"""
import json
import sys

import networkx as nx


def main(edges_path, out_path):
    with open(edges_path, encoding="utf-8") as f:
        n = int(f.readline())
        edges = [tuple(int(x) for x in line.split()) for line in f if line.strip()]

    directed = nx.MultiDiGraph()
    directed.add_nodes_from(range(n))
    undirected = nx.MultiGraph()
    undirected.add_nodes_from(range(n))
    for u, v, symmetric in edges:
        directed.add_edge(u, v)
        if symmetric and u != v:
            directed.add_edge(v, u)
        undirected.add_edge(u, v)

    pagerank = nx.pagerank(directed, alpha=0.85, tol=1e-14, max_iter=100000)
    betweenness = nx.betweenness_centrality(nx.Graph(undirected), normalized=True)
    louvain = nx.community.louvain_communities(undirected, seed=1)
    result = {
        "pagerank": [pagerank[v] for v in range(n)],
        "betweenness": [betweenness[v] for v in range(n)],
        "weak_components": sorted(sorted(c) for c in nx.connected_components(undirected)),
        "strong_components": sorted(sorted(c) for c in nx.strongly_connected_components(directed)),
        "louvain_modularity": nx.community.modularity(undirected, louvain),
        "louvain_count": len(louvain),
    }
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(result, f)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
