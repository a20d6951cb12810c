package org.outreachplanner.database;

/**
 * The two logins of a prepared database: the application's, for everything it does at run time
 * (reads, writes, imports), and the schema owner's, for the migrations alone. With an external
 * database given one user they are the same.
 */
public record DatabaseLogins(ConnectionInfo app, ConnectionInfo owner) {

  /** Whether the migrations run as a role of their own, which then grants the app its rights. */
  public boolean separateOwner() {
    return !owner.user().equals(app.user());
  }
}
