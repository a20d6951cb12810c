package org.outreachplanner.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.server.ResponseStatusException;

class TeamScopeTest {

  private final TeamScope scope = new TeamScope();

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  private static void signIn(Role role, String team) {
    SignedInUser user =
        new SignedInUser(new AppUser("u", "U", role, team, true), "{noop}unused-password");
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
  }

  private static int status(Runnable call) {
    try {
      call.run();
      return 200;
    } catch (ResponseStatusException e) {
      return e.getStatusCode().value();
    }
  }

  @Test
  void aPlannerSeesEveryTeam() {
    signIn(Role.PLANNER, null);
    assertThat(scope.teamFilter()).isNull();
    assertThat(scope.canRead("T1")).isTrue();
    assertThat(status(() -> scope.requireReadable("T2"))).isEqualTo(200);
    assertThat(status(scope::requirePlanner)).isEqualTo(200);
  }

  @Test
  void aTeamLeadSeesOnlyTheirTeamAndAnotherTeamIsNotFound() {
    signIn(Role.TEAM_LEAD, "T1");
    assertThat(scope.teamFilter()).isEqualTo("T1");
    assertThat(scope.canRead("T1")).isTrue();
    assertThat(scope.canRead("T2")).isFalse();
    assertThat(status(() -> scope.requireReadable("T1"))).isEqualTo(200);
    assertThat(status(() -> scope.requireReadable("T2"))).isEqualTo(404);
    assertThat(status(scope::requirePlanner)).isEqualTo(403);
  }

  @Test
  void aLeadWhoseTeamWasRemovedSeesNoTeam() {
    signIn(Role.TEAM_LEAD, null);
    assertThat(status(scope::teamFilter)).isEqualTo(404);
    assertThat(scope.canRead("T1")).isFalse();
  }

  @Test
  void aPartnerAndAnAnonymousCallerSeeNoTeamData() {
    signIn(Role.TELECOM_PARTNER, null);
    assertThat(status(scope::teamFilter)).isEqualTo(403);
    assertThat(status(() -> scope.requireReadable("T1"))).isEqualTo(403);
    SecurityContextHolder.clearContext();
    assertThat(status(scope::teamFilter)).isEqualTo(401);
    assertThatThrownBy(() -> scope.requireReadable("T1"))
        .isInstanceOf(ResponseStatusException.class);
  }

  @Test
  void rolesAreParsedLeniently() {
    assertThat(Role.parse("team-lead")).isEqualTo(Role.TEAM_LEAD);
    assertThat(Role.parse(" planner ")).isEqualTo(Role.PLANNER);
    assertThatThrownBy(() -> Role.parse("admin"))
        .hasMessageContaining("PLANNER, TEAM_LEAD, TELECOM_PARTNER");
  }
}
