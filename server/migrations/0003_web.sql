-- The district's web pages: administrators' sessions and the public certificate check.
-- Like enrolment, what happens before a scope exists goes through SECURITY DEFINER functions that
-- return only what the caller is entitled to; kense_app has no grant on admin_user or admin_session.

CREATE TABLE admin_session (
    token_hash  bytea PRIMARY KEY,              -- SHA-256 of the cookie value; the value is never stored
    login       text NOT NULL REFERENCES admin_user (login) ON DELETE CASCADE,
    csrf        text NOT NULL,                  -- echoed by every form of the session
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL
);

-- The password hash of an active administrator (verified in the application with argon2).
CREATE FUNCTION kense_admin_password(p_login text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT password_hash FROM admin_user WHERE login = p_login AND NOT disabled
$$;

CREATE FUNCTION kense_session_open(p_token_hash bytea, p_login text, p_csrf text, p_hours integer)
RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DELETE FROM admin_session WHERE expires_at < now();
    INSERT INTO admin_session (token_hash, login, csrf, expires_at)
    VALUES (p_token_hash, p_login, p_csrf, now() + make_interval(hours => p_hours));
$$;

CREATE FUNCTION kense_session_get(p_token_hash bytea)
RETURNS TABLE (login text, role text, org text, org_name text, org_name_ru text, csrf text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT a.login, a.role, a.org, o.name, o.name_ru, s.csrf
    FROM admin_session s JOIN admin_user a ON a.login = s.login JOIN org o ON o.code = a.org
    WHERE s.token_hash = p_token_hash AND s.expires_at > now() AND NOT a.disabled
$$;

CREATE FUNCTION kense_session_close(p_token_hash bytea) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DELETE FROM admin_session WHERE token_hash = p_token_hash;
$$;

-- /verify: the newest version of the certificate with this series, number and printed check code, and
-- only what the certificate itself carries (plus the issuing school's name).
CREATE FUNCTION kense_verify_certificate(p_series text, p_number text, p_check text)
RETURNS TABLE (state text, void_reason text, series text, number text, issued_on text, person_name text,
               template text, school_name text, school_name_ru text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT r.data ->> 'state', r.data ->> 'void_reason', r.data ->> 'series', r.data ->> 'number',
           r.data ->> 'issued_on', r.data ->> 'person_name', r.data ->> 'template', o.name, o.name_ru
    FROM record r JOIN org o ON o.code = r.school
    WHERE r.type = 'certificate' AND r.deleted_at IS NULL AND r.data ->> 'number' = p_number
      AND r.data ->> 'check' = p_check AND (p_series IS NULL OR r.data ->> 'series' = p_series)
    ORDER BY r.version DESC LIMIT 1
$$;

REVOKE ALL ON FUNCTION kense_admin_password(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION kense_session_open(bytea, text, text, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION kense_session_get(bytea) FROM PUBLIC;
REVOKE ALL ON FUNCTION kense_session_close(bytea) FROM PUBLIC;
REVOKE ALL ON FUNCTION kense_verify_certificate(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kense_admin_password(text) TO kense_app;
GRANT EXECUTE ON FUNCTION kense_session_open(bytea, text, text, integer) TO kense_app;
GRANT EXECUTE ON FUNCTION kense_session_get(bytea) TO kense_app;
GRANT EXECUTE ON FUNCTION kense_session_close(bytea) TO kense_app;
GRANT EXECUTE ON FUNCTION kense_verify_certificate(text, text, text) TO kense_app;
