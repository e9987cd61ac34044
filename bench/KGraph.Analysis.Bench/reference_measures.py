"""One measured computation with python-igraph or NetworkX, for the KGraph benchmark.

usage: reference_measures.py igraph|networkx pagerank|wcc|communities|betweenness|scc|view|json EDGES
(view and json have no counterpart: they print "n/a".)
Prints "<seconds>s <peak RSS>MB <detail>". NetworkX betweenness runs 10 of the 1,000 pivots
and reports the time scaled by 100 (marked "x100"), since the full run takes hours.
python-igraph 0.10.2 (Debian 12) cannot restrict betweenness to source pivots, so its figure
is breadth-first search alone from 20 pivots scaled by 50: a lower bound for Brandes, which
does the same search plus path counting and a backward pass.
"""
import random
import resource
import sys
import time

PIVOTS = 1000


def read(path):
    with open(path, encoding="utf-8") as f:
        n = int(f.readline())
        edges = [tuple(map(int, line.split())) for line in f]
    return n, edges


def run_igraph(algorithm, n, edges):
    import igraph
    directed = igraph.Graph(n=n, edges=edges, directed=True)
    undirected = directed.as_undirected(mode="each") if algorithm != "pagerank" else None
    start = time.perf_counter()
    if algorithm == "scc":
        detail = "%d scc" % len(directed.connected_components(mode="strong"))
    elif algorithm == "pagerank":
        detail = "prpack %d" % len(directed.pagerank(damping=0.85))
    elif algorithm == "wcc":
        detail = "%d cc" % len(directed.connected_components(mode="weak"))
    elif algorithm == "communities":
        detail = "Q=%.3f" % undirected.community_multilevel().modularity
    else:
        sources = random.Random(1).sample(range(n), PIVOTS // 50)
        undirected.simplify()
        start = time.perf_counter()
        undirected.distances(source=sources)
        return (time.perf_counter() - start) * 50, "BFS only, 20 piv x50"
    return time.perf_counter() - start, detail


def run_networkx(algorithm, n, edges):
    import networkx as nx
    if algorithm == "pagerank":
        g = nx.DiGraph()
        g.add_nodes_from(range(n))
        g.add_edges_from(edges)
        start = time.perf_counter()
        nx.pagerank(g, alpha=0.85)
        return time.perf_counter() - start, "default tol"
    if algorithm == "scc":
        g = nx.DiGraph()
        g.add_nodes_from(range(n))
        g.add_edges_from(edges)
        start = time.perf_counter()
        detail = "%d scc" % nx.number_strongly_connected_components(g)
        return time.perf_counter() - start, detail
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(edges)
    start = time.perf_counter()
    if algorithm == "wcc":
        detail = "%d cc" % nx.number_connected_components(g)
    elif algorithm == "communities":
        communities = nx.community.louvain_communities(g, seed=1)
        detail = "Q=%.3f" % nx.community.modularity(g, communities)
    else:
        nx.betweenness_centrality(g, k=PIVOTS // 100, seed=1)
        return (time.perf_counter() - start) * 100, "10 piv x100"
    return time.perf_counter() - start, detail


def main(library, algorithm, path):
    if algorithm in ("view", "json"):
        print("n/a")
        return
    n, edges = read(path)
    seconds, detail = (run_igraph if library == "igraph" else run_networkx)(algorithm, n, edges)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("%.3fs %.0fMB %s" % (seconds, peak_mb, detail))


if __name__ == "__main__":
    main(*sys.argv[1:4])
