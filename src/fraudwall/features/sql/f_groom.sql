-- Grooming contacts of people who paid a laundering account (杀猪盘: investment / romance scams), per (contact,
-- person) pair. The person paid, in the window or the 24 hours before it, an account that passes money on like
-- a mule in the window: an f_mule seed, or one that passed the money of the last day on within 30 hours with a
-- laundering mark (at night, in chunks just under a round limit, or whole but for a cut) and is not older than
-- a year (a mule passes the evening's deposits on after midnight, so the deposit is often the day before the
-- relay, and its account may be another bank's, of unknown age); with the person's own money (the paying account is
-- no mule seed and had not received as much in the 24 hours before); or paid a collection account of the gang: one
-- not older than a year (or of another bank), paid by at most ten accounts, that a person groomed (below) paid
-- along with a mule-like account (a gang's targets pay the same few accounts, and the last deposits of the day
-- are not passed on before midnight). Only those payers' pairs are looked at (few).
-- For each pair in contact in the window: the contacts each way (SMS, calls, answered seconds, evening calls of
-- 10+ minutes), the first day of contact in the look-back (hist_pairs: calls or SMS; null when the window is
-- the first), contact_days (look-back days of contact and the window) and days_known (days since the first).
-- contact_sims_w: the numbers the contact was in touch with in the window (calls or SMS either way).
-- days_seen_before: the look-back days the person was active on before the first contact with it.
-- grooming: the pattern of a groomer rather than of a new friend, colleague, courier or shop: first in touch
-- within the last 14 days and never before in the look-back, which must have seen the person active on two or
-- more days before that without it (at the start of the data every contact looks new: a relative in daily
-- touch since the first day of the data is no new contact), in touch on five or more days and on most
-- days (60 %) since the first, in touch both ways in the window with four or more messages or calls, and
-- in touch with no more than five numbers in the window (the groomer's card - often an idle card lent by its
-- owner - is used for its targets alone; a new colleague or friend is one contact among many of a number that
-- is in touch with others). Read by calls.groomer_of_mule_payer and by f_groom_device (the groomers' handsets).
WITH mule AS (
    SELECT account FROM f_mule
    WHERE mule_seed OR (relays_30h AND marked24_amount >= 2000 AND coalesce(account_age_days, 0) <= 365)
),
t AS (SELECT time, from_account, to_account, amount, initiated_msisdn FROM transfers_24h),
m_pay AS (  -- payments to those accounts, not out of a mule seed's account (a layer of the chain)
    SELECT t.* FROM t SEMI JOIN mule m ON m.account = t.to_account
    WHERE t.from_account NOT IN (SELECT account FROM f_mule WHERE mule_seed)
),
-- the gang's collection accounts: a pig-butchering gang has its targets pay a few accounts, some of which have
-- not yet passed the money on when one of its targets pays (the laundering runs after midnight): an account not
-- older than a year (or of another bank), paid by at most ten accounts, that a payer of a mule-like account
-- also paid counts once a groomed person (below) paid it
coll AS (
    SELECT DISTINCT t.to_account AS account FROM t
    LEFT JOIN bank_accounts b ON b.account_id = t.to_account
    WHERE t.from_account IN (SELECT from_account FROM m_pay)
      AND t.to_account NOT IN (SELECT account FROM mule)
      AND coalesce(date_diff('day', b.open_time, {{w_start}}), 0) <= 365
),
coll_few AS (SELECT to_account AS account FROM t SEMI JOIN coll c ON c.account = t.to_account
             GROUP BY 1 HAVING count(DISTINCT from_account) <= 10),
pay AS (
    SELECT row_number() OVER () AS pid, coalesce(t.initiated_msisdn, b.bound_msisdn) AS msisdn, t.time, t.amount,
        t.from_account, t.to_account, t.to_account IN (SELECT account FROM mule) AS to_mule
    FROM (SELECT * FROM m_pay
          UNION ALL
          SELECT t.* FROM t SEMI JOIN coll_few c ON c.account = t.to_account
          WHERE t.from_account NOT IN (SELECT account FROM f_mule WHERE mule_seed)) t
    LEFT JOIN bank_accounts b ON b.account_id = t.from_account
),
own AS (  -- the person's own money (own_money: the paying account had not just received as much)
    SELECT pid, msisdn, time, amount, to_account, to_mule FROM pay
    WHERE msisdn IS NOT NULL AND own_money(from_account, time, amount, 1)
),
payer AS (SELECT DISTINCT msisdn FROM own),
ev AS (  -- the payers' calls and SMS in the window, as (person, contact, person's side sent it)
    SELECT v.callee AS person, v.caller AS contact, false AS out, true AS call, v.duration_s, v.start_time AS t
    FROM voice_w v SEMI JOIN payer p ON p.msisdn = v.callee
    UNION ALL
    SELECT v.caller, v.callee, true, true, v.duration_s, v.start_time
    FROM voice_w v SEMI JOIN payer p ON p.msisdn = v.caller
    UNION ALL
    SELECT s.receiver, s.sender, false, false, NULL, s.send_time FROM sms_w s SEMI JOIN payer p ON p.msisdn = s.receiver
    UNION ALL
    SELECT s.sender, s.receiver, true, false, NULL, s.send_time FROM sms_w s SEMI JOIN payer p ON p.msisdn = s.sender
),
pw AS (
    SELECT person, contact, pair_key(person, contact) AS k,
        count(*) FILTER (WHERE NOT call AND out) AS sms_to_contact,
        count(*) FILTER (WHERE NOT call AND NOT out) AS sms_from_contact,
        count(*) FILTER (WHERE call AND out) AS calls_to_contact,
        count(*) FILTER (WHERE call AND NOT out) AS calls_from_contact,
        coalesce(sum(duration_s) FILTER (WHERE call), 0) AS call_s,
        count(*) FILTER (WHERE call AND duration_s >= 600 AND local_hour(t) >= 18) AS evening_long_calls
    FROM ev WHERE person <> contact GROUP BY 1, 2
    HAVING count(*) FILTER (WHERE out) > 0 AND count(*) FILTER (WHERE NOT out) > 0  -- both ways
),
hist AS (  -- the pairs' look-back days of contact
    SELECT h.k, min(h.d) AS first_day, count(DISTINCT h.d) AS days_before
    FROM pairs_h h SEMI JOIN pw ON pw.k = h.k
    GROUP BY 1
),
pair0 AS (
    SELECT pw.*, h.first_day, coalesce(h.days_before, 0) + 1 AS contact_days,
        date_diff('day', coalesce(h.first_day, CAST({{w_start}} AS DATE)), CAST({{w_start}} AS DATE)) AS days_known
    FROM pw LEFT JOIN hist h USING (k)
    WHERE coalesce(h.days_before, 0) + 1 >= 5  -- several days of contact (the rest are never grooming)
),
pair AS (  -- days_seen_before: look-back days the person was active on before the first contact (without it)
    SELECT p.*, count(a.d) AS days_seen_before
    FROM pair0 p LEFT JOIN active_h a ON a.msisdn = p.person AND a.d < p.first_day
    GROUP BY ALL
),
cw AS (  -- the numbers the candidate contacts were in touch with in the window
    SELECT contact, count(DISTINCT other) AS contact_sims_w
    FROM (SELECT caller AS contact, callee AS other FROM f_pair WHERE caller IN (SELECT contact FROM pair)
          UNION ALL SELECT callee, caller FROM f_pair WHERE callee IN (SELECT contact FROM pair)
          UNION ALL SELECT sender, receiver FROM f_sms_pair WHERE sender IN (SELECT contact FROM pair)
          UNION ALL SELECT receiver, sender FROM f_sms_pair WHERE receiver IN (SELECT contact FROM pair))
    GROUP BY 1
),
base AS (
    SELECT r.*, cw.contact_sims_w,
        r.days_known <= 14 AND r.days_seen_before >= 2 AND r.contact_days >= 0.6 * (r.days_known + 1)
            AND r.sms_to_contact + r.sms_from_contact + r.calls_to_contact + r.calls_from_contact >= 4
            AND cw.contact_sims_w <= 5 AS grooming
    FROM pair r JOIN cw ON cw.contact = r.contact
),
-- collection accounts a groomed person paid who also paid a mule-like account
gcoll AS (
    SELECT DISTINCT o.to_account AS account FROM own o
    WHERE NOT o.to_mule
      AND o.msisdn IN (SELECT person FROM base WHERE grooming)
      AND o.msisdn IN (SELECT msisdn FROM own WHERE to_mule)
),
paid AS (
    SELECT msisdn, min(time) AS first_payment, round(sum(amount), 2) AS paid_to_mules,
        count(DISTINCT to_account) AS mule_accounts_paid,
        count(DISTINCT to_account) FILTER (WHERE NOT to_mule) AS collection_accounts_paid
    FROM own WHERE to_mule OR to_account IN (SELECT account FROM gcoll)
    GROUP BY 1
)
SELECT r.contact AS msisdn, r.person, p.first_payment, p.paid_to_mules, p.mule_accounts_paid,
    p.collection_accounts_paid,
    r.sms_to_contact, r.sms_from_contact, r.calls_to_contact, r.calls_from_contact, r.call_s, r.evening_long_calls,
    r.first_day, r.contact_days, r.days_known, r.days_seen_before, r.contact_sims_w, r.grooming
FROM base r JOIN paid p ON p.msisdn = r.person
