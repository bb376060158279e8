"""Tests of ui/clients."""
