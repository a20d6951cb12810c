package org.outreachplanner.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.concurrent.atomic.AtomicInteger;

/** A TCP listener on 127.0.0.1 that counts the connections made to it. */
final class LocalListener implements AutoCloseable {

  private final ServerSocket server;
  private final AtomicInteger connections = new AtomicInteger();
  private final Thread acceptor;

  LocalListener() {
    try {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    acceptor =
        new Thread(
            () -> {
              while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                  connections.incrementAndGet();
                } catch (SocketException closed) {
                  return;
                } catch (IOException e) {
                  connections.incrementAndGet();
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

  /** Connections made so far, after giving late ones a moment to arrive. */
  int connections() throws InterruptedException {
    Thread.sleep(300);
    return connections.get();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
