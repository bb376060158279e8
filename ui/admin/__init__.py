"""The administration section: users, groups and field access, card fields, settings."""
