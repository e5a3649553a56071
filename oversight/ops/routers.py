"""Send the shared cache to its own connection ("side"), so what a long transaction is doing
(an import's progress, a worker's heartbeat) is written at once and seen by every process."""


class SideConnectionRouter:
    def db_for_read(self, model, **hints):
        return "side" if model._meta.app_label == "django_cache" else None

    db_for_write = db_for_read

    def allow_migrate(self, db, app_label, **hints):
        if db == "side":
            return False
        return None
