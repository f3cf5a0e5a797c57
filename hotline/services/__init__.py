"""Use cases, one function per thing a person does. No Qt, no SQL."""
