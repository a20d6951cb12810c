package org.outreachplanner.security;

/**
 * A person who signs in: user name, display name, role, and for a team lead the code of their team
 * (null for the other roles, and for a lead whose team was removed).
 */
public record AppUser(
    String username, String displayName, Role role, String teamCode, boolean enabled) {}
