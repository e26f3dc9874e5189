"""CORS middleware for Django."""
