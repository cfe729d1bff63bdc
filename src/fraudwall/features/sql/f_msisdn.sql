-- Per number that placed calls in the window: the calling profile with reciprocity, contacts known
-- from the look-back, device and data use, card facts (line and customer type, age, holder's card
-- count, activity before the window) and the points of the stranger-calling pattern (each point is
-- a relative or behavioural signal, not a volume constant; a card that calls from five or more cells in the day
-- loses a point: it is on the move, a field salesperson's or a driver's, not a den's or a rack's, which stay in
-- one or two cells or call from abroad). The no-reciprocity point needs, besides few callers in and call-backs, that a
-- card under 180 days old has fewer than two people who reached it on answered calls on two or more days of the
-- look-back and the window (repeat_callers_in: family and friends keep calling a person's new work number, a job
-- hunter's or a guide's, while a gang's fresh card has nobody who knows it; an older card lent or sold to a gang is
-- still called by its former user's contacts, so it does not count there). The answered-share point is relative to
-- the window's population: answered below 0.775 of the median answered share of the numbers placing 5+
-- calls (0.62 where that median is 0.8; with fewer than 100 such numbers the median is taken as 0.8),
-- so a province or day where fewer calls are answered does not hand the point to ordinary callers
-- (the median is no column of its own: the numbers model reads every numeric column).
-- A callee is known when the number called or texted with it in the look-back, or when another card of its
-- holder opened 30 days or more before both this card and the window (the person's established line, not one of
-- a seller's batch, which is opened within days) called or texted with it in the look-back or in the window:
-- someone who takes a new number and tells every contact (我换号了) or whose dual-SIM phone's second card calls
-- the family is not dialling strangers, while a seller's batch of new cards or a gang's fresh cards know nobody.
-- (The window counts for the established line because in the first days of the data the look-back is too short
-- to hold most of a person's contacts.) (Only for numbers
-- calling 5+ people whose personal holder has 2-5 cards: more is a risk signal of its own, and on a 1M-subscriber
-- day every holder's cards would cost ~6 CPU-s against ~1.)
WITH cand AS MATERIALIZED (  -- numbers calling 5+ people whose personal holder has 2-5 cards (few)
    SELECT msisdn, id_key, open_time FROM subscriber
    WHERE msisdn IN (SELECT msisdn FROM f_caller WHERE callees >= 5)
      AND id_key IN (SELECT id_key FROM f_id_cards WHERE cards BETWEEN 2 AND 5 AND NOT is_enterprise)
),
sib AS (  -- their holder's established other cards (opened 30+ days before this card and the window)
    SELECT c.msisdn, o.msisdn AS other
    FROM cand c JOIN subscriber o ON o.id_key = c.id_key AND o.msisdn <> c.msisdn
    WHERE o.open_time <= least(coalesce(c.open_time, {{w_start}}), {{w_start}}) - INTERVAL 30 DAY
),
sibw AS (  -- the established cards' own pairs in the window (calls either way, texts either way)
    SELECT k FROM f_pair WHERE caller IN (SELECT other FROM sib) OR callee IN (SELECT other FROM sib)
    UNION
    SELECT pair_key(sender, receiver) FROM f_sms_pair WHERE sender IN (SELECT other FROM sib) OR receiver IN (SELECT other FROM sib)
),
-- callees this number already called or texted with (either direction) during the look-back (the look-back keys
-- that match a window pair first: a hash table of the window's pairs is built instead of one of every look-back
-- day's pairs)
own AS (SELECT caller, callee FROM f_pair WHERE k IN (SELECT k FROM pairs_h SEMI JOIN f_pair USING (k))),
-- and those the holder's established card knew, before or in the window (the window's pairs under that card's keys)
hk AS (SELECT p.caller, p.callee, pair_key(b.other, p.callee) AS k FROM f_pair p JOIN sib b ON b.msisdn = p.caller),
hold AS (SELECT DISTINCT caller, callee FROM hk
         WHERE k IN (SELECT k FROM pairs_h SEMI JOIN hk USING (k)) OR k IN (SELECT k FROM sibw)),
known AS (
    SELECT caller AS msisdn, count(*) AS known_callees FROM (SELECT * FROM own UNION SELECT * FROM hold) GROUP BY 1
),
hknown AS (SELECT caller AS msisdn, count(*) AS holder_known_callees FROM hold GROUP BY 1),
before AS (SELECT msisdn, active_days_before FROM active_before_h),  -- active days in the look-back
dev AS (  -- via one (number, cell) aggregate: cheaper than a DISTINCT aggregate over every event
    SELECT msisdn, CAST(sum(ds) AS BIGINT) AS data_sessions, count(cell) AS device_cells,
           CAST(sum(ae) AS BIGINT) AS attach_events
    FROM (SELECT msisdn, cell, count(*) FILTER (WHERE event = 'data_session') AS ds,
                 count(*) FILTER (WHERE event IN ('attach', 'detach')) AS ae
          FROM device_w GROUP BY msisdn, cell)
    GROUP BY msisdn
),
-- holder_carried, a new number its holder carries next to their own phone: a card opened in the last 180 days whose
-- holder's other cards are all established (sib), one of them in a person's use (own_phone), and the new card in the
-- same handset (carrying no third SIM), or in the same cell in the same hour twice or more, or seen that day only in
-- cells where that card was too (a work number in a dual-SIM phone or on a second phone). A card sold, lent or opened
-- for a gang works in the gang's handset and den, away from its holder's own phone; a gang member working several
-- fresh cards in his own name has other new cards.
one_new AS (
    SELECT c.msisdn FROM cand c
    WHERE c.open_time > {{w_start}} - INTERVAL 180 DAY
      AND NOT EXISTS (SELECT 1 FROM subscriber o WHERE o.id_key = c.id_key AND o.msisdn <> c.msisdn
                        AND o.msisdn NOT IN (SELECT other FROM sib b WHERE b.msisdn = c.msisdn))
),
own_phone AS (  -- the established cards in a person's use: data sessions or calls from two people in the window, or
                -- steady use in the look-back
    SELECT DISTINCT b.msisdn, b.other FROM sib b SEMI JOIN one_new n ON n.msisdn = b.msisdn
    WHERE b.other IN (SELECT msisdn FROM dev WHERE data_sessions > 0)
       OR b.other IN (SELECT msisdn FROM f_callee WHERE callers_in >= 2)
       OR b.other IN (SELECT msisdn FROM before
                      WHERE steady_use(active_days_before, (SELECT history_days FROM history_cover)))
),
pair_cards AS (SELECT msisdn FROM own_phone UNION SELECT other FROM own_phone),
seen AS (  -- where and when those cards were, by the hour (device events and calls placed)
    SELECT msisdn, imei, cell, date_trunc('hour', time) AS h FROM device_w WHERE msisdn IN (SELECT msisdn FROM pair_cards)
    UNION
    SELECT caller, caller_imei, caller_cell, date_trunc('hour', start_time) FROM voice_w
    WHERE caller IN (SELECT msisdn FROM pair_cards)
),
two_sim AS (SELECT imei FROM f_imei WHERE msisdns <= 2 AND imei IN (SELECT imei FROM seen)),  -- no third SIM
carried AS (
    SELECT DISTINCT o.msisdn FROM own_phone o
    JOIN seen a ON a.msisdn = o.msisdn JOIN seen b ON b.msisdn = o.other
    WHERE a.imei = b.imei AND a.imei IN (SELECT imei FROM two_sim)
    UNION
    SELECT o.msisdn FROM own_phone o
    JOIN seen a ON a.msisdn = o.msisdn JOIN seen b ON b.msisdn = o.other AND b.cell = a.cell AND b.h = a.h
    GROUP BY o.msisdn HAVING count(DISTINCT a.h) >= 2
    UNION
    -- or seen that day only in cells where the established card was too (an office that is also the home cell, a
    -- personal phone with few events)
    SELECT o.msisdn FROM own_phone o JOIN seen a ON a.msisdn = o.msisdn AND a.cell IS NOT NULL
    LEFT JOIN (SELECT DISTINCT msisdn, cell FROM seen) b ON b.msisdn = o.other AND b.cell = a.cell
    GROUP BY o.msisdn, o.other HAVING count(*) FILTER (WHERE b.cell IS NULL) = 0
),
-- people who reached the number on answered calls on two or more days of the look-back and the window (numbers
-- calling 5+ people): they keep in touch with its user (the no-reciprocity point of stranger_points, for new cards)
-- (the window's day from f_pair's answered pairs; CAST(w_start AS DATE) is the bound of the look-back views, so it is
-- later than any look-back day)
callers5 AS (SELECT msisdn FROM f_caller WHERE callees >= 5),
rep_in AS (
    SELECT msisdn, count(*) AS repeat_callers_in FROM (
        SELECT msisdn, c FROM (
            SELECT msisdn, c, d FROM answered_in_h WHERE msisdn IN (SELECT msisdn FROM callers5)
            UNION
            SELECT callee, hash(caller), CAST({{w_start}} AS DATE) FROM f_pair
            WHERE answered > 0 AND callee IN (SELECT msisdn FROM callers5)
        ) GROUP BY msisdn, c HAVING count(*) >= 2
    ) GROUP BY msisdn
),
-- two_way_contacts: people a personal card of this operator calling 15+ people (the stranger-dialling scenarios')
-- reached and who reached it, on answered calls, on two or more days of the look-back and the window (so one of them
-- before the window), other than this operator's cards opened in the last 90 days: the family, friends and customers
-- a person keeps in touch with while working the phone. A victim ringing back the card that hooked them the same day
-- is no such contact, nor are a gang's fresh cards ringing each other to look alive (养卡).
own15 AS MATERIALIZED (
    SELECT msisdn, hash(msisdn) AS h FROM subscriber
    WHERE msisdn IN (SELECT msisdn FROM f_caller WHERE callees >= 15)
      AND coalesce(customer_type, 'personal') <> 'enterprise'
),
reached_by AS MATERIALIZED (  -- who reached them (hashed), by day
    SELECT msisdn AS x, c, d FROM answered_in_h WHERE msisdn IN (SELECT msisdn FROM own15)
    UNION
    SELECT callee, hash(caller), CAST({{w_start}} AS DATE) FROM f_pair
    WHERE answered > 0 AND callee IN (SELECT msisdn FROM own15)
),
reached AS MATERIALIZED (  -- whom they reached, by day
    SELECT o.msisdn AS x, a.msisdn AS p, a.d FROM answered_in_h a JOIN own15 o ON a.c = o.h
    UNION
    SELECT caller, callee, CAST({{w_start}} AS DATE) FROM f_pair
    WHERE answered > 0 AND caller IN (SELECT msisdn FROM own15)
),
tw_days AS (  -- the days of each two-way pair, either direction
    SELECT r.x, r.p, r.d FROM reached r SEMI JOIN reached_by b ON b.x = r.x AND b.c = hash(r.p)
    UNION
    SELECT b.x, r.p, b.d FROM reached_by b JOIN (SELECT DISTINCT x, p FROM reached) r ON r.x = b.x AND b.c = hash(r.p)
),
two_way AS (
    SELECT t.x AS msisdn, count(*) AS two_way_contacts FROM (
        SELECT x, p FROM tw_days GROUP BY x, p HAVING count(DISTINCT d) >= 2
    ) t LEFT JOIN subscriber s ON s.msisdn = t.p
    WHERE NOT coalesce(s.open_time > {{w_start}} - INTERVAL 90 DAY, false)
    GROUP BY t.x
),
-- the look-back's answered video calls of the numbers placing video calls in the window (video_long_share)
vid_h AS (
    SELECT msisdn, sum(answered) AS answered, sum(long) AS long FROM video_h
    WHERE msisdn IN (SELECT msisdn FROM f_caller WHERE video_calls > 0) GROUP BY msisdn
),
hr AS (SELECT entity AS prefix FROM lists_w WHERE list = 'high_risk_region'),
typ AS (
    SELECT CASE WHEN count(*) >= 100 THEN median(answered_share) ELSE 0.8 END AS typical_answered
    FROM f_caller WHERE calls_out >= 5
),
base AS (
    SELECT c.*, b.callback_share, b.called_back,
        coalesce(ce.callers_in, 0) AS callers_in, coalesce(ce.answered_in, 0) AS answered_in,
        coalesce(ri.repeat_callers_in, 0) AS repeat_callers_in, coalesce(tw.two_way_contacts, 0) AS two_way_contacts,
        coalesce(k.known_callees, 0) AS known_callees, coalesce(hn.holder_known_callees, 0) AS holder_known_callees,
        coalesce(d.data_sessions, 0) AS data_sessions, coalesce(d.device_cells, 0) AS device_cells,
        coalesce(d.attach_events, 0) AS attach_events,
        s.line_type, coalesce(s.customer_type, 'personal') AS customer_type, s.id_key, s.open_channel,
        date_diff('day', s.open_time, {{w_start}}) AS card_age_days,
        coalesce(ic.cards, 1) AS holder_cards, coalesce(ic.operators, 1) AS holder_operators,
        coalesce(bf.active_days_before, 0) AS active_days_before,
        (SELECT history_days FROM history_cover) AS history_days,
        high_risk_roaming(c.roaming_country) AS roaming_high_risk,
        -- a foreign number of those countries calling in (no subscriber record here): a den across the border
        -- reaching people through an international gateway
        s.msisdn IS NULL AND high_risk_country_number(c.msisdn) AS foreign_high_risk,
        -- a foreign (or Hong Kong / Macau) card without a subscriber record here calling from the network's own
        -- cells: roaming in (calls.inbound_roamer_fanout)
        s.msisdn IS NULL AND foreign_number(c.msisdn) AND c.cells > 0 AS inbound_roamer,
        allow_listed(c.msisdn) AS allowlisted,
        c.msisdn IN (SELECT msisdn FROM carried) AS holder_carried,
        -- the share of its answered video calls, in the window and the look-back, that ran over two minutes
        coalesce((c.video_long + coalesce(vh.long, 0)) / nullif(c.video_answered + coalesce(vh.answered, 0), 0), 0)
            AS video_long_share
    FROM f_caller c
    JOIN f_callback b USING (msisdn)
    LEFT JOIN f_callee ce USING (msisdn)
    LEFT JOIN known k USING (msisdn)
    LEFT JOIN hknown hn USING (msisdn)
    LEFT JOIN dev d USING (msisdn)
    LEFT JOIN subscriber s USING (msisdn)
    LEFT JOIN f_id_cards ic ON ic.id_key = s.id_key
    LEFT JOIN before bf USING (msisdn)
    LEFT JOIN vid_h vh USING (msisdn)
    LEFT JOIN rep_in ri USING (msisdn)
    LEFT JOIN two_way tw USING (msisdn)
)
SELECT *,
    callers_in / callees AS inbound_ratio,
    known_callees / callees AS known_share,
    history_days >= 3 AND active_days_before = 0 AND card_age_days > 90 AS reactivated,
    (CASE WHEN callers_in <= 0.1 * callees AND callback_share <= 0.1
               AND NOT coalesce(repeat_callers_in >= 2 AND card_age_days < 180, false) THEN 1 ELSE 0 END)
    + (CASE WHEN cells <= 2 AND device_cells <= 2 THEN 1 ELSE 0 END)
    + (CASE WHEN answered_share < 0.775 * (SELECT typical_answered FROM typ) THEN 1 ELSE 0 END)
    + (CASE WHEN data_sessions <= 1 THEN 1 ELSE 0 END)
    + (CASE WHEN history_days >= 3 AND known_callees <= 0.1 * callees THEN 1 ELSE 0 END)
    + (CASE WHEN roaming_high_risk OR foreign_high_risk OR holder_cards > 5 OR card_age_days < 180
                 OR (history_days >= 3 AND active_days_before = 0 AND card_age_days > 90) THEN 1 ELSE 0 END)
    - (CASE WHEN cells >= 5 THEN 1 ELSE 0 END)
      AS stranger_points
FROM base
