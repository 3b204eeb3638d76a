"""The World Cities demo: content written for the portal, drawn images, the loader and the
scale generator behind ``manage.py load_demo``."""
