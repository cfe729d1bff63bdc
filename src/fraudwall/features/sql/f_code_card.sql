-- Numbers registering platform accounts in the window, with their registrations over the look-back and the window
-- (accounts, platforms, days with a registration, the most on one platform) and whether they placed or received a
-- call or sent a text in that time. A code-receiving farm's card (接码卡) registers account after account, day
-- after day, and does nothing else (catpool.code_receiving_card; its pool port, catpool.code_receiving_port).
-- Only the registrations since the card was opened count: accounts registered on the number before were its former
-- holder's (a recycled number; the thirteenth blind red-team set's campus cards carry such accounts). Nor those
-- registered before the data began (history_cover): whether the card talked then is unknown, so on the data's first
-- day every card that registered accounts earlier would look silent (the twenty-sixth blind red-team set's first day:
-- 60 people's cards with 4-9 accounts over as many days). browsed: the card opened a web site in the look-back or the
-- window (a tablet's or a second phone's data card does; a farm's pool card receives codes and does nothing else).
WITH w AS (SELECT DISTINCT msisdn FROM internet_accounts_w WHERE msisdn IS NOT NULL),
regs AS (
    SELECT r.msisdn, r.platform, r.register_time
    FROM (SELECT msisdn, platform, register_time FROM internet_accounts_h WHERE msisdn IN (SELECT msisdn FROM w)
          UNION ALL
          SELECT msisdn, platform, register_time FROM internet_accounts_w WHERE msisdn IN (SELECT msisdn FROM w)) r
    JOIN subscriber s USING (msisdn)  -- the network's own cards, which it can suspend
    WHERE (s.open_time IS NULL OR r.register_time >= s.open_time)
      AND r.register_time >= {{w_start}} - to_days(CAST((SELECT history_days FROM history_cover) AS INTEGER))
),
per_platform AS (
    SELECT msisdn, max(n) AS most_on_one_platform
    FROM (SELECT msisdn, platform, count(*) AS n FROM regs GROUP BY 1, 2) GROUP BY 1
),
talked AS (  -- calls placed or answered and texts sent in the look-back; calls placed or received, texts sent today
    SELECT msisdn FROM active_h WHERE msisdn IN (SELECT msisdn FROM w)
    UNION SELECT msisdn FROM answered_in_h WHERE msisdn IN (SELECT msisdn FROM w)
    UNION SELECT caller FROM voice_w WHERE caller IN (SELECT msisdn FROM w)
    UNION SELECT callee FROM voice_w WHERE callee IN (SELECT msisdn FROM w)
    UNION SELECT sender FROM sms_w WHERE sender IN (SELECT msisdn FROM w)
),
browsed AS (
    SELECT msisdn FROM web_w WHERE msisdn IN (SELECT msisdn FROM w)
    UNION SELECT msisdn FROM web_h WHERE msisdn IN (SELECT msisdn FROM w)
)
SELECT r.msisdn, r.accounts, r.platforms, r.reg_days, p.most_on_one_platform,
       r.msisdn IN (SELECT msisdn FROM talked) AS talked, r.msisdn IN (SELECT msisdn FROM browsed) AS browsed
FROM (SELECT msisdn, count(*) AS accounts, count(DISTINCT platform) AS platforms,
             count(DISTINCT CAST(register_time AS DATE)) AS reg_days
      FROM regs GROUP BY 1) r
JOIN per_platform p USING (msisdn)
