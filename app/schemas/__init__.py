"""Request and response models, one module per domain; separate from the tables."""
