"""Test helpers: real servers the suite starts (MariaDB, SIPp, recordings), fixtures, Qt support."""
