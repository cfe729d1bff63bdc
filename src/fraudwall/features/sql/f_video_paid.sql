-- Per number with a face-swap impersonator's calling pattern (video_call_pattern: mostly video, to three or more
-- people who hardly call it and are not its known contacts, three quarters of them getting a video call, with a
-- look-back: emerging.stranger_video_calls' defaults), whatever the length of its calls, and per
-- person it video-called (answered) who then, within six hours, paid 1,000 CNY or more to accounts that relay the
-- money on within the hour or are mule seeds (f_mule), or paid 20,000 CNY or more in one payment to an account opened
-- within 90 days (the seventeenth blind red-team set's face-swapped "boss" had a minute's video call answered, then
-- 70,000-165,000 CNY paid to a company account opened weeks before, which kept it): the money confirms the call. A family's video chats can run
-- long, and so can a face-swapped "relative's" when the victim is hooked (the eighth blind red-team set: half or
-- more of some impersonators' answered calls ran over two minutes, so short_video_talk spared them); a relative
-- abroad is not followed by a payment to a laundering account. Read by emerging.stranger_video_calls (the
-- caller), victims.video_call_then_transfer (the person) and finance.victim_collection_account (to_accounts: the
-- accounts so paid).
-- burner: or the number is a card opened in the last 90 days that called one or two people, each by video, none of
-- whom it knew or who called it (burner_video_card): a face-swap gang's one-shot card, one or two "boss" calls a card
-- (the thirtieth blind red-team set's 30 burners a seed, each opened that morning, were followed within the hour by
-- 70,000-300,000 CNY paid to company accounts opened weeks before; the thirty-first set's cards were weeks old and
-- followed the video call with a voice call; cards.burner_video_card).
WITH cand AS (
    SELECT msisdn, false AS burner FROM f_msisdn
    WHERE video_call_pattern(video_calls, calls_out, callers_in, callees, video_callees) AND NOT allowlisted
      AND callees >= 3 AND known_callees <= 0.2 * callees AND history_days >= 1
    UNION ALL
    SELECT msisdn, true FROM f_msisdn
    WHERE burner_video_card(card_age_days, video_callees, callers_in, callees, known_callees) AND NOT allowlisted
),
calls AS (
    SELECT v.caller AS msisdn, v.callee, v.start_time
    FROM voice_w v JOIN cand c ON c.msisdn = v.caller
    WHERE v.media = 'video' AND v.duration_s > 0
),
pay AS (  -- payments to accounts that pass money on (few), or of 20,000 CNY or more to an account opened within 90
          -- days, by the paying number (initiating, else bound)
    SELECT t.txn_id, coalesce(t.initiated_msisdn, b.bound_msisdn) AS payer, t.time, t.amount, t.to_account
    FROM transfers_w t
    JOIN f_mule m ON m.account = t.to_account
        AND (m.relays_money OR m.mule_seed OR (t.amount >= 20000 AND m.account_age_days <= 90))
    LEFT JOIN bank_accounts b ON b.account_id = t.from_account
),
paid AS (
    SELECT DISTINCT c.msisdn, c.callee, p.txn_id, p.amount, p.to_account
    FROM calls c JOIN pay p ON p.payer = c.callee AND p.time > c.start_time AND p.time <= c.start_time + INTERVAL 6 HOUR
)
SELECT msisdn, callee, round(sum(amount), 2) AS paid_on, list(DISTINCT to_account ORDER BY to_account) AS to_accounts,
       msisdn IN (SELECT msisdn FROM cand WHERE burner) AS burner
FROM paid GROUP BY 1, 2 HAVING sum(amount) >= 1000
