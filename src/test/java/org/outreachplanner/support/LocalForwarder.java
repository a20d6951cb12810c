package org.outreachplanner.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Forwards a local port to the application until closed; closing also cuts the connections open
 * through it, so the browser finds nothing listening, as when the server cannot be reached.
 */
public final class LocalForwarder implements AutoCloseable {

  private final ServerSocket listener = new ServerSocket();
  private final int target;

  /** Both sides of every connection forwarded, until it ends; guarded by this. */
  private final Set<Socket> open = new HashSet<>();

  /** Guarded by this: once set, no connection is kept any more. */
  private boolean closed;

  /** Listens on {@code port} (0: any free one) and forwards to {@code target} on localhost. */
  public LocalForwarder(int port, int target) throws IOException {
    this.target = target;
    listener.setReuseAddress(true);
    listener.bind(new InetSocketAddress(port));
    Thread accepting = new Thread(this::accept, "forwarder-" + port);
    accepting.setDaemon(true);
    accepting.start();
  }

  public int port() {
    return listener.getLocalPort();
  }

  private void accept() {
    while (true) {
      Socket browserSide;
      try {
        browserSide = listener.accept();
      } catch (IOException e) {
        return; // closed
      }
      // each side is kept before the next step, so that a close at any moment cuts it
      if (!keep(browserSide)) {
        return;
      }
      Socket appSide;
      try {
        appSide = new Socket(InetAddress.getLoopbackAddress(), target);
      } catch (IOException e) {
        closeQuietly(browserSide);
        continue;
      }
      if (!keep(appSide)) {
        return;
      }
      pipe(browserSide, appSide);
      pipe(appSide, browserSide);
    }
  }

  /** Keeps a connection to be cut on close; when already closed, closes it and answers false. */
  private synchronized boolean keep(Socket socket) {
    if (closed) {
      closeQuietly(socket);
      return false;
    }
    open.add(socket);
    return true;
  }

  private void pipe(Socket from, Socket to) {
    Thread copying =
        new Thread(
            () -> {
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
              } catch (IOException e) {
                // the other side closed: so does this one
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            },
            "forwarder-pipe");
    copying.setDaemon(true);
    copying.start();
  }

  private synchronized void closeQuietly(Socket socket) {
    open.remove(socket);
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }

  /** Stops listening and cuts every connection, the browser's side and the application's. */
  @Override
  public synchronized void close() throws IOException {
    closed = true;
    listener.close();
    for (Socket socket : List.copyOf(open)) {
      closeQuietly(socket);
    }
  }

  /**
   * Stops forwarding and waits until a fresh connection to the port fails on every address of
   * localhost: from then on the browser cannot reach the server, over a new connection or one it
   * kept alive (closing cut those).
   */
  public void stopAndWait() throws IOException {
    int port = port();
    close();
    Waits.until("localhost:" + port + " to refuse connections once the forwarder is stopped")
        .until(() -> refused(port));
  }

  private static boolean refused(int port) throws IOException {
    for (InetAddress address : InetAddress.getAllByName("localhost")) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(address, port), 10_000);
        return false;
      } catch (IOException e) {
        // refused (or no such address here), as it should be
      }
    }
    return true;
  }
}
