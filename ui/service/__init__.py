"""The Orders & SLA tab's pieces: SLA scorecard and evidence, orders and deliveries,
satisfaction, tickets — read-only Qt models over planner read-models, and the pages
that show them (the tab itself registers from ``ui/tabs/orders_sla.py``)."""
