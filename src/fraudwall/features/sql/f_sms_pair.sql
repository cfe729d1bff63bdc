-- Distinct sender -> receiver pairs of the SMS in the window with their message counts, computed once
-- and shared by the call-back, reply and fan-out features (the SMS counterpart of f_pair).
SELECT sender, receiver, count(*) AS sms
FROM sms_w
GROUP BY sender, receiver
