"""The Reports section (issue 14): the form, its table model, charts, export and print."""
