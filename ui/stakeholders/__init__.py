"""The Stakeholders tab's pieces: the map scene and its items, the view, panels and undo commands.

- ``words``: translated labels for the map's vocabularies (attitudes, roles, gaps, changes).
- ``cards`` (with ``card_look``), ``connectors``, ``backdrop``: the graphics items, drawn
  like the planner's renderer.
- ``scene`` builds them from a ``StakeholderMap`` and a planner layout; ``view`` zooms,
  pans, fits and draws links.
- ``commands``: the map's edits as undo commands over ``planner.stakeholders``;
  ``editor`` performs them from drops, drawn links and menus.
- ``gaps_panel``, ``history_panel``, ``legend``, ``side_list``: what sits beside the map.
- ``export`` renders PNG/SVG in a worker; ``tab_view`` (with ``flow``) lays the tab out.
The tab itself is ``ui.tabs.stakeholders``.
"""
