"""Alembic environment: always run programmatically on a connection ibdesk opened."""

from alembic import context

from ibdesk.store.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
