-- The org tree, the people who administer it, the server's identity, enrolled devices.
-- Tenancy (docs/adr/008): every school-owned row carries `school` (the school's code) as the first
-- column of its primary key, so each table can be distributed by school with Citus; the org tree is
-- small and read everywhere (a reference table). Row-level security is keyed on the caller's scope,
-- set per transaction by the application (server/db.py):
--   kense.device_school  the school of the authenticated device (intake routes)
--   kense.device_id      that device (it sees its own row of `device`, no sibling's)
--   kense.admin_org      the org unit of a signed-in administrator (everything below it)
-- The application works as the NOLOGIN role kense_app (SET LOCAL ROLE in every transaction), which
-- owns nothing and is no superuser, so it never bypasses RLS. The owner (the operator's CLI and the two
-- SECURITY DEFINER functions below) does: RLS is deliberately not FORCEd.

DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kense_app') THEN
        CREATE ROLE kense_app NOLOGIN;
    END IF;
END $$;
-- The connecting (migrating) role must be able to SET ROLE kense_app inside each transaction.
DO $$ BEGIN
    EXECUTE format('GRANT kense_app TO %I', current_user);
END $$;

CREATE TABLE org (
    code        text PRIMARY KEY CHECK (code ~ '^[A-Za-z0-9._-]{1,32}$'),
    parent      text REFERENCES org (code),
    level       text NOT NULL CHECK (level IN ('country', 'oblast', 'district', 'school')),
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    name_ru     text NOT NULL DEFAULT '' CHECK (length(name_ru) <= 300),
    -- Codes from the root down to this unit, itself included: "is X below Y" is `Y = ANY(path)`.
    path        text[] NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CHECK ((level = 'country') = (parent IS NULL)),
    CHECK (path[array_length(path, 1)] = code)
);
CREATE INDEX org_path ON org USING gin (path);

-- Schools visible to the administrator's org unit (empty when no administrator is in scope).
CREATE FUNCTION kense_admin_schools() RETURNS text[]
LANGUAGE sql STABLE AS $$
    SELECT coalesce(array_agg(code), '{}') FROM org
    WHERE level = 'school' AND nullif(current_setting('kense.admin_org', true), '') = ANY (path)
$$;

CREATE TABLE admin_user (
    login          text PRIMARY KEY CHECK (login ~ '^[a-z0-9._-]{2,64}$'),
    role           text NOT NULL CHECK (role IN ('district-admin', 'ministry', 'auditor')),
    org            text NOT NULL REFERENCES org (code),
    password_hash  text NOT NULL,
    disabled       boolean NOT NULL DEFAULT false,
    created_at     timestamptz NOT NULL DEFAULT now()
);

-- One row: the server's long-term X25519 key, to which schools seal what they send.
CREATE TABLE server_identity (
    singleton    boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    private_key  bytea NOT NULL CHECK (length(private_key) = 32),
    public_key   bytea NOT NULL CHECK (length(public_key) = 32),
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE enrol_code (
    school      text NOT NULL REFERENCES org (code),
    code_hash   bytea NOT NULL,                 -- SHA-256 of the normalised code: the code is shown once
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    created_by  text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (school, code_hash)
);
CREATE UNIQUE INDEX enrol_code_hash ON enrol_code (code_hash);

CREATE TABLE device (
    school            text NOT NULL REFERENCES org (code),
    device_id         uuid NOT NULL,
    name              text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    public_key        bytea NOT NULL CHECK (length(public_key) = 32),
    token_hash        bytea NOT NULL,           -- SHA-256 of the bearer token; the token is never stored
    prev_token_hash   bytea,                    -- the token before a rotation, until the new one is used
    state             text NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'revoked')),
    rotate_requested  boolean NOT NULL DEFAULT false,
    enrolled_at       timestamptz NOT NULL DEFAULT now(),
    revoked_at        timestamptz,
    last_seen_at      timestamptz,
    PRIMARY KEY (school, device_id)
);
CREATE UNIQUE INDEX device_token ON device (token_hash);
CREATE UNIQUE INDEX device_prev_token ON device (prev_token_hash) WHERE prev_token_hash IS NOT NULL;

-- Before a scope exists the application may do exactly two things, each through a function that runs
-- with the owner's rights and returns only what the caller is entitled to:
-- find the device a token belongs to, and redeem an enrolment code.
CREATE FUNCTION kense_device_for_token(p_hash bytea)
RETURNS TABLE (school text, device_id uuid, state text, rotate_requested boolean, by_prev boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT d.school, d.device_id, d.state, d.rotate_requested, d.token_hash <> p_hash
    FROM device d WHERE d.token_hash = p_hash OR d.prev_token_hash = p_hash
$$;

CREATE FUNCTION kense_redeem_enrol_code(p_code_hash bytea, p_name text, p_public_key bytea, p_token_hash bytea)
RETURNS TABLE (school text, school_name text, device_id uuid)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_school text;
    v_device uuid := gen_random_uuid();
BEGIN
    UPDATE enrol_code e SET used_at = now()
    WHERE e.code_hash = p_code_hash AND e.used_at IS NULL AND e.expires_at > now()
    RETURNING e.school INTO v_school;
    IF v_school IS NULL THEN
        RETURN;
    END IF;
    INSERT INTO device (school, device_id, name, public_key, token_hash)
    VALUES (v_school, v_device, p_name, p_public_key, p_token_hash);
    RETURN QUERY SELECT o.code, o.name, v_device FROM org o WHERE o.code = v_school;
END $$;

REVOKE ALL ON FUNCTION kense_device_for_token(bytea) FROM PUBLIC;
REVOKE ALL ON FUNCTION kense_redeem_enrol_code(bytea, text, bytea, bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kense_device_for_token(bytea) TO kense_app;
GRANT EXECUTE ON FUNCTION kense_redeem_enrol_code(bytea, text, bytea, bytea) TO kense_app;

GRANT SELECT ON org TO kense_app;
GRANT SELECT ON server_identity TO kense_app;
GRANT SELECT, UPDATE ON device TO kense_app;
GRANT SELECT, INSERT, UPDATE ON enrol_code TO kense_app;

ALTER TABLE device ENABLE ROW LEVEL SECURITY;
CREATE POLICY device_own ON device
    USING (school = current_setting('kense.device_school', true)
           AND device_id::text = current_setting('kense.device_id', true));
CREATE POLICY device_admin ON device
    USING (school = ANY (kense_admin_schools()));

ALTER TABLE enrol_code ENABLE ROW LEVEL SECURITY;
CREATE POLICY enrol_code_admin ON enrol_code
    USING (school = ANY (kense_admin_schools()));
