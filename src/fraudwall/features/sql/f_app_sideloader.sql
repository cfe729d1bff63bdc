-- Per app and person who side-loaded it (an install from a download link that is not an app store's) in the window
-- or the look-back: when they first did (installed; a look-back day counts from its start). Read by
-- f_app_collector (the app's users), web.app_of_mule_payers (its side-loaders) and victims.paid_hooked_collector
-- (the side-loaders of an app acted on).
SELECT app, msisdn, min(t) AS installed FROM (
    SELECT app, msisdn, time AS t FROM apps_w WHERE event = 'install' AND sideload_url(source_url)
    UNION ALL
    SELECT app, msisdn, CAST(d AS TIMESTAMPTZ) FROM app_sideloads_h
) GROUP BY 1, 2
