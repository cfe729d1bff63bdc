-- Per device (IMEI) and SIM that called or texted from it in the window: whether the SIM works the way
-- fraud cards do, and whether the device carried it before. Kinds (each the condition of a scenario that
-- acts on the number itself): 'stranger_dialling' (15+ callees and 5 of the 6 stranger signals of
-- f_msisdn), 'fraud_supply_card' (5+ callees and 4 signals on a card from a fraud supply: one of a batch
-- its ID opened at one store within an hour, roaming in a high-risk region, or an ID holding more than
-- five cards), 'fraud_sms' (the link campaign of sms.fraud_link_campaign: 20+ receivers, mostly links,
-- no replies, fraud words or wildcard, IP-literal or APK links, without the opt-out text commercial SMS
-- must carry: a 【brand】 tag does not spare a sender, fraud forges it, as in sms.fraud_link_campaign v2;
-- until this change a branded campaign was left out, so gang handsets texting 【ETC】 links were missed), 'fraud_template'
-- (the campaign of sms.fraud_template_campaign: one fraud-worded text without links from 3+ personal numbers;
-- until session 11 such cards, blocked on their own, made neither their handsets nor their sellers' IDs suspect).
-- A person's own phone texting its circle (f_sms_profile.own_phone) is no texting card.
-- Mobile, non-enterprise,
-- non-allowlisted numbers only. carried_before: the SIM called from this device on an earlier day of
-- the look-back (a person's phone keeps its card; a gang handset gets a fresh fraud card).
WITH calls AS (
    SELECT m.msisdn, m.callees, m.stranger_points,
        CASE WHEN m.callees >= 15 AND m.stranger_points >= 5 THEN 'stranger_dialling'
             WHEN m.callees >= 5 AND m.stranger_points >= 4
                  AND (coalesce(b.max_batch_one_store, 0) >= 5 OR m.roaming_high_risk OR m.holder_cards > 5)
                  THEN 'fraud_supply_card' END AS kind
    FROM f_msisdn m LEFT JOIN f_card_batch b ON b.id_key = m.id_key AND NOT b.is_enterprise
    WHERE m.line_type IS DISTINCT FROM 'fixed' AND m.line_type IS DISTINCT FROM 'voip'
      AND m.customer_type <> 'enterprise' AND NOT m.allowlisted
),
links AS (
    SELECT msisdn, receivers, 'fraud_sms' AS kind
    FROM f_sms_profile
    WHERE receivers >= 20 AND line_type IS DISTINCT FROM 'fixed' AND line_type IS DISTINCT FROM 'voip'
      AND ((link_share >= 0.5 AND reply_share <= 0.05
            AND unexempt_sender(opt_out_share, service_code, allowlisted, customer_type)
            AND fraud_link_evidence(fraud_word_share, hosts_per_domain, ip_link_share, apk_share))
           -- or a wildcard campaign, whatever opt-out text it forges (sms.wildcard_link_sender's action tier)
           OR wildcard_link_campaign(link_hosts, hosts_per_domain, service_code, allowlisted))
      AND NOT own_phone
),
texts AS (
    SELECT * FROM links
    UNION ALL
    -- sms.fraud_template_campaign at its defaults: one fraud-worded text from 3+ personal numbers, 20+ receivers,
    -- no replies, no opt-out (a campaign without links: part-time jobs, refunds by callback); a sender of a link
    -- campaign is counted once, as such
    SELECT t.msisdn, t.own_receivers, 'fraud_template'
    FROM f_sms_template t JOIN f_sms_profile p USING (msisdn)
    WHERE t.template_senders >= 3 AND t.own_receivers >= 20 AND p.reply_share <= 0.05 AND p.fraud_word_share >= 0.5
      AND p.call_to_action_share >= 0.5 AND unexempt_sender(p.opt_out_share, p.service_code, p.allowlisted, p.customer_type)
      AND coalesce(p.line_type, 'mobile') = 'mobile' AND t.msisdn NOT IN (SELECT msisdn FROM links)
),
-- only the numbers that work like fraud cards are looked up on their devices
flagged AS (SELECT msisdn FROM calls WHERE kind IS NOT NULL UNION SELECT msisdn FROM texts),
sims AS (
    -- a card works from a device when it placed two or more calls from it: a phone repair shop's test handset
    -- carries a customer's card for one test call (a traveller's roaming card counts as a fraud-supply card)
    SELECT imei, msisdn FROM f_call_device WHERE msisdn IN (SELECT msisdn FROM flagged) AND calls >= 2
    UNION
    -- and one sent two or more texts from it: a sender whose every text names another IMEI (an SMS blaster or a
    -- modem rewriting its IMEI) has no handset to act on, and thousands of one-text IMEIs would be flagged
    SELECT sender_imei, sender FROM sms_w WHERE sender_imei IS NOT NULL AND sender IN (SELECT msisdn FROM flagged)
    GROUP BY ALL HAVING count(*) >= 2
),
before AS (
    SELECT DISTINCT imei, msisdn FROM imei_sims_h WHERE imei IN (SELECT imei FROM sims)
)
SELECT s.imei, s.msisdn, coalesce(c.kind, t.kind) AS kind, coalesce(c.callees, 0) AS callees,
       coalesce(c.stranger_points, 0) AS stranger_points, coalesce(t.receivers, 0) AS sms_receivers,
       b.msisdn IS NOT NULL AS carried_before
FROM sims s
LEFT JOIN calls c ON c.msisdn = s.msisdn AND c.kind IS NOT NULL
LEFT JOIN texts t ON t.msisdn = s.msisdn
LEFT JOIN before b ON b.imei = s.imei AND b.msisdn = s.msisdn
WHERE c.kind IS NOT NULL OR t.kind IS NOT NULL
