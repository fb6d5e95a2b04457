"""The interaction timeline: paged queries with filters, months and silences, quick logging,
engagement analytics (per-channel monthly counts, the account's baseline, the
engagement_drop rule) and the activity chart."""
