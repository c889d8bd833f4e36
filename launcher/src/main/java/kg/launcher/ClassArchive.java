package kg.launcher;

import java.nio.file.Path;
import java.util.List;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Starts Neo4j in a scratch folder, runs statements of the kinds the project sends (schema,
 * full-text, UNWIND … MERGE with relationship properties, reads), shuts it down and exits. Run
 * once under -XX:ArchiveClassesAtExit, it leaves a class data sharing archive of every class
 * that a start and those statements load: later starts map the archive instead of reading,
 * parsing and verifying thousands of classes from the jars.
 *
 * Usage: ClassArchive SCRATCH_HOME
 */
public final class ClassArchive {
  private ClassArchive() {}

  private static final List<String> STATEMENTS =
      List.of(
          "CREATE CONSTRAINT w_k IF NOT EXISTS FOR (n:W) REQUIRE n.k IS UNIQUE",
          "CREATE FULLTEXT INDEX w_t IF NOT EXISTS FOR (n:W) ON EACH [n.t]"
              + " OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
          "CALL db.awaitIndexes(60)",
          "UNWIND range(1, 200) AS i MERGE (a:W {k: i}) ON CREATE SET a.t = '算力網路 ' + i"
              + " WITH a, i CREATE (a)-[:R {q: '建議', s: i}]->(:V {i: i})",
          "MATCH (a:W {k: 7})-[r:R]-(b) RETURN a {.*}, type(r), properties(r), b",
          "CALL db.index.fulltext.queryNodes('w_t', '算力') YIELD node, score"
              + " RETURN node.k, score LIMIT 10",
          "MATCH (a:W) WHERE a.k > 100 DETACH DELETE a");

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: ClassArchive SCRATCH_HOME");
      System.exit(2);
    }
    DatabaseManagementService dbms =
        EmbeddedNeo4j.builder(Path.of(args[0]).toAbsolutePath(), 0, "64m").build();
    try {
      GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      for (String statement : STATEMENTS) db.executeTransactionally(statement);
    } finally {
      dbms.shutdown();
    }
  }
}
