"""Tests of app/clients."""
