"""The audit trail is django-auditlog's LogEntry; see audit/registry.py for what is tracked."""
