/**
 * Real programs for similarity tests: shortest paths in a weighted graph, written twice
 * independently (Dijkstra with a heap; Bellman–Ford style relaxation with a queue), a
 * disguised copy of the first (identifiers renamed, functions reordered, comments
 * changed), and a submission that is only the starter template.
 */
export const ORIGINAL = `import sys
import heapq


def read_graph(tokens):
    n, m = int(tokens[0]), int(tokens[1])
    graph = [[] for _ in range(n + 1)]
    pos = 2
    for _ in range(m):
        a, b, w = int(tokens[pos]), int(tokens[pos + 1]), int(tokens[pos + 2])
        pos += 3
        graph[a].append((b, w))
        graph[b].append((a, w))
    return n, graph, pos


def dijkstra(graph, source, n):
    INF = float("inf")
    dist = [INF] * (n + 1)
    dist[source] = 0
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                heapq.heappush(heap, (nd, v))
    return dist


def format_answer(dist, n):
    out = []
    for node in range(1, n + 1):
        if dist[node] == float("inf"):
            out.append("-1")
        else:
            out.append(str(dist[node]))
    return " ".join(out)


def main():
    tokens = sys.stdin.read().split()
    n, graph, pos = read_graph(tokens)
    source = int(tokens[pos])
    dist = dijkstra(graph, source, n)
    print(format_answer(dist, n))


main()
`;

/** ORIGINAL with every identifier renamed and the functions in another order. */
export const DISGUISED_COPY = `import sys
import heapq


def render(best, count):
    parts = []
    for vertex in range(1, count + 1):
        if best[vertex] == float("inf"):
            parts.append("-1")
        else:
            parts.append(str(best[vertex]))
    return " ".join(parts)


def shortest(adj, start, count):
    BIG = float("inf")
    best = [BIG] * (count + 1)
    best[start] = 0
    pq = [(0, start)]
    while pq:
        cost, here = heapq.heappop(pq)
        if cost > best[here]:
            continue
        for there, weight in adj[here]:
            cand = cost + weight
            if cand < best[there]:
                best[there] = cand
                heapq.heappush(pq, (cand, there))
    return best


def parse(words):
    count, edges = int(words[0]), int(words[1])
    adj = [[] for _ in range(count + 1)]
    at = 2
    for _ in range(edges):
        x, y, weight = int(words[at]), int(words[at + 1]), int(words[at + 2])
        at += 3
        adj[x].append((y, weight))
        adj[y].append((x, weight))
    return count, adj, at


def main():
    words = sys.stdin.read().split()
    count, adj, at = parse(words)
    start = int(words[at])
    best = shortest(adj, start, count)
    print(render(best, count))


main()
`;

/** The same task solved another way by someone else. */
export const INDEPENDENT = `import sys
from collections import deque

data = list(map(int, sys.stdin.buffer.read().split()))
vertices, edge_count = data[0], data[1]
edges = []
idx = 2
for i in range(edge_count):
    edges.append((data[idx], data[idx + 1], data[idx + 2]))
    idx += 3
origin = data[idx]

neighbours = {v: [] for v in range(1, vertices + 1)}
for (p, q, c) in edges:
    neighbours[p].append((q, c))
    neighbours[q].append((p, c))

UNKNOWN = -1
distance = {v: UNKNOWN for v in neighbours}
distance[origin] = 0
queue = deque([origin])
in_queue = {origin}
while queue:
    current = queue.popleft()
    in_queue.discard(current)
    for (nxt, c) in neighbours[current]:
        through = distance[current] + c
        if distance[nxt] == UNKNOWN or through < distance[nxt]:
            distance[nxt] = through
            if nxt not in in_queue:
                in_queue.add(nxt)
                queue.append(nxt)

sys.stdout.write(" ".join(str(distance[v]) for v in range(1, vertices + 1)) + "\\n")
`;

/** Nothing but the editor's python3 starter template, lightly touched. */
export const TEMPLATE_ONLY = `import sys


def main() -> None:
    data = sys.stdin.read().split()
    n = int(data[0])
    # Solve the problem here.
    answer = n
    print(answer)


main()
`;

/** The starter template, submitted again by someone else with one line changed. */
export const TEMPLATE_ONLY_TOO = `import sys


def main() -> None:
    data = sys.stdin.read().split()
    n = int(data[0])
    # I do not know how to solve this.
    answer = n
    print(answer)


main()
`;
