-- Rate windows shared by every process of the server (`serve --workers N`): a device's requests and the
-- failed enrolments and sign-ins of an address are counted here, so N processes allow the rate once,
-- not N times. Fixed windows; UNLOGGED (a crash only forgets counts, which is harmless); reached only
-- through the SECURITY DEFINER function below, before any scope exists.

CREATE UNLOGGED TABLE rate_window (
    key         text PRIMARY KEY CHECK (length(key) <= 200),
    started_at  timestamptz NOT NULL,
    hits        integer NOT NULL CHECK (hits >= 0)
);

-- Seconds to wait when `p_key` is at its limit, else 0. p_count: count this event when it is admitted
-- (a request, a failed sign-in), or only look (is this address blocked before its password is checked?).
CREATE FUNCTION kense_rate_hit(p_key text, p_limit integer, p_seconds integer, p_count boolean)
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_now timestamptz := clock_timestamp();
    v_window interval := make_interval(secs => p_seconds);
    v_start timestamptz;
    v_hits integer;
BEGIN
    IF p_count THEN
        -- The upsert locks the row until the caller's transaction ends: concurrent hits of one key,
        -- from any process, are counted one after another.
        INSERT INTO rate_window AS w (key, started_at, hits) VALUES (p_key, v_now, 0)
        ON CONFLICT (key) DO UPDATE SET
            started_at = CASE WHEN w.started_at <= v_now - v_window THEN v_now ELSE w.started_at END,
            hits = CASE WHEN w.started_at <= v_now - v_window THEN 0 ELSE w.hits END
        RETURNING w.started_at, w.hits INTO v_start, v_hits;
    ELSE
        SELECT w.started_at, w.hits INTO v_start, v_hits FROM rate_window w
        WHERE w.key = p_key AND w.started_at > v_now - v_window;
    END IF;
    IF v_hits IS NOT NULL AND v_hits >= p_limit THEN
        RETURN greatest(1, ceil(extract(epoch FROM v_start + v_window - v_now)))::integer;
    END IF;
    IF p_count THEN
        UPDATE rate_window SET hits = hits + 1 WHERE key = p_key;
        IF random() < 0.001 THEN   -- now and then, forget keys idle for a day (longer than any window)
            DELETE FROM rate_window WHERE started_at < v_now - interval '1 day';
        END IF;
    END IF;
    RETURN 0;
END $$;

REVOKE ALL ON FUNCTION kense_rate_hit(text, integer, integer, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kense_rate_hit(text, integer, integer, boolean) TO kense_app;
