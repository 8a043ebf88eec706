"""The domain: ORM models, the work-order state machine, money and validation rules."""
