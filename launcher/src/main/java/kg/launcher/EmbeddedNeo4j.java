package kg.launcher;

import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs Neo4j Community embedded with Bolt on 127.0.0.1. Prints one line "READY bolt://host:port"
 * when the default database answers, so the Node side can wait for it; shuts down cleanly on
 * SIGINT/SIGTERM (the JVM's shutdown hook), which is what keeps the store consistent.
 *
 * Usage: EmbeddedNeo4j HOME PORT [PAGECACHE]
 */
public final class EmbeddedNeo4j {
  private EmbeddedNeo4j() {}

  /** Bolt on 127.0.0.1:port (0: any free port), no authentication, the given page cache. */
  static DatabaseManagementServiceBuilder builder(Path home, int port, String pageCache) {
    return new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        // Loopback only, and the project's own data folder: no authentication to manage.
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, org.neo4j.io.ByteUnit.parse(pageCache))
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(60))
        // The Bolt server's last step at shutdown, after the databases have stopped and
        // checkpointed, waits out Netty's quiet period (5 s) twice: every stop took 10 s more.
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: EmbeddedNeo4j HOME PORT [PAGECACHE]");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    String pageCache = args.length > 2 ? args[2] : "256m";

    DatabaseManagementService dbms = builder(home, port, pageCache).build();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("STOPPING");
                  dbms.shutdown();
                  System.out.println("STOPPED");
                }));
    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    while (!db.isAvailable(1000)) {
      // the store is recovering or starting: keep waiting
    }
    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();
    Thread.currentThread().join();
  }
}
