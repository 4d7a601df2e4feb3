package cn.gov.guizhou.ipp.testkit;

/**
 * Stands between a service under test and its database, so a test can take the database away and
 * bring it back: {@link #begin()} refuses new connections and cuts the open ones, {@link #end()}
 * forwards again on the same port. A test asks for it with {@code @TestPropertySource(properties =
 * "ipp.test.database-outage=true")} and autowires it.
 */
public final class DatabaseOutage implements AutoCloseable {

  /** The property that puts a {@link DatabaseOutage} between the service and its database. */
  public static final String PROPERTY = "ipp.test.database-outage";

  private final int port;
  private final String target;
  private TcpForwarder forwarder;

  DatabaseOutage(String target) {
    this.port = TcpForwarder.freePort();
    this.target = target;
    this.forwarder = TcpForwarder.start(port, target);
  }

  /** The loopback port the service connects to. */
  public int port() {
    return port;
  }

  /** The database becomes unreachable: open connections are cut, new ones refused. */
  public synchronized void begin() {
    if (forwarder != null) {
      forwarder.close();
      forwarder = null;
    }
  }

  /** The database is reachable again. */
  public synchronized void end() {
    if (forwarder == null) {
      forwarder = TcpForwarder.start(port, target);
    }
  }

  @Override
  public synchronized void close() {
    begin();
  }
}
