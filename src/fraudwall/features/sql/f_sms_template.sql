-- Per message template (content with links and digits removed) sent by personal numbers in the window:
-- how many distinct senders used it and how many receivers they reached.
WITH t AS (
    SELECT sender, receiver, template
    FROM f_sms_msg WHERE NOT service_code_number(sender) AND content IS NOT NULL AND length(content) >= 12
)
SELECT t.sender AS msisdn, max(g.senders) AS template_senders, max(g.receivers) AS template_receivers,
    count(DISTINCT t.receiver) AS own_receivers
FROM t JOIN (SELECT template, count(DISTINCT sender) AS senders, count(DISTINCT receiver) AS receivers
             FROM t GROUP BY 1 HAVING count(DISTINCT sender) >= 2) g USING (template)
GROUP BY 1
