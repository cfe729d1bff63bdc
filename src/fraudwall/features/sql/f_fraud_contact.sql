-- Per number in contact with suspected fraud in the window: long answered calls and video calls from
-- suspected fraud callers, fraud SMS followed by a visit to the linked site (and how long the person stayed
-- on it), installs of apps from suspicious sources (and the first side-load in the 24 hours before the window
-- of such an app or of one that fraud callers walk people through side-loading), and
-- the time of the first such contact in the window (read by f_victim for the victim side and by f_mule for money
-- coming from people just contacted by fraud). A person whose only contact is an install before the window has
-- a row with a null first_contact.
WITH sus_caller AS (SELECT msisdn FROM f_suspect_caller),
video_caller AS (
    SELECT msisdn FROM f_msisdn
    WHERE video_impersonation(video_calls, calls_out, callers_in, callees, video_callees, video_long_share)
),
-- personal numbers pushing links to many people who never reply, without the opt-out text commercial SMS must
-- carry (a 【brand】 tag does not spare them: fraud forges it), other than a person's own phone texting its circle
-- (f_sms_profile.own_phone); ``evidence``: the links or words are fraud's
sus_sender AS (
    SELECT msisdn, fraud_link_evidence(fraud_word_share, hosts_per_domain, ip_link_share, apk_share) AS evidence
    FROM f_sms_profile
    WHERE unexempt_sender(opt_out_share, service_code, allowlisted, customer_type) AND receivers >= 20
      AND reply_share <= 0.05 AND link_share >= 0.5 AND NOT own_phone
),
calls AS (
    SELECT v.callee AS msisdn,
        count(*) FILTER (WHERE v.duration_s >= 300 AND sc.msisdn IS NOT NULL) AS long_calls_from_suspects,
        max(v.duration_s) FILTER (WHERE sc.msisdn IS NOT NULL) AS max_suspect_call_s,
        count(*) FILTER (WHERE vc.msisdn IS NOT NULL AND v.media = 'video' AND v.duration_s > 0) AS stranger_video_calls,
        count(DISTINCT v.caller) FILTER (WHERE sc.msisdn IS NOT NULL) AS suspect_callers,
        min(v.start_time) FILTER (WHERE (sc.msisdn IS NOT NULL AND v.duration_s >= 300)
                                  OR (vc.msisdn IS NOT NULL AND v.media = 'video' AND v.duration_s > 0)) AS first_call_contact
    FROM voice_w v
    LEFT JOIN sus_caller sc ON sc.msisdn = v.caller
    LEFT JOIN video_caller vc ON vc.msisdn = v.caller
    WHERE sc.msisdn IS NOT NULL OR vc.msisdn IS NOT NULL
    GROUP BY 1
),
sms AS (
    SELECT m.receiver AS msisdn, m.reg_domain, min(m.send_time) AS t, bool_or(s.evidence) AS evidence
    FROM f_sms_msg m JOIN sus_sender s ON s.msisdn = m.sender
    GROUP BY 1, 2
),
site AS (  -- per (person, linked site): the visits to it after the SMS
    SELECT s.msisdn, s.reg_domain, any_value(s.evidence) AS evidence, min(w.time) AS first_visit,
        max(w.time) AS last_visit
    FROM sms s LEFT JOIN web_w w ON w.msisdn = s.msisdn AND w.time >= s.t
         AND (lower(w.domain) = s.reg_domain OR lower(w.domain) LIKE '%.' || s.reg_domain)
    GROUP BY 1, 2
),
clicks AS (
    -- fraud_link_dwell_s: the longest time between the first and the last visit to one fraud-evidence linked
    -- site: a person still on it (or back on it) minutes later is filling in what it asks for, not glancing
    SELECT msisdn, count(DISTINCT coalesce(reg_domain, '')) AS fraud_sms, min(first_visit) AS first_click,
        min(first_visit) FILTER (WHERE evidence) AS first_fraud_link_click,
        max(date_diff('second', first_visit, last_visit)) FILTER (WHERE evidence) AS fraud_link_dwell_s
    FROM site GROUP BY 1
),
-- side-loads of apps that people side-load from suspicious sources in the window (f_app_source: fraud SMS links,
-- random sub-domains): in the window (risky_installs, first_install); and for first_risky_install_24h also from
-- 24 hours before it (a person who side-loads a task or loan app in the evening pays its "fees" after midnight)
-- and also apps that suspected fraud callers walk people through side-loading (f_victim_trail: two or more people
-- and half of its users guided, as victims.guided_by_fraud_caller at its defaults)
risky_app AS (
    SELECT app, true AS sms_source FROM f_app_source WHERE suspicious_source_installs > 0
    UNION ALL
    SELECT resource, false FROM f_victim_trail WHERE kind = 'app' AND guided_users >= 2 AND guided_users >= 0.5 * users
),
apps AS (
    SELECT a.msisdn, count(*) FILTER (WHERE a.time >= {{w_start}} AND f.sms_source) AS risky_installs,
        min(a.time) FILTER (WHERE a.time >= {{w_start}} AND f.sms_source) AS first_install,
        min(a.time) AS first_risky_install_24h
    FROM (SELECT msisdn, app, time, event, source_url FROM apps_w
          UNION ALL
          SELECT msisdn, app, time, event, source_url FROM apps_prev WHERE time >= {{w_start}} - INTERVAL 24 HOUR) a
    JOIN (SELECT app, bool_or(sms_source) AS sms_source FROM risky_app GROUP BY 1) f ON f.app = a.app
    WHERE a.event = 'install' AND sideload_url(a.source_url)
    GROUP BY 1
),
contact AS (
    SELECT msisdn,
        coalesce(c.long_calls_from_suspects, 0) AS long_calls_from_suspects, c.max_suspect_call_s,
        coalesce(c.stranger_video_calls, 0) AS stranger_video_calls,
        coalesce(k.fraud_sms, 0) AS fraud_sms, k.first_click, k.first_fraud_link_click, k.fraud_link_dwell_s,
        coalesce(a.risky_installs, 0) AS risky_installs,
        a.first_risky_install_24h,
        least(c.first_call_contact, k.first_click, a.first_install) AS first_contact
    FROM calls c FULL JOIN clicks k USING (msisdn) FULL JOIN apps a USING (msisdn)
)
SELECT * FROM contact
