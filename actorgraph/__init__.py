"""actorgraph: news and analysis documents in, an evidenced graph of actors out."""

__version__ = "0.1.0"
