from .forms import FormField, FormPage, FormPageSubmission
from .pages import HomePage, StandardPage

__all__ = ["FormField", "FormPage", "FormPageSubmission", "HomePage", "StandardPage"]
