-- Per phone number that the texts of senders acted on in the window (window_actions: the first stage) give as the
-- number to call, other than the sender's own (请致电…, 详询…, 或回电…: named_numbers), and per person who got such a
-- text: when it first came, and by how many of those senders and to how many people the number was given
-- (allow-listed numbers and service codes left out). A fake airline's "refund hotline" or a fake medical-insurance
-- bureau's landline stays while the cards texting it are replaced every few days. Read by sms.named_contact_number (the
-- number) and victims.called_named_number (the people who called it).
WITH acted AS (SELECT entity AS msisdn FROM window_actions WHERE entity_type = 'msisdn'),
m AS (
    SELECT m.sender, m.receiver, m.send_time, m.content, u.number
    FROM (SELECT * FROM f_sms_msg WHERE sender IN (SELECT msisdn FROM acted)) m,
         unnest(named_numbers(m.content)) AS u(number)
    WHERE u.number <> m.sender AND NOT allow_listed(u.number) AND NOT service_code_number(u.number)
),
n AS (
    SELECT number, count(DISTINCT sender) AS senders, count(DISTINCT receiver) AS receivers,
           min(content) AS sample_content
    FROM m GROUP BY 1
)
SELECT m.number, m.receiver, min(m.send_time) AS first_sent, any_value(n.senders) AS senders,
       any_value(n.receivers) AS receivers, any_value(n.sample_content) AS sample_content
FROM m JOIN n USING (number)
GROUP BY m.number, m.receiver
