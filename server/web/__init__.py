"""The district's web pages (HTML, Kyrgyz and Russian, no JavaScript) and the public /verify page.

Its own router: it reads through an administrator's scope (row-level security) and the verify-only
SECURITY DEFINER function, so it cannot widen what the intake API exposes.
"""

from .pages import router

__all__ = ["router"]
