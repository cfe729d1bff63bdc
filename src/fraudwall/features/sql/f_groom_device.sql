-- The handsets of groomers of mule payers (f_groom: grooming pairs) and every SIM that called or texted from
-- them in the window, one row per (handset, SIM): the SIM's holder (id_key, personal mobile card or not),
-- paid_groomer (the SIM groomed a person who then paid a laundering account, f_groom) and grooming (the SIM
-- keeps up the same pattern with a new contact - first in touch within 14 days and never before in the
-- look-back, in touch on five or more days and on
-- most days since, both ways with four or more messages or
-- calls in the window, the SIM in touch with no more than five numbers - whether or not that person has paid
-- yet: a pig-butchering gang runs several lent cards in one work phone, one target each), with the person so
-- groomed (target), and the handset's SIM and holder counts in the window (handset_sims, handset_holders) and
-- in the look-back (hist_sims: the other SIMs that called from it before; a repair shop's phone carries
-- dozens). Only handsets a paid groomer used are looked at: a few devices and their SIMs' pairs.
-- Read by calls.groomer_of_mule_payer (the other groomers of a gang handset), catpool.groomer_handset and
-- cards.id_groomer_card.
WITH g AS (SELECT msisdn, min(person) AS target FROM f_groom WHERE grooming GROUP BY 1),
gh AS (  -- the handsets the paid groomers called or texted from in the window
    SELECT DISTINCT caller_imei AS imei FROM voice_w SEMI JOIN g ON g.msisdn = voice_w.caller
    WHERE caller_imei IS NOT NULL
    UNION
    SELECT DISTINCT sender_imei FROM sms_w SEMI JOIN g ON g.msisdn = sms_w.sender WHERE sender_imei IS NOT NULL
),
ds AS (  -- every SIM on those handsets in the window
    SELECT DISTINCT caller_imei AS imei, caller AS msisdn FROM voice_w WHERE caller_imei IN (SELECT imei FROM gh)
    UNION
    SELECT DISTINCT sender_imei, sender FROM sms_w WHERE sender_imei IN (SELECT imei FROM gh)
),
oth AS (SELECT DISTINCT msisdn FROM ds WHERE msisdn NOT IN (SELECT msisdn FROM g)),
ev AS (  -- the other SIMs' calls and SMS in the window, as (SIM, contact, SIM's side sent it)
    SELECT caller AS sim, callee AS contact, true AS out FROM voice_w SEMI JOIN oth ON oth.msisdn = voice_w.caller
    UNION ALL SELECT callee, caller, false FROM voice_w SEMI JOIN oth ON oth.msisdn = voice_w.callee
    UNION ALL SELECT sender, receiver, true FROM sms_w SEMI JOIN oth ON oth.msisdn = sms_w.sender
    UNION ALL SELECT receiver, sender, false FROM sms_w SEMI JOIN oth ON oth.msisdn = sms_w.receiver
),
pw AS (
    SELECT sim, contact, pair_key(sim, contact) AS k, count(*) AS exchanges,
        count(*) FILTER (WHERE out) > 0 AND count(*) FILTER (WHERE NOT out) > 0 AS both_ways,
        count(*) OVER (PARTITION BY sim) AS sim_contacts
    FROM ev WHERE sim <> contact GROUP BY sim, contact
),
hist AS (
    SELECT h.k, min(h.d) AS first_day, count(DISTINCT h.d) AS days_before
    FROM pairs_h h SEMI JOIN pw ON pw.k = h.k AND pw.both_ways
    GROUP BY 1
),
og AS (  -- the other SIMs grooming a new contact (the f_groom pattern, without the payment; the look-back need not
         -- have seen the contact before the first contact: the handset's paid groomer's contact was new, and the
         -- gang started its cards together, often on the first days the data covers)
    SELECT pw.sim AS msisdn, min(pw.contact) AS target
    FROM pw JOIN hist h USING (k)
    WHERE pw.both_ways AND pw.exchanges >= 4 AND pw.sim_contacts <= 5
      AND h.days_before + 1 >= 5
      AND date_diff('day', h.first_day, CAST({{w_start}} AS DATE)) <= 14
      AND h.days_before + 1 >= 0.6 * (date_diff('day', h.first_day, CAST({{w_start}} AS DATE)) + 1)
    GROUP BY 1
),
hs AS (SELECT imei, hist_sims FROM f_imei_sims WHERE imei IN (SELECT imei FROM gh))
SELECT d.imei, d.msisdn, s.id_key,
    coalesce(s.line_type, 'mobile') = 'mobile' AND coalesce(s.customer_type, 'personal') = 'personal' AS personal_mobile,
    g.msisdn IS NOT NULL AS paid_groomer, g.msisdn IS NOT NULL OR o.msisdn IS NOT NULL AS grooming,
    coalesce(g.target, o.target) AS target,
    count(*) OVER (PARTITION BY d.imei) AS handset_sims,
    count(DISTINCT s.id_key) OVER (PARTITION BY d.imei) AS handset_holders,
    coalesce(hs.hist_sims, 0) AS hist_sims
FROM ds d
LEFT JOIN g USING (msisdn)
LEFT JOIN og o USING (msisdn)
LEFT JOIN subscriber s USING (msisdn)
LEFT JOIN hs USING (imei)
