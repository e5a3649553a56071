"""The request id of the work in hand, for every log line (a contextvar: threads and tasks keep their own)."""

import contextvars
import logging

current_request_id = contextvars.ContextVar("request_id", default="-")


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        if not hasattr(record, "request_id"):
            record.request_id = current_request_id.get()
        return True
