// KGraph saved queries for Neo4j Browser.
//
// Paste one query (or add it to Favorites with the star). Queries take parameters; set them
// first in Browser, for example:
//   :param entity => 'elon-musk'        // an entity id or its display name
//   :param from => 'elon-musk'
//   :param to => 'sam-altman'
//   :param since => '2023'              // dates are text: YYYY, YYYY-MM or YYYY-MM-DD
//   :param until => '2024-12-31'
//   :param fact => 'elon-musk.founded.xai.2023'
//   :param text => 'musk'
// Facts and MENTIONS written by KGraph carry kgraph_managed = true; the queries below read
// only those, so anything else in the database stays out of the answers.

// 1. Everyone an entity is connected to, with the evidence for each fact.
MATCH (e:Entity)-[r]-(other:Entity)
WHERE (e.id = $entity OR e.name = $entity) AND r.kgraph_managed = true
RETURN e.name AS entity,
       type(r) AS relationship,
       CASE WHEN startNode(r) = e THEN 'outgoing' ELSE 'incoming' END AS direction,
       other.name AS other,
       r.role AS role,
       r.start AS since,
       r.status AS status,
       r.confidence AS confidence,
       r.sources AS documents,
       r.quotes AS quotes
ORDER BY relationship, other;

// 2. The same neighbourhood as a picture: the entity and its direct connections.
MATCH p = (e:Entity)-[r]-(:Entity)
WHERE (e.id = $entity OR e.name = $entity) AND r.kgraph_managed = true
RETURN p;

// 3. Shortest path between two people, through facts only (not through articles).
MATCH (a:Person), (b:Person)
WHERE (a.id = $from OR a.name = $from) AND (b.id = $to OR b.name = $to)
MATCH p = shortestPath((a)-[*..8]-(b))
WHERE none(n IN nodes(p) WHERE n:Document)
RETURN p;

// 4. Who invested in an organization, when, and how much when the article said.
MATCH (investor:Entity)-[r:INVESTED_IN]->(x:Entity)
WHERE x.id = $entity OR x.name = $entity
RETURN investor.name AS investor, r.start AS date, r.amount AS amount, r.currency AS currency, r.quotes AS quotes
ORDER BY date;

// 5. Who left an organization, and when.
MATCH (p:Person)-[r:LEFT]->(x:Organization)
WHERE x.id = $entity OR x.name = $entity
RETURN p.name AS person, r.role AS role, r.start AS left_on, r.quotes AS quotes
ORDER BY left_on DESC;

// 6. Articles that mention two entities together.
MATCH (a:Entity)<-[:MENTIONS]-(d:Document)-[:MENTIONS]->(b:Entity)
WHERE (a.id = $from OR a.name = $from) AND (b.id = $to OR b.name = $to)
RETURN d.title AS title, d.url AS url, d.published AS published, d.lang AS lang
ORDER BY published DESC;

// 7. Facts that started within a time window (dates compare as text: '2023' < '2023-05').
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.kgraph_managed = true AND r.start >= $since AND r.start <= $until
RETURN r.start AS date, a.name AS from, type(r) AS relationship, b.name AS to, r.role AS role
ORDER BY date;

// 8. Low-confidence facts waiting for review, weakest first.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.status = 'extracted' AND r.confidence < 0.6
RETURN r.id AS fact, a.name AS from, type(r) AS relationship, b.name AS to, r.confidence AS confidence, r.quotes AS quotes
ORDER BY confidence
LIMIT 100;

// 9. The evidence for one fact: its quotes and the articles they come from.
MATCH (a:Entity)-[r {id: $fact}]->(b:Entity)
UNWIND r.sources AS source
MATCH (d:Document {id: source})
RETURN a.name AS from, type(r) AS relationship, b.name AS to, r.quotes AS quotes, d.title AS article, d.url AS url, d.published AS published;

// 10. Who runs, founded or works at an organization.
MATCH (p:Person)-[r:LEADS|FOUNDED|WORKS_AT|MEMBER_OF]->(x:Organization)
WHERE x.id = $entity OR x.name = $entity
RETURN p.name AS person, type(r) AS relationship, r.role AS role, r.start AS since, r.end AS until
ORDER BY relationship, since;

// 11. Ownership and control around an organization, up to four steps.
MATCH p = (x:Organization)-[:OWNS|CONTROLS|SUBSIDIARY_OF|ACQUIRED|INVESTED_IN*1..4]-(:Entity)
WHERE x.id = $entity OR x.name = $entity
RETURN p;

// 12. The most connected entities.
MATCH (e:Entity)-[r]-(:Entity)
WHERE r.kgraph_managed = true
RETURN e.name AS entity, [l IN labels(e) WHERE l <> 'Entity'][0] AS type, count(r) AS connections
ORDER BY connections DESC
LIMIT 25;

// 13. Find an entity by any of its names or aliases (case-insensitive).
MATCH (e:Entity)
WHERE toLower(e.name) CONTAINS toLower($text)
   OR any(name IN coalesce(e.aliases, []) WHERE toLower(name) CONTAINS toLower($text))
   OR toLower(coalesce(e.name_zh, '')) CONTAINS toLower($text)
   OR toLower(coalesce(e.name_en, '')) CONTAINS toLower($text)
RETURN e.id AS id, e.name AS name, e.name_zh AS name_zh, e.name_en AS name_en, e.aliases AS aliases;

// 14. What is in the database: KGraph relationships per type.
MATCH ()-[r]->()
WHERE r.kgraph_managed = true
RETURN type(r) AS relationship, count(*) AS facts, sum(CASE WHEN r.status = 'extracted' THEN 1 ELSE 0 END) AS unreviewed
ORDER BY facts DESC;
