package cn.gov.guizhou.ipp.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server and Kafka broker shared by the integration tests of one test JVM. Started
 * on first use, stopped when the JVM exits. Each Spring test context gets a database of its own.
 */
public final class TestInfrastructure {

  private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
  private static final AtomicInteger databases = new AtomicInteger();
  private static volatile TestInfrastructure instance;

  private final Postgres postgres;
  private final Kafka kafka;

  private TestInfrastructure(Postgres postgres, Kafka kafka) {
    this.postgres = postgres;
    this.kafka = kafka;
  }

  /** The shared infrastructure, started on first call. */
  public static TestInfrastructure get() {
    TestInfrastructure current = instance;
    if (current == null) {
      synchronized (TestInfrastructure.class) {
        current = instance;
        if (current == null) {
          current = start();
          instance = current;
        }
      }
    }
    return current;
  }

  private static TestInfrastructure start() {
    boolean docker = !Boolean.getBoolean("ipp.test.embedded") && dockerAvailable();
    log.info(
        "Integration tests use {}",
        docker ? "Testcontainers (Docker engine found)" : "embedded PostgreSQL and Kafka");
    TestInfrastructure started =
        docker
            ? new TestInfrastructure(Postgres.container(), Kafka.container())
            : new TestInfrastructure(Postgres.embedded(), Kafka.embedded());
    Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "test-infrastructure-stop"));
    return started;
  }

  private static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Creates a new, empty database and returns how to reach it (as the server's admin). */
  public Database newDatabase(String prefix) {
    String name = prefix.replaceAll("[^a-z0-9_]", "_") + "_" + databases.incrementAndGet();
    try (Connection c = postgres.adminConnection();
        Statement s = c.createStatement()) {
      s.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return new Database(
        postgres.jdbcUrl(name), postgres.username(), postgres.password(), postgres.username());
  }

  /**
   * Creates a new, empty database laid out as the platform deploys it: owned by an owner role that
   * runs the migrations, used by a runtime role that owns nothing and is granted, by default, the
   * use of what the owner creates.
   */
  public Database newDatabaseWithSeparateRoles(String prefix) {
    String name = prefix.replaceAll("[^a-z0-9_]", "_") + "_" + databases.incrementAndGet();
    String owner = name + "_owner";
    try (Connection c = postgres.adminConnection();
        Statement s = c.createStatement()) {
      s.execute("create role " + name + " login password 'test'");
      s.execute("create role " + owner + " login password 'test'");
      s.execute("create database " + name + " owner " + owner);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    try (Connection c =
            java.sql.DriverManager.getConnection(
                postgres.jdbcUrl(name), postgres.username(), postgres.password());
        Statement s = c.createStatement()) {
      for (String grant : DatabaseRoles.runtimeGrants(name, owner)) {
        s.execute(grant);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot set the roles of test database " + name, e);
    }
    // The server's URL names its admin (?user=...), which would win over the role given here.
    String url = postgres.jdbcUrl(name).replaceAll("[?&]user=[^&]*", "");
    return new Database(url, name, "test", owner);
  }

  /** Bootstrap servers of the broker. */
  public String kafkaBootstrapServers() {
    return kafka.bootstrapServers();
  }

  private void stop() {
    kafka.stop();
    postgres.stop();
  }

  /**
   * How to reach a test database.
   *
   * @param jdbcUrl JDBC URL
   * @param username user
   * @param password password (also the owner's)
   * @param owner the role that owns the database and runs the migrations
   */
  public record Database(String jdbcUrl, String username, String password, String owner) {}

  private interface Postgres {
    Connection adminConnection() throws SQLException;

    String jdbcUrl(String database);

    String username();

    String password();

    void stop();

    static Postgres embedded() {
      try {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        return new Postgres() {
          @Override
          public Connection adminConnection() throws SQLException {
            return pg.getPostgresDatabase().getConnection();
          }

          @Override
          public String jdbcUrl(String database) {
            return pg.getJdbcUrl("postgres", database);
          }

          @Override
          public String username() {
            return "postgres";
          }

          @Override
          public String password() {
            return "";
          }

          @Override
          public void stop() {
            try {
              pg.close();
            } catch (IOException e) {
              log.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
          }
        };
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
      }
    }

    static Postgres container() {
      PostgreSQLContainer pg =
          new PostgreSQLContainer(System.getProperty("ipp.test.postgres.image", "postgres:17.6"));
      pg.start();
      return new Postgres() {
        @Override
        public Connection adminConnection() throws SQLException {
          return java.sql.DriverManager.getConnection(
              pg.getJdbcUrl(), pg.getUsername(), pg.getPassword());
        }

        @Override
        public String jdbcUrl(String database) {
          return "jdbc:postgresql://"
              + pg.getHost()
              + ":"
              + pg.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT)
              + "/"
              + database;
        }

        @Override
        public String username() {
          return pg.getUsername();
        }

        @Override
        public String password() {
          return pg.getPassword();
        }

        @Override
        public void stop() {
          pg.stop();
        }
      };
    }
  }

  private interface Kafka {
    String bootstrapServers();

    void stop();

    static Kafka embedded() {
      EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
      broker.afterPropertiesSet();
      return new Kafka() {
        @Override
        public String bootstrapServers() {
          return broker.getBrokersAsString();
        }

        @Override
        public void stop() {
          broker.destroy();
        }
      };
    }

    static Kafka container() {
      KafkaContainer kafka =
          new KafkaContainer(System.getProperty("ipp.test.kafka.image", "apache/kafka:4.1.1"));
      kafka.start();
      return new Kafka() {
        @Override
        public String bootstrapServers() {
          return kafka.getBootstrapServers();
        }

        @Override
        public void stop() {
          kafka.stop();
        }
      };
    }
  }
}
