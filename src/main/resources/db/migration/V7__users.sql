-- People who sign in to the web application and the API. Passwords are stored only as hashes in
-- Spring Security's '{id}hash' form (bcrypt by default), never in clear.
CREATE TABLE app_user (
    username        text PRIMARY KEY CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    password_hash   text NOT NULL CHECK (password_hash ~ '^\{[a-z0-9]+\}.+'),
    role            text NOT NULL CHECK (role IN ('PLANNER', 'TEAM_LEAD', 'TELECOM_PARTNER')),
    display_name    text NOT NULL CHECK (display_name <> ''),
    enabled         boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

-- The one team a team lead belongs to. Kept apart from app_user so that removing a team (or
-- emptying the team table) unbinds its lead, who then sees no team, instead of deleting the account.
CREATE TABLE team_lead (
    username        text PRIMARY KEY REFERENCES app_user (username) ON DELETE CASCADE,
    team_code       text NOT NULL REFERENCES team (code) ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX team_lead_team ON team_lead (team_code);
