"""Errors that services raise and views translate into messages and status codes."""


class NotAllowed(Exception):
    """The action is refused; the message says why, in words the user understands."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


class Unmet(NotAllowed):
    """The person may take the action, but not now: the record is not in the right state or lacks
    what the action needs. Pages and the API alike answer it 422; a refusal of the person is 403."""


class StaleEdit(Exception):
    """Someone else saved first. `current` is the record as it now stands."""

    def __init__(self, current, message=None):
        super().__init__(
            message
            or "Someone else changed this record while you were editing it. Their version is shown below; "
            "your text is kept so you can apply it again."
        )
        self.current = current


class InvalidInput(Exception):
    """Input that cannot be used, with a message for the person who gave it."""
