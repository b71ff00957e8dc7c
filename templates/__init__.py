"""Stage 2: the Jinja templates, data only: one grammar production a file, with a TOML header.

Adding a production is a file drop: put a ``.j2`` file with its header under the folder of its
kind (kernel/, func/, stmt/, expr/, guard/); kernel templates are filed by family
(kernel/<family>/). ``families.toml``, ``roles.toml`` (and ``roles/*.toml``) and the fitted
``weights.toml`` sit beside them. The grammar reads them (``warp_synth.grammar.source``); the
renderer that fills them is ``warp_synth.synth.generate.render``.
"""
