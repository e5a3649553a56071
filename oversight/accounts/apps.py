from django.apps import AppConfig
from django.db.models.signals import pre_delete


class AccountsConfig(AppConfig):
    name = "oversight.accounts"
    label = "accounts"

    def ready(self):
        from . import kept
        from .models import User
        from .services import refuse_deleting_people_with_history

        kept.connect()  # memberships kept between requests are read again when one of their sources changes
        pre_delete.connect(refuse_deleting_people_with_history, sender=User,
                           dispatch_uid="accounts.refuse_deleting_people_with_history")
