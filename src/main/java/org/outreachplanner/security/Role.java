package org.outreachplanner.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a signed-in person may do; see {@link AccessRules} for the paths each role reaches. */
public enum Role {
  /** Provincial planner: everything, including imports and changes. */
  PLANNER,
  /** Lead of one village digital-support team: reads the map basics and their own team's week. */
  TEAM_LEAD,
  /** Telecom partner: aggregated dead-zone reports only, never per-village figures. */
  TELECOM_PARTNER;

  /** The Spring Security authority of this role. */
  public String authority() {
    return "ROLE_" + name();
  }

  /** The role named by this text (case and '-' or '_' ignored), or an error listing the roles. */
  public static Role parse(String text) {
    String wanted = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (Role role : values()) {
      if (role.name().equals(wanted)) {
        return role;
      }
    }
    throw new IllegalArgumentException(
        "unknown role '"
            + text
            + "'; the roles are "
            + Arrays.stream(values()).map(Role::name).collect(Collectors.joining(", ")));
  }
}
