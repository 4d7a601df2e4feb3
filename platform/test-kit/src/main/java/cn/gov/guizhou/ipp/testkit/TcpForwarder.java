package cn.gov.guizhou.ipp.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Forwards connections from a loopback port to a target, so a test can make a server reachable only
 * from a chosen moment on (for example a Kafka broker that "comes back").
 */
public final class TcpForwarder implements AutoCloseable {

  private final ServerSocket server;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();

  private TcpForwarder(int port, String targetHost, int targetPort) throws IOException {
    server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    Thread acceptor = new Thread(() -> accept(targetHost, targetPort), "tcp-forwarder-" + port);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Starts forwarding {@code 127.0.0.1:port} to {@code target} ({@code host:port}). */
  public static TcpForwarder start(int port, String target) {
    int colon = target.lastIndexOf(':');
    try {
      return new TcpForwarder(
          port, target.substring(0, colon), Integer.parseInt(target.substring(colon + 1)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A loopback port free at the time of the call. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void accept(String host, int port) {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket upstream = new Socket(host, port);
        sockets.add(client);
        sockets.add(upstream);
        pump(client, upstream);
        pump(upstream, client);
      } catch (IOException e) {
        if (server.isClosed()) {
          return;
        }
      }
    }
  }

  private static void pump(Socket from, Socket to) {
    Thread thread =
        new Thread(
            () -> {
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
              } catch (IOException e) {
                // the other side closed: nothing more to forward
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            },
            "tcp-forwarder-pump");
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      // already closed
    }
    sockets.forEach(TcpForwarder::closeQuietly);
  }
}
