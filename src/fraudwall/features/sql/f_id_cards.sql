-- Per identity document: how many cards it holds, on how many operators, how
-- many opened on one day, how many are personal mobile lines.
-- The window's subscriber view holds only the cards opened by the window's end, with their status then, as the
-- real-time rules count the cards opened by the call (cards.rt_over_cap_id_caller): re-detecting a loaded period, a
-- window saw the cards its IDs would open days later (the twentieth blind red-team set's shop owner, four cards
-- opened on 2 Nov, was "one ID, four cards in a day" from the data's first window, 29 Oct).
WITH s AS (SELECT * FROM subscriber WHERE coalesce(status, 'active') <> 'closed'),
per_day AS (
    SELECT id_key, max(n) AS max_opened_one_day FROM (
        SELECT id_key, CAST(open_time AS DATE) AS d, count(*) AS n FROM s GROUP BY ALL
    ) GROUP BY id_key
)
SELECT
    s.id_key,
    count(*) AS cards,
    count(DISTINCT operator) AS operators,
    count(*) FILTER (WHERE line_type = 'mobile') AS mobile_cards,
    bool_or(customer_type = 'enterprise') AS is_enterprise,
    any_value(pd.max_opened_one_day) AS max_opened_one_day,
    min(open_time) AS first_open,
    max(open_time) AS last_open
FROM s
JOIN per_day pd USING (id_key)
GROUP BY s.id_key
