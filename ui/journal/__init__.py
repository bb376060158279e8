"""The call journal form: filter bar, virtualized table, live updates, export."""
