"""Views: HTTP only; rules live in services and access."""
