package org.outreachplanner.network;

import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.TestUsers;

/**
 * PUT, POST and DELETE with a JSON body, for the API tests (GET is {@link ApiClient}'s), signed in
 * as a planner.
 */
final class JsonRequests {

  private final ApiClient client;

  JsonRequests(int port) {
    this.client = ApiClient.as(port, TestUsers.PLANNER);
  }

  ApiClient.Response put(String path, String json) {
    return client.send("PUT", path, "application/json", json);
  }

  ApiClient.Response post(String path, String json) {
    return client.send("POST", path, "application/json", json);
  }

  ApiClient.Response delete(String path) {
    return client.send("DELETE", path, null, null);
  }
}
