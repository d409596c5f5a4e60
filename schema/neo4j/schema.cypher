CREATE CONSTRAINT node_version_id IF NOT EXISTS FOR (n:Node) REQUIRE (n.graphVersion, n.id) IS UNIQUE;
CREATE CONSTRAINT graph_meta_key IF NOT EXISTS FOR (m:GraphMeta) REQUIRE m.key IS UNIQUE;
CREATE INDEX node_kind IF NOT EXISTS FOR (n:Node) ON (n.graphVersion, n.kind);
CREATE FULLTEXT INDEX node_text IF NOT EXISTS FOR (n:Node) ON EACH [n.label, n.summary, n.text];
