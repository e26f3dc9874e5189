"""Security research placeholder. Contact: research@example.invalid"""
