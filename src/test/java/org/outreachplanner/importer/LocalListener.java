package org.outreachplanner.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.outreachplanner.support.Waits;

/** A TCP listener on 127.0.0.1 that counts the connections made to it. */
final class LocalListener implements AutoCloseable {

  private final ServerSocket server;

  /** The client port of each connection accepted, in the order they were made. */
  private final List<Integer> accepted = new CopyOnWriteArrayList<>();

  LocalListener() {
    try {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread acceptor =
        new Thread(
            () -> {
              while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                  accepted.add(s.getPort());
                } catch (SocketException closed) {
                  return;
                } catch (IOException e) {
                  accepted.add(-1);
                }
              }
            },
            "listener");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getLocalPort() + path;
  }

  /**
   * Connections made so far. The listener connects to itself and waits until it has accepted that
   * connection: connections are accepted in the order they were made, so every one made before this
   * call has been counted by then, however late the accepting thread runs.
   */
  int connections() throws IOException {
    try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
      int port = probe.getLocalPort();
      return Waits.until("the listener to accept its own connection from port " + port)
          .until(() -> accepted.indexOf(port), before -> before >= 0);
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
