"""The stakeholder map of an account: read-models, edits, layout, gap rules, baselines, rendering.

- ``model``: the read-models (MapPerson, MapLink, StakeholderMap with a site filter).
- ``service``: ``load_map`` in a few set-based queries, and the edits (from ``edits``),
  each one unit of work returning ``Changes``.
- ``layout`` (org chart) and ``grid`` (power/interest grid): card places in scene units,
  shared by the Qt view and the renderer; ``geometry`` holds the card rectangle.
- ``gaps`` and ``baseline``: pure rules on the read-model (plus baseline storage).
- ``render``: matplotlib Figures, PNG and SVG, with ``palette``, ``text`` metrics and
  ``labels`` (en/ru). matplotlib is imported lazily; nothing here imports Qt.
"""
