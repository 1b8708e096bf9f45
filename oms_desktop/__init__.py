"""oms_desktop: an order management system for small retailers."""

__version__ = "0.1.0"
