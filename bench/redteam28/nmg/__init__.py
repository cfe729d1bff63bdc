"""Inner Mongolia, July 2035 (Naadam season): a blind red-team province for fraudwall.

Modules: ``core`` (the world: random streams, clock, column buffers, truth), ``geo`` (zones and cells),
``ids`` (numbers, IMEIs, IMSIs, keys), ``people`` (the background population and its contacts),
``traffic`` (their ordinary calls, texts, data, money), ``kit`` (helpers the gangs and look-alikes share),
``gangs_*`` (the planted fraud), ``look_*`` (the innocent look-alikes), ``feedback`` (reports, lists),
``write`` (files).
"""
