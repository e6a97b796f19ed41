"""Model -> minutes text (being written)."""
from .model import Minutes
def render(minutes: Minutes) -> str:
    raise NotImplementedError
