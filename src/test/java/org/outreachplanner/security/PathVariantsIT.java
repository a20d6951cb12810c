package org.outreachplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.BorderCommunesApi;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.WebTest;

/**
 * Spellings of a protected path that a request matcher could read otherwise than the controllers
 * do, sent over real HTTP through the real filter chain. None of them may give a caller more than
 * the canonical path gives: a caller refused there is refused here too and gets no village, and a
 * caller served there is served the same answer or refused.
 */
@WebTest
class PathVariantsIT extends BorderCommunesApi {

  private static final String CANONICAL = "/api/villages";

  /**
   * Each spelling and what a planner and a team lead, both allowed on the canonical path, get for
   * it: 400 from the firewall, 404 where the rules let a planner reach any /api path but no
   * controller answers, 403 where no rule names the path for a lead.
   */
  private static final Map<String, List<Integer>> VARIANTS =
      Map.ofEntries(
          Map.entry("/api/villages/", List.of(404, 404)),
          Map.entry("/api/villages;x=y", List.of(400, 400)),
          Map.entry("/api;x=y/villages", List.of(400, 400)),
          Map.entry("//api/villages", List.of(400, 400)),
          Map.entry("/API/villages", List.of(403, 403)),
          Map.entry("/Api/Villages", List.of(403, 403)),
          Map.entry("/api/%2e%2e/api/villages", List.of(400, 400)),
          Map.entry("/x/%2e%2e/api/villages", List.of(400, 400)),
          Map.entry("/api/./villages", List.of(400, 400)),
          Map.entry("/api/villages%0a", List.of(400, 400)),
          Map.entry("/api/villages%0d", List.of(400, 400)),
          Map.entry("/api/villages.json", List.of(404, 403)),
          Map.entry("/api/villages%2f", List.of(400, 400)),
          Map.entry("/api%2fvillages", List.of(400, 400)));

  @Test
  void everySpellingOfAPathGetsNoMoreThanTheCanonicalPath() {
    List<ApiClient> callers =
        List.of(
            new ApiClient(port),
            ApiClient.as(port, TestUsers.PLANNER),
            ApiClient.as(port, TestUsers.TEAM_LEAD),
            ApiClient.as(port, TestUsers.PARTNER));
    SoftAssertions softly = new SoftAssertions();
    for (ApiClient caller : callers) {
      String who = caller.user() == null ? "anonymous" : caller.user().username();
      ApiClient.Response canonical = caller.get(CANONICAL);
      boolean allowed = canonical.status() == 200;
      assertThat(allowed)
          .as(who)
          .isEqualTo(caller.user() != null && caller.user() != TestUsers.PARTNER);
      for (Map.Entry<String, List<Integer>> variant : VARIANTS.entrySet()) {
        ApiClient.Response response = caller.get(variant.getKey());
        String what = who + " " + variant.getKey() + " -> " + response.status();
        if (allowed) {
          int expected = variant.getValue().get(caller.user() == TestUsers.PLANNER ? 0 : 1);
          softly.assertThat(response.status()).as(what).isEqualTo(expected);
        } else if (caller.user() == null) {
          // refused as on the canonical path: 401, or the login page for what is not under /api/
          softly.assertThat(response.status()).as(what).isIn(302, 400, 401);
        } else {
          softly.assertThat(response.status()).as(what).isIn(400, 403);
        }
        softly.assertThat(response.body()).as(what).doesNotContain("V001", "features");
      }
    }
    softly.assertAll();
  }
}
