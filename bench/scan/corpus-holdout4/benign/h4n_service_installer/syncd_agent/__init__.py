"""Folder synchronisation agent."""
