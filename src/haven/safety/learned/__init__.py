"""The learned safety layer: a multilingual sentence encoder and linear heads beside the rules.

- :mod:`~haven.safety.learned.encoder`: USE multilingual v3 in numpy, loaded once per process.
- :mod:`~haven.safety.learned.model`: the risk heads (message in context) and the reply head.
- :mod:`~haven.safety.learned.blend`: how the classifier and the rules decide together.
- :mod:`~haven.safety.learned.corpus` and :mod:`~haven.safety.learned.train`: the labelled
  material and the training that writes ``weights/`` with its card.

Nothing here is imported by the rules; :func:`haven.safety.assess_conversation` and
:func:`haven.safety.guard_reply` call in when ``SafetySettings.classifier`` is on (the default).
"""
