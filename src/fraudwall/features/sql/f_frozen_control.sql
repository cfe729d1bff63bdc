-- Cards running frozen accounts of other people, and the handsets they run them from: per (handset, card) for the cards
-- bound to, or paying out in the window of, accounts the first stage froze in the window (window_actions) that are held
-- by someone other than the card's holder, with the handsets the card was in during the window (device events, calls,
-- texts) and, per handset, how many such cards it held and how many holders' frozen accounts they ran together
-- (handset_cards, handset_holders). A laundering crew keeps one bought card per rented account in the phones of its
-- den, each card receiving its account's codes (跑分手机): no one card runs two people's accounts, the handset does (the
-- thirty-first blind red-team set's den: 57 cards in 12 handsets running 48 rented accounts). Read by
-- cards.controls_others_frozen_accounts and cards.handset_runs_frozen_accounts.
WITH frozen AS (SELECT DISTINCT entity AS account FROM window_actions WHERE entity_type = 'account' AND action = 'freeze_account'),
ctl AS (  -- cards bound to frozen accounts, or paying out of them in the window
    SELECT b.bound_msisdn AS msisdn, b.account_id AS account
    FROM bank_accounts b SEMI JOIN frozen f ON f.account = b.account_id
    WHERE coalesce(b.bound_msisdn, '') <> ''
    UNION
    SELECT t.initiated_msisdn, t.from_account
    FROM transfers_w t SEMI JOIN frozen f ON f.account = t.from_account
    WHERE coalesce(t.initiated_msisdn, '') <> ''
),
other AS (  -- of them, accounts held by someone other than the card's holder
    SELECT c.msisdn, b.id_key AS holder
    FROM ctl c JOIN bank_accounts b ON b.account_id = c.account LEFT JOIN subscriber s ON s.msisdn = c.msisdn
    WHERE b.id_key IS DISTINCT FROM s.id_key AND NOT allow_listed(c.msisdn)
),
hs AS (  -- the handsets those cards were in
    SELECT imei, msisdn FROM device_w WHERE imei IS NOT NULL AND msisdn IN (SELECT msisdn FROM other)
    UNION SELECT caller_imei, caller FROM voice_w WHERE caller_imei IS NOT NULL AND caller IN (SELECT msisdn FROM other)
    UNION SELECT sender_imei, sender FROM sms_w WHERE sender_imei IS NOT NULL AND sender IN (SELECT msisdn FROM other)
),
per AS (
    SELECT h.imei, count(DISTINCT h.msisdn) AS cards, count(DISTINCT o.holder) AS holders
    FROM hs h JOIN other o USING (msisdn) GROUP BY 1
)
SELECT h.imei, h.msisdn, p.cards AS handset_cards, p.holders AS handset_holders FROM hs h JOIN per p USING (imei)
