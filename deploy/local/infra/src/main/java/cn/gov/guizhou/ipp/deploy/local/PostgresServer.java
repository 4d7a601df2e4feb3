package cn.gov.guizhou.ipp.deploy.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs PostgreSQL 17 for the local platform until the process is told to stop.
 *
 * <p>The data directory is kept between runs. On every start each service gets, if they do not
 * exist yet, its own database, owned by an owner role ({@code <name>_owner}) that runs the
 * migrations, and a runtime role ({@code <name>}) that the service runs as: it owns nothing and is
 * granted, by default, the use of what the owner creates, so it cannot alter, drop or take back the
 * restrictions of its own tables (its audit trail is append-only to it). A database of an earlier
 * layout, owned by the runtime role, is handed over to the owner role. Once ready, the server
 * writes the ready file so the platform script knows it can start the services. Configuration:
 *
 * <ul>
 *   <li>{@code IPP_PG_DATA}: data directory (required)
 *   <li>{@code IPP_PG_PORT}: port on 127.0.0.1, default 15432
 *   <li>{@code IPP_PG_DATABASES}: comma-separated databases, each with a role of the same name
 *   <li>{@code IPP_PG_READY_FILE}: file written when the databases are ready
 *   <li>{@code IPP_PG_SOCKET_DIR}: folder of the server's Unix socket and its lock file, default
 *       {@code run} beside the data directory, so that two checkouts on different ports never share
 *       {@code /tmp}'s socket files
 * </ul>
 */
public final class PostgresServer {

  private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

  private PostgresServer() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(required("IPP_PG_DATA"));
    int port = Integer.parseInt(env("IPP_PG_PORT", "15432"));
    List<String> databases =
        Arrays.stream(
                env(
                        "IPP_PG_DATABASES",
                        "applicant,program,review,funding,monitoring,gateway,portal")
                    .split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    for (String name : databases) {
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("not a valid database name: " + name);
      }
    }
    Path readyFile =
        Path.of(env("IPP_PG_READY_FILE", data.resolveSibling("postgres.ready").toString()));
    Path socketDir =
        Path.of(env("IPP_PG_SOCKET_DIR", data.resolveSibling("run").toString())).toAbsolutePath();
    Files.deleteIfExists(readyFile);
    Files.createDirectories(data);
    Files.createDirectories(socketDir);

    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(data)
            .setCleanDataDirectory(false)
            .setPort(port)
            .setPGStartupWait(Duration.ofSeconds(60))
            .setServerConfig("listen_addresses", "127.0.0.1")
            .setServerConfig("unix_socket_directories", socketDir.toString())
            .setServerConfig("max_connections", "200")
            .start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  log.info("Stopping PostgreSQL");
                  try {
                    Files.deleteIfExists(readyFile);
                    postgres.close();
                  } catch (IOException e) {
                    log.warn("PostgreSQL did not stop cleanly", e);
                  }
                  stopped.countDown();
                },
                "postgres-stop"));

    try (Connection c = postgres.getPostgresDatabase().getConnection()) {
      for (String name : databases) {
        boolean handOver = ensureRoleAndDatabase(c, name);
        try (Connection db = postgres.getDatabase("postgres", name).getConnection();
            Statement s = db.createStatement()) {
          if (handOver) {
            s.execute("reassign owned by " + name + " to " + name + "_owner");
            s.execute(
                "grant select, insert, update, delete on all tables in schema public to " + name);
            s.execute("grant usage, select on all sequences in schema public to " + name);
            for (String appendOnly : List.of("audit_record", "edge_refusal")) {
              if (exists(db, "select 1 from pg_tables where tablename = ?", appendOnly)) {
                s.execute("revoke update, delete, truncate on " + appendOnly + " from " + name);
              }
            }
            log.info("Handed database {} over to its owner role {}_owner", name, name);
          }
          for (String grant : runtimeGrants(name)) {
            s.execute(grant);
          }
        }
      }
    }
    Files.writeString(readyFile, "ready on 127.0.0.1:" + port + "\n");
    log.info("PostgreSQL ready on 127.0.0.1:{} with databases {}", port, databases);
    stopped.await();
  }

  /**
   * Creates the roles and the database where missing.
   *
   * @return whether the database is of the earlier layout (owned by the runtime role) and must be
   *     handed over to the owner role
   */
  private static boolean ensureRoleAndDatabase(Connection c, String name) throws SQLException {
    for (String role : List.of(name, name + "_owner")) {
      if (!exists(c, "select 1 from pg_roles where rolname = ?", role)) {
        try (Statement s = c.createStatement()) {
          s.execute("create role " + role + " login");
        }
        log.info("Created role {}", role);
      }
    }
    if (!exists(c, "select 1 from pg_database where datname = ?", name)) {
      try (Statement s = c.createStatement()) {
        s.execute("create database " + name + " owner " + name + "_owner");
      }
      log.info("Created database {}", name);
      return false;
    }
    if (exists(
        c,
        "select 1 from pg_database d join pg_roles r on r.oid = d.datdba"
            + " where d.datname = ? and r.rolname = d.datname",
        name)) {
      try (Statement s = c.createStatement()) {
        s.execute("alter database " + name + " owner to " + name + "_owner");
      }
      return true;
    }
    return false;
  }

  /** What the runtime role may do: use what the owner creates, nothing more. */
  private static List<String> runtimeGrants(String name) {
    String owner = name + "_owner";
    return List.of(
        "grant connect on database " + name + " to " + name,
        "grant usage on schema public to " + name,
        "alter default privileges for role "
            + owner
            + " in schema public grant select, insert, update, delete on tables to "
            + name,
        "alter default privileges for role "
            + owner
            + " in schema public grant usage, select on sequences to "
            + name,
        "alter default privileges for role "
            + owner
            + " in schema public grant execute on functions to "
            + name);
  }

  private static boolean exists(Connection c, String sql, String name) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, name);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static String required(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("environment variable " + name + " is required");
    }
    return value;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
