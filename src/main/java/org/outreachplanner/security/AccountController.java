package org.outreachplanner.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.outreachplanner.i18n.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.view.RedirectView;

/** Who is signed in, and where each role starts after signing in. */
@RestController
class AccountController {

  /** The signed-in user as the pages show them: name, role, team (for a team lead). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Me(String username, String displayName, Role role, String teamCode) {}

  @GetMapping("/api/me")
  Me me() {
    AppUser user =
        CurrentUser.get()
            .orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "api.signInFirst"));
    return new Me(user.username(), user.displayName(), user.role(), user.teamCode());
  }

  /** The start page of the signed-in user's role. */
  @GetMapping("/home")
  RedirectView home() {
    Role role = CurrentUser.get().map(AppUser::role).orElse(null);
    String target =
        role == null
            ? "/login"
            : switch (role) {
              case PLANNER -> "/";
              case TEAM_LEAD -> "/team.html";
              case TELECOM_PARTNER -> "/partner.html";
            };
    RedirectView view = new RedirectView(target, true);
    view.setExposeModelAttributes(false);
    return view;
  }
}
