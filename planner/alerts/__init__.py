"""Early-warning alerts: rules on plain facts, late-delivery prediction, and the alert
service that computes the list for the portfolio and keeps acknowledgements and snoozes."""
