-- Card buyers (收卡): accounts that pay people within 48 hours after those people opened a phone card. A ring buying
-- cards from students or workers has each seller open new SIMs (and often a bank account) and pays them a few
-- hundred to two thousand yuan once the cards are handed over, hours later; an ordinary account seldom pays
-- someone in the two days after that person opened a card, and never mostly such people.
-- One row per (payer account, payee holder) for the payees paid after an opening (fresh, in the look-back or the
-- window), for the payers that made such a payment in the window (every row's payer did), with the payer's totals over the look-back and the window: fresh_payees (distinct
-- holders paid within 48 hours after they opened a card), payees (every holder it paid; a payee account without a
-- bank record counts as its own holder) and fresh_share. Payments to the payer's own holder do not count.
WITH opened AS MATERIALIZED (  -- card openings a payment of the look-back or the window could follow
    SELECT id_key, open_time, open_channel FROM subscriber
    WHERE id_key IS NOT NULL AND open_time >= {{h_start}} - INTERVAL 48 HOUR AND open_time < {{w_end}}
),
fresh_w AS (  -- the window's payers of a person who opened a card in the 48 hours before the payment
    SELECT DISTINCT t.from_account AS account FROM transfers_w t
    JOIN bank_accounts b ON b.account_id = t.to_account
    JOIN opened o ON o.id_key = b.id_key AND o.open_time <= t.time AND o.open_time > t.time - INTERVAL 48 HOUR
    LEFT JOIN bank_accounts pb ON pb.account_id = t.from_account
    WHERE t.from_account IS NOT NULL AND b.id_key IS DISTINCT FROM pb.id_key
),
pays AS (  -- every payment of those payers, in the look-back and the window
    SELECT from_account AS account, to_account, time, amount FROM transfers_h
    WHERE from_account IN (SELECT account FROM fresh_w)
    UNION ALL
    SELECT from_account, to_account, time, amount FROM transfers_w WHERE from_account IN (SELECT account FROM fresh_w)
),
p AS (
    SELECT pays.*, coalesce(b.id_key, 'account:' || pays.to_account) AS payee, b.id_key AS payee_id
    FROM pays LEFT JOIN bank_accounts b ON b.account_id = pays.to_account
    LEFT JOIN bank_accounts pb ON pb.account_id = pays.account
    WHERE b.id_key IS DISTINCT FROM pb.id_key
),
fresh AS (  -- the payments that follow an opening of the payee's, with the latest such opening
    SELECT p.account, p.payee_id, p.time, p.amount, max(o.open_time) AS opened_at,
        arg_max(o.open_channel, o.open_time) AS open_channel
    FROM p JOIN opened o ON o.id_key = p.payee_id AND o.open_time <= p.time AND o.open_time > p.time - INTERVAL 48 HOUR
    GROUP BY ALL
),
payer AS (
    SELECT account, count(DISTINCT payee) AS payees FROM p GROUP BY 1
),
fresh_payer AS (
    SELECT account, count(DISTINCT payee_id) AS fresh_payees, median(amount) AS median_fresh_amount FROM fresh GROUP BY 1
)
SELECT f.account, f.payee_id AS id_key, sum(f.amount) AS paid_amount,
    min(date_diff('minute', f.opened_at, f.time)) / 60.0 AS hours_after_opening, any_value(f.open_channel) AS open_channel,
    fp.fresh_payees, pa.payees, fp.fresh_payees / pa.payees AS fresh_share, fp.median_fresh_amount
FROM fresh f JOIN fresh_payer fp USING (account) JOIN payer pa USING (account)
GROUP BY f.account, f.payee_id, fp.fresh_payees, pa.payees, fp.median_fresh_amount
