"""Use cases of the front desk. Each public function is one transaction.

Every function takes a :class:`~app.services.context.ServiceContext` (database + who and
where), validates its input whole before writing, and returns plain, fully loaded objects
(dataclasses or detached ORM rows) or raises a typed error from ``app.domain.errors``.
"""
