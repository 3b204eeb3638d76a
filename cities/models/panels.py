"""The page editor's tabs, the same on every city-network page type.

Editors find words under "Content", numbers and dates under "Facts", links to other pages
and snippets under "Relations", and search-engine settings under "Promotion".
"""

from wagtail.admin.panels import ObjectList, TabbedInterface
from wagtail.models import Page

from cities.admin_forms import CityNetworkPageForm


def network_tabs(content, facts=(), relations=()):
    tabs = [ObjectList(content, heading="Content")]
    if facts:
        tabs.append(ObjectList(facts, heading="Facts"))
    if relations:
        tabs.append(ObjectList(relations, heading="Relations"))
    tabs.append(ObjectList(Page.promote_panels, heading="Promotion"))
    if Page.settings_panels:
        tabs.append(ObjectList(Page.settings_panels, heading="Settings"))
    return TabbedInterface(tabs, base_form_class=CityNetworkPageForm)
